/** Elapsed time against a budget, as numbers and a ring. Pure display: the caller derives the time. */
import { formatDuration } from '../core/reading/format-duration';
import { ProgressRing } from './ProgressRing';

interface Props {
  elapsedMs: number;
  budgetMs: number;
}

/** "10 min", "1 h", "4 h 30 min": budgets are whole minutes. */
export function formatBudget(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${minutes} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export function TimerDisplay({ elapsedMs, budgetMs }: Props) {
  const fraction = budgetMs > 0 ? elapsedMs / budgetMs : 1;
  const budget = formatBudget(budgetMs);
  return (
    <div class="timer-display">
      <ProgressRing
        fraction={fraction}
        label={`${Math.min(999, Math.floor(fraction * 100))}% of the ${budget} budget`}
      />
      <p class="timer-numbers">
        <span class="timer-elapsed" data-testid="timer-elapsed">
          {formatDuration(elapsedMs)}
        </span>
        <span class="timer-budget"> of {budget}</span>
      </p>
    </div>
  );
}
