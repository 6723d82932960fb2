/**
 * Steps to tick, with the paper's own items under a step (its headings under "skim the headings").
 * Item text may come from the paper: it is rendered as text only.
 */
import type { ChecklistItem } from '../core/reading/checklist';
import { checklistProgress } from '../core/reading/checklist';

/** Longer lists of the paper's own items (references) start folded, to keep the panel short. */
const OPEN_UP_TO = 8;

const countTicked = (items: ChecklistItem[], ticks: Readonly<Record<string, number>>) =>
  items.filter((item) => ticks[item.id] !== undefined).length;

interface Props {
  /** Names the list, e.g. "Steps of pass 1". */
  legend: string;
  steps: ChecklistItem[];
  /** Ticked item id to tick time. */
  ticks: Readonly<Record<string, number>>;
  onToggle: (id: string, ticked: boolean) => void;
}

export function Checklist({ legend, steps, ticks, onToggle }: Props) {
  const { done, total } = checklistProgress(steps, ticks);
  const renderItems = (items: ChecklistItem[]) => (
    <ul class="checklist-items">
      {items.map((item) => (
        <li key={item.id}>
          <label class="checklist-item">
            <input
              type="checkbox"
              checked={ticks[item.id] !== undefined}
              onChange={(event) => onToggle(item.id, event.currentTarget.checked)}
            />
            <span>
              {item.text}
              {item.page !== undefined && <span class="checklist-page"> (p. {item.page})</span>}
              {item.hint && <span class="checklist-hint">{item.hint}</span>}
            </span>
          </label>
          {item.items &&
            item.items.length > 0 &&
            (item.items.length > OPEN_UP_TO ? (
              <details class="checklist-more">
                <summary>
                  Show all {item.items.length} ({countTicked(item.items, ticks)} ticked)
                </summary>
                {renderItems(item.items)}
              </details>
            ) : (
              renderItems(item.items)
            ))}
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
