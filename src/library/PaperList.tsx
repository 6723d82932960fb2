/**
 * The library's papers as a virtualised list: only the rows in view are in the page, so ten
 * thousand papers scroll as lightly as ten. Arrow keys move through it, Enter opens a paper,
 * Space chooses the active paper for export (a checkbox per row does the same by mouse). The
 * active row is the option ARIA calls selected; being chosen is its aria-checked.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note, Pass, Settings } from '../core/model';
import { PASSES } from '../core/model';
import { budgetsMinutes } from '../core/reading/budgets';
import { readingStateLabel } from '../core/reading/reading-state';
import { highlightRanges, snippet } from '../core/search/highlight';
import type { LibraryRow } from '../core/search/library-view';
import { Highlighted } from './Highlighted';
import { firstAuthors, minutes, shortDate, whereFrom } from './paper-summary';

/** Fixed row height in CSS pixels: what makes the list virtual. Keep in step with library.css. */
export const ROW_HEIGHT = 84;
/** Rows rendered above and below the visible ones, so fast scrolling shows no gaps. */
const OVERSCAN = 6;
/** Rows rendered when the list cannot measure itself (before layout, in tests). */
const FALLBACK_ROWS = 24;

interface Props {
  rows: readonly LibraryRow[];
  terms: readonly string[];
  notesByPaper: ReadonlyMap<string, Note[]>;
  settings: Settings;
  onOpen: (key: string) => void;
  /** Changes when the reader changes the view: the list then starts again at its top. */
  viewKey: string;
  /** Set by the search box: focus moves into the list. */
  listRef?: { current: HTMLDivElement | null };
  /** The paper whose page was just closed: the list starts on its row, focused. */
  returnTo?: string;
  /** Called once the list has gone back to `returnTo`'s row. */
  onReturned?: () => void;
  /** Keys of the papers chosen for export, in this view or not. */
  chosen: ReadonlySet<string>;
  onToggleChosen: (key: string) => void;
  onClearChosen: () => void;
}

export function PaperList({
  rows,
  terms,
  notesByPaper,
  settings,
  onOpen,
  viewKey,
  listRef,
  returnTo,
  onReturned,
  chosen,
  onToggleChosen,
  onClearChosen,
}: Props) {
  const ownRef = useRef<HTMLDivElement | null>(null);
  const ref = listRef ?? ownRef;
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);
  const [active, setActive] = useState(0);
  const budgets = budgetsMinutes(settings);

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => setHeight(element.clientHeight);
    measure();
    const observer =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(element);
    return () => observer?.disconnect();
  }, [ref]);

  const visibleCount = height > 0 ? Math.ceil(height / ROW_HEIGHT) : FALLBACK_ROWS;
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.floor(scrollTop / ROW_HEIGHT) + visibleCount + OVERSCAN);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    const element = ref.current;
    if (!element) return;
    const top = next * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight) {
      element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
    }
    setScrollTop(element.scrollTop);
  };

  // A new view starts at its top; rows changing under the same view (indexing, an edit) keep the
  // place.
  useEffect(() => {
    setActive(0);
    if (ref.current) ref.current.scrollTop = 0;
    setScrollTop(0);
  }, [viewKey, ref]); // only a new view or list
  // Back from a paper's page, or a paper brought back with Undo: the list goes to that paper's row
  // (after the reset above, which runs first), with the focus on the list.
  useEffect(() => {
    if (returnTo === undefined) return;
    onReturned?.();
    const index = rows.findIndex((row) => row.paper.key === returnTo);
    if (index < 0) return;
    moveTo(index);
    ref.current?.focus();
  }, [returnTo, rows]); // eslint-disable-line react-hooks/exhaustive-deps -- moveTo and onReturned are per render

  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, visibleCount - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' && rows[active]) {
      event.preventDefault();
      onOpen(rows[active].paper.key);
    } else if (event.key === ' ' && rows[active]) {
      event.preventDefault();
      onToggleChosen(rows[active].paper.key);
    }
  };

  const chosenBar = (
    <ChosenBar
      chosen={chosen.size}
      inView={chosen.size === 0 ? 0 : rows.filter((row) => chosen.has(row.paper.key)).length}
      onClear={onClearChosen}
    />
  );
  if (rows.length === 0) {
    return (
      <>
        {chosenBar}
        <p class="muted empty-list">No papers match this view.</p>
      </>
    );
  }
  const activeRow = rows[Math.min(active, rows.length - 1)];
  return (
    <>
      {chosenBar}
      <p class="muted list-hint" id="paper-list-hint">
        ↑ ↓ Home End move, Enter opens, Space chooses the paper for export.
      </p>
      <div
        ref={ref}
        class="paper-list"
        role="listbox"
        tabIndex={0}
        aria-label={`${rows.length} papers`}
        aria-describedby="paper-list-hint"
        aria-activedescendant={activeRow ? rowId(activeRow.paper.key) : undefined}
        onKeyDown={onKeyDown}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div class="paper-list-spacer" style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
          {rows.slice(first, last).map((row, offset) => {
            const index = first + offset;
            return (
              <PaperRow
                key={row.paper.key}
                row={row}
                top={index * ROW_HEIGHT}
                position={index + 1}
                setSize={rows.length}
                selected={index === active}
                terms={terms}
                notes={notesByPaper.get(row.paper.key)}
                budgets={budgets}
                onOpen={() => {
                  setActive(index);
                  onOpen(row.paper.key);
                }}
                chosen={chosen.has(row.paper.key)}
                onToggleChosen={() => {
                  // The keys stay with the list: the clicked row becomes the active one.
                  setActive(index);
                  ref.current?.focus();
                  onToggleChosen(row.paper.key);
                }}
              />
            );
          })}
        </div>
      </div>
    </>
  );
}

/** How many papers are chosen for export, how many of them this view hides, and Clear. */
function ChosenBar({
  chosen,
  inView,
  onClear,
}: {
  chosen: number;
  inView: number;
  onClear: () => void;
}) {
  if (chosen === 0) return null;
  const hidden = chosen - inView;
  return (
    <p class="chosen-bar">
      <span role="status">
        {chosen === 1 ? '1 paper chosen' : `${chosen} papers chosen`} for export
        {hidden > 0 ? ` (${hidden} not in this view)` : ''}
      </span>{' '}
      <button type="button" onClick={onClear}>
        Clear
      </button>
    </p>
  );
}

/** Ids may not hold every character a key can; this keeps them unique and valid. */
export function rowId(key: string): string {
  return `paper-${encodeURIComponent(key).replace(/[^A-Za-z0-9_-]/g, (ch) => `_${ch.charCodeAt(0).toString(16)}`)}`;
}

interface RowProps {
  row: LibraryRow;
  top: number;
  /** Place in the whole list (1-based) and its length: only the rows near the view are in the page. */
  position: number;
  setSize: number;
  selected: boolean;
  terms: readonly string[];
  notes: Note[] | undefined;
  budgets: Record<Pass, number>;
  onOpen: () => void;
  chosen: boolean;
  onToggleChosen: () => void;
}

function PaperRow({
  row,
  top,
  position,
  setSize,
  selected,
  terms,
  notes,
  budgets,
  onOpen,
  chosen,
  onToggleChosen,
}: RowProps) {
  const { paper } = row;
  const authors = firstAuthors(paper);
  const from = whereFrom(paper);
  const matchedHere =
    terms.length > 0 &&
    (highlightRanges(paper.title, terms).length > 0 || highlightRanges(authors, terms).length > 0);
  // When the match is elsewhere, show where: the abstract, a note or a tag.
  const elsewhere =
    terms.length > 0 && !matchedHere
      ? [paper.abstract ?? '', ...(notes ?? []).map((n) => n.text)].reduce<
          ReturnType<typeof snippet>
        >((found, text) => found ?? snippet(text, terms, 40), undefined)
      : undefined;
  return (
    // The listbox handles the keys; a click on an option opens it like Enter.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <div
      id={rowId(paper.key)}
      role="option"
      tabIndex={-1}
      aria-selected={selected}
      aria-checked={chosen}
      aria-posinset={position}
      aria-setsize={setSize}
      class={['paper-row', selected && 'selected', chosen && 'chosen'].filter(Boolean).join(' ')}
      style={{ top: `${top}px`, height: `${ROW_HEIGHT}px` }}
      onClick={onOpen}
    >
      <div class="paper-row-title">
        <input
          type="checkbox"
          class="paper-row-choose"
          tabIndex={-1}
          aria-label={`Select ${paper.title || 'Untitled paper'}`}
          checked={chosen}
          // The focus stays on the listbox, so the arrow keys keep working after a click.
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => event.stopPropagation()}
          onChange={onToggleChosen}
        />
        <Highlighted text={paper.title || 'Untitled paper'} terms={terms} />
      </div>
      <div class="paper-row-meta">
        <span>
          <Highlighted text={authors} terms={terms} />
        </span>
        {paper.year !== undefined && <span>{paper.year}</span>}
        {from && <span>{from}</span>}
        <span class="paper-row-state">{readingStateLabel(paper.state)}</span>
      </div>
      <div class="paper-row-meta">
        {PASSES.filter((pass) => row.msPerPass[pass] > 0).map((pass) => (
          <span
            key={pass}
            class={row.msPerPass[pass] > budgets[pass] * 60_000 ? 'over-budget' : undefined}
          >
            Pass {pass}: {minutes(row.msPerPass[pass])} of {budgets[pass]} min
          </span>
        ))}
        <span>Last read {shortDate(paper.lastReadAt)}</span>
        {paper.tags.map((tag) => (
          <span key={tag} class="tag">
            <Highlighted text={tag} terms={terms} />
          </span>
        ))}
      </div>
      {elsewhere && (
        <div class="paper-row-snippet">
          <Highlighted text={elsewhere.text} terms={terms} ranges={elsewhere.ranges} />
        </div>
      )}
    </div>
  );
}
