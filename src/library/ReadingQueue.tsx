/**
 * Papers marked to read, in the reader's order: move one up or down with its buttons (or
 * Alt+arrow keys), open it, or take it out. The method's budgets give an estimate for the batch.
 */
import type { Paper, Settings, TimerState } from '../core/model';
import { firstAuthors } from './paper-summary';
import { hoursAndMinutes, queueEstimate } from './reading-charts';

interface Props {
  queue: readonly Paper[];
  timersByPaper: ReadonlyMap<string, readonly TimerState[]>;
  settings: Settings;
  now: number;
  /** Stores the queue in this order. */
  onReorder: (ordered: Paper[]) => void;
  onRemove: (paper: Paper) => void;
  onOpen: (key: string) => void;
}

export function ReadingQueue({
  queue,
  timersByPaper,
  settings,
  now,
  onReorder,
  onRemove,
  onOpen,
}: Props) {
  const estimate = queueEstimate(queue, timersByPaper, settings, now);
  const move = (index: number, by: number) => {
    const target = index + by;
    if (target < 0 || target >= queue.length) return;
    const ordered = [...queue];
    const [moved] = ordered.splice(index, 1);
    ordered.splice(target, 0, moved!);
    onReorder(ordered);
  };
  if (queue.length === 0) {
    return <p class="muted">The reading queue is empty. Add papers from their page.</p>;
  }
  return (
    <section class="reading-queue" aria-labelledby="queue-heading">
      <h2 id="queue-heading" class="section-heading">
        Reading queue
      </h2>
      <p>
        {estimate.papers} papers: about {hoursAndMinutes(estimate.firstPassMinutes)} for a first
        pass of each, or {hoursAndMinutes(estimate.throughSecondPassMinutes)} to take them all
        through pass 2, at your budgets.
      </p>
      <ol class="queue-list">
        {queue.map((paper, index) => (
          <li key={paper.key}>
            <button
              type="button"
              class="link-button queue-title"
              onClick={() => onOpen(paper.key)}
              onKeyDown={(event) => {
                if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
                  event.preventDefault();
                  move(index, event.key === 'ArrowUp' ? -1 : 1);
                }
              }}
            >
              {paper.title || 'Untitled paper'}
            </button>
            <span class="muted"> {firstAuthors(paper, 2)}</span>
            <span class="queue-actions">
              <button
                type="button"
                aria-label={`Move "${paper.title}" up`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move "${paper.title}" down`}
                disabled={index === queue.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button type="button" onClick={() => onRemove(paper)}>
                Remove
              </button>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
