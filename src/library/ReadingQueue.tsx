/**
 * Papers marked to read, in the reader's order: move one up or down with its buttons (or
 * Alt+arrow keys), open it, or take it out. The method's budgets give an estimate for the batch.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Paper, Settings, TimerState } from '../core/model';
import { firstAuthors } from './paper-summary';
import { hoursAndMinutes, queueEstimate, type QueueEstimate } from './reading-charts';

interface Props {
  queue: readonly Paper[];
  timersByPaper: ReadonlyMap<string, readonly TimerState[]>;
  settings: Settings;
  now: number;
  /** Stores the queue in this order. */
  onReorder: (ordered: Paper[]) => void;
  onRemove: (paper: Paper) => void;
  onOpen: (key: string) => void;
  /** The title of a paper in the library, to say which paper's references a paper came from. */
  titleOf: (key: string) => string | undefined;
}

/** The time the queue asks for, in words (the queue page and the charts say it alike). */
export function estimateText(estimate: QueueEstimate): string {
  if (estimate.papers === 0) return 'The reading queue is empty.';
  return (
    `${estimate.papers} papers: about ${hoursAndMinutes(estimate.firstPassMinutes)} for a first ` +
    `pass of each, or ${hoursAndMinutes(estimate.throughSecondPassMinutes)} to take them all ` +
    'through pass 2, at your budgets.'
  );
}

export function ReadingQueue({
  queue,
  timersByPaper,
  settings,
  now,
  onReorder,
  onRemove,
  onOpen,
  titleOf,
}: Props) {
  const estimate = queueEstimate(queue, timersByPaper, settings, now);
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement | null>(null);
  /** After a move, the focus goes back to the same control of the moved paper. */
  const refocusRef = useRef<{ key: string; control: string } | undefined>(undefined);
  useLayoutEffect(() => {
    const wanted = refocusRef.current;
    if (!wanted || !listRef.current) return;
    refocusRef.current = undefined;
    const item = [...listRef.current.children].find(
      (li) => (li as HTMLElement).dataset.key === wanted.key,
    );
    const controls = [...(item?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    // A move button that the move disabled (now first or last) hands the focus to the other one.
    (
      controls.find((b) => b.dataset.control === wanted.control && !b.disabled) ??
      controls.find((b) => b.dataset.control?.startsWith('move') && !b.disabled) ??
      controls[0]
    )?.focus();
  });
  const move = (index: number, by: number, control: string) => {
    const target = index + by;
    if (target < 0 || target >= queue.length) return;
    const ordered = [...queue];
    const [moved] = ordered.splice(index, 1);
    ordered.splice(target, 0, moved!);
    refocusRef.current = { key: moved!.key, control };
    setAnnouncement(
      `“${moved!.title || 'Untitled paper'}” moved to position ${target + 1} of ${queue.length}.`,
    );
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
      <p>{estimateText(estimate)}</p>
      <p class="muted" id="queue-keys">
        Move a paper with its arrow buttons, or with Alt+↑ and Alt+↓ on its title.
      </p>
      <ol class="queue-list" ref={listRef}>
        {queue.map((paper, index) => (
          <li key={paper.key} data-key={paper.key}>
            <button
              type="button"
              class="link-button queue-title"
              data-control="title"
              aria-describedby="queue-keys"
              aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
              onClick={() => onOpen(paper.key)}
              onKeyDown={(event) => {
                if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
                  event.preventDefault();
                  move(index, event.key === 'ArrowUp' ? -1 : 1, 'title');
                }
              }}
            >
              {paper.title || 'Untitled paper'}
            </button>
            <span class="muted"> {firstAuthors(paper, 2)}</span>
            {paper.citedBy !== undefined && (
              <span class="muted">
                {' '}
                from the references of “{titleOf(paper.citedBy) || paper.citedBy}”
              </span>
            )}
            <span class="queue-actions">
              <button
                type="button"
                data-control="move-up"
                aria-label={`Move "${paper.title}" up`}
                disabled={index === 0}
                onClick={() => move(index, -1, 'move-up')}
              >
                ↑
              </button>
              <button
                type="button"
                data-control="move-down"
                aria-label={`Move "${paper.title}" down`}
                disabled={index === queue.length - 1}
                onClick={() => move(index, 1, 'move-down')}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Remove "${paper.title}" from the queue`}
                onClick={() => onRemove(paper)}
              >
                Remove
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
