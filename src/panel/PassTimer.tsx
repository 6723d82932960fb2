/**
 * One pass's timer: start, pause, resume, reset (after asking), the time against the budget, and
 * a quiet note when the budget is reached. The shown time is derived from the stored timer and
 * the clock, so it is right after the panel was closed, the worker stopped or the browser quit.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Pass, TimerState } from '../core/model';
import { elapsedMs, isRunning } from '../core/reading/timer';
import { formatBudget, TimerDisplay } from '../ui/TimerDisplay';
import { useNow } from '../ui/use-now';

interface Props {
  pass: Pass;
  timer: TimerState;
  budgetMs: number;
  onStart: () => void;
  /** What the start button says when the clock is at zero (e.g. "Start pass 1"). */
  startLabel?: string;
  /** True while a move is being saved: the start button waits. */
  busy?: boolean;
  onPause: () => void;
  onReset: () => void;
}

export function PassTimer(props: Props) {
  const { pass, timer, budgetMs, onStart, startLabel, busy, onPause, onReset } = props;
  const running = isRunning(timer);
  const now = useNow(running);
  const elapsed = elapsedMs(timer, now);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirmingReset) keepButton.current?.focus();
  }, [confirmingReset]);

  return (
    <section class="pass-timer" aria-labelledby={`timer-heading-${pass}`}>
      <h3 id={`timer-heading-${pass}`} class="section-heading">
        Time on pass {pass}
        {running && <span class="timer-running"> · running</span>}
      </h3>
      <TimerDisplay elapsedMs={elapsed} budgetMs={budgetMs} />
      {confirmingReset ? (
        <div class="confirm" role="group" aria-labelledby={`reset-question-${pass}`}>
          <p id={`reset-question-${pass}`}>
            Set the pass {pass} timer back to zero? The reading already done stays in your history.
          </p>
          <div class="action-row">
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirmingReset(false);
                onReset();
              }}
            >
              Reset to zero
            </button>
            <button ref={keepButton} type="button" onClick={() => setConfirmingReset(false)}>
              Keep the time
            </button>
          </div>
        </div>
      ) : (
        <div class="action-row">
          {running ? (
            <button type="button" class="primary" onClick={onPause}>
              Pause timer
            </button>
          ) : (
            <button type="button" class="primary" disabled={busy} onClick={onStart}>
              {elapsed > 0 ? 'Resume timer' : (startLabel ?? 'Start timer')}
            </button>
          )}
          {elapsed > 0 && (
            <button type="button" onClick={() => setConfirmingReset(true)}>
              Reset…
            </button>
          )}
        </div>
      )}
      {budgetMs > 0 && elapsed >= budgetMs && (
        <p class="budget-reached" role="status">
          You have reached this pass's budget of {formatBudget(budgetMs)}.{' '}
          {pass === 3
            ? 'A good moment for a break, or to note where you are.'
            : 'A good moment to decide whether to go on.'}
        </p>
      )}
    </section>
  );
}
