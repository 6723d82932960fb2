/**
 * Steps to tick, with the paper's own items under a step: its headings as an outline under "skim
 * the headings", its references under "run an eye down the references". Ticking an item ticks
 * everything under it. Item text may come from the paper: it is rendered as text only.
 */
import type { ChecklistItem } from '../core/reading/checklist';
import { checklistProgress, idsTickedWith } from '../core/reading/checklist';
import { pdfPageLink } from '../core/reading/pdf-page-link';

/** Longer flat lists of the paper's own items (references) start folded, to keep the panel short. */
const OPEN_UP_TO = 8;

type Ticks = Readonly<Record<string, number>>;

const countTicked = (items: ChecklistItem[], ticks: Ticks) =>
  items.filter((item) => ticks[item.id] !== undefined).length;

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

interface Props {
  /** Names the list, e.g. "Steps of pass 1". */
  legend: string;
  steps: ChecklistItem[];
  /** Ticked item id to tick time. */
  ticks: Ticks;
  /** `withItems`: the ids to tick or untick together, the item's and everything's under it. */
  onToggle: (id: string, ticked: boolean, withItems: string[]) => void;
  /** The paper's PDF, for page numbers that open it at that page. */
  pdfUrl?: string | undefined;
}

export function Checklist({ legend, steps, ticks, onToggle, pdfUrl }: Props) {
  const { done, total } = checklistProgress(steps, ticks);

  const row = (item: ChecklistItem) => {
    const link = item.page === undefined ? null : pdfPageLink(pdfUrl, item.page);
    return (
      <div class="checklist-row">
        <label class="checklist-item">
          <input
            type="checkbox"
            checked={ticks[item.id] !== undefined}
            onChange={(event) =>
              onToggle(item.id, event.currentTarget.checked, idsTickedWith(item))
            }
          />
          <span>
            {item.text}
            {item.page !== undefined && !link && (
              <span class="checklist-page"> (p. {item.page})</span>
            )}
            {item.hint && <span class="checklist-hint">{item.hint}</span>}
          </span>
        </label>
        {link && (
          <a
            class="checklist-page"
            href={link}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={`Open the PDF at page ${item.page}`}
          >
            p. {item.page}
          </a>
        )}
      </div>
    );
  };

  /** An outline: every level indented, levels below the top folded under their section. */
  const renderOutline = (items: ChecklistItem[], top: boolean) => (
    <ul class={top ? 'checklist-items checklist-outline' : 'checklist-items'}>
      {items.map((item) => (
        <li key={item.id}>
          {row(item)}
          {item.items && item.items.length > 0 && (
            <details class="checklist-more">
              <summary>
                {plural(item.items.length, 'sub-section')} ({countTicked(item.items, ticks)} ticked)
              </summary>
              {renderOutline(item.items, false)}
            </details>
          )}
        </li>
      ))}
    </ul>
  );

  const subItems = (item: ChecklistItem) => {
    const items = item.items;
    if (!items?.length) return null;
    if (item.outline) return renderOutline(items, true);
    if (items.length <= OPEN_UP_TO) return renderItems(items);
    return (
      <details class="checklist-more">
        <summary>
          Show all {items.length} ({countTicked(items, ticks)} ticked)
        </summary>
        {renderItems(items)}
      </details>
    );
  };

  const renderItems = (items: ChecklistItem[]) => (
    <ul class="checklist-items">
      {items.map((item) => (
        <li key={item.id}>
          {row(item)}
          {subItems(item)}
        </li>
      ))}
    </ul>
  );

  return (
    <fieldset class="checklist">
      <legend>
        {legend}{' '}
        <span class="checklist-progress">
          ({done} of {total} done)
        </span>
      </legend>
      {renderItems(steps)}
    </fieldset>
  );
}
