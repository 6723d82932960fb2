/** The search box, filters and sort of the paper list; every change goes into the page URL. */
import type { Pass } from '../core/model';
import { PASSES } from '../core/model';
import {
  DEFAULT_VIEW,
  STATE_KINDS,
  type LibraryView,
  type SortKey,
  type StateKind,
} from '../core/search/library-view';

const STATE_LABELS: Record<StateKind, string> = {
  'not-started': 'Not started',
  'in-pass': 'In a pass',
  stopped: 'Stopped after pass 1',
  'set-aside': 'Set aside',
  'come-back-later': 'To come back to',
  done: 'Done',
};

const SORT_LABELS: Record<SortKey, string> = {
  lastRead: 'Last read',
  title: 'Title',
  timeSpent: 'Time spent',
  added: 'Date added',
};

interface Props {
  view: LibraryView;
  tags: readonly string[];
  onChange: (view: LibraryView) => void;
  /** ArrowDown in the search box moves into the list. */
  onEnterList: () => void;
  searchRef?: { current: HTMLInputElement | null };
}

export function ViewControls({ view, tags, onChange, onEnterList, searchRef }: Props) {
  const set = (changes: Partial<LibraryView>) => onChange({ ...view, ...changes });
  const without = <K extends keyof LibraryView>(key: K): LibraryView => {
    const next = { ...view };
    delete next[key];
    return next;
  };
  const toggleState = (kind: StateKind, on: boolean) =>
    set({ states: on ? [...view.states, kind] : view.states.filter((s) => s !== kind) });
  return (
    <div class="view-controls">
      <label class="search-box">
        <span class="visually-hidden">Search titles, authors, abstracts, notes and tags</span>
        <input
          ref={searchRef}
          type="search"
          aria-keyshortcuts="/"
          placeholder="Search titles, authors, abstracts, notes, tags (press / to come here)"
          value={view.query}
          onInput={(event) => set({ query: event.currentTarget.value })}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              onEnterList();
            }
          }}
        />
      </label>
      {/* Escape from the toggle or any control in the panel bubbles here. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <details
        class="filters"
        onKeyDown={(event) => {
          // The panel covers the list: Escape folds it away and leaves the focus on its toggle.
          const details = event.currentTarget;
          if (event.key !== 'Escape' || !details.open) return;
          event.preventDefault();
          details.open = false;
          details.querySelector('summary')?.focus();
        }}
      >
        <summary>
          Filters{activeFilterCount(view) > 0 ? ` (${activeFilterCount(view)})` : ''}
        </summary>
        {/* A panel over the list, so opening the filters does not push the search box about. */}
        <div class="filters-panel">
          <fieldset>
            <legend>State</legend>
            {STATE_KINDS.map((kind) => (
              <label key={kind} class="checkbox">
                <input
                  type="checkbox"
                  checked={view.states.includes(kind)}
                  onChange={(event) => toggleState(kind, event.currentTarget.checked)}
                />
                {STATE_LABELS[kind]}
              </label>
            ))}
          </fieldset>
          <label>
            Pass{' '}
            <select
              value={view.pass ?? ''}
              onChange={(event) => {
                const value = Number(event.currentTarget.value);
                onChange(value ? { ...view, pass: value as Pass } : without('pass'));
              }}
            >
              <option value="">Any</option>
              {PASSES.map((pass) => (
                <option key={pass} value={pass}>
                  Pass {pass}
                </option>
              ))}
            </select>
          </label>
          <label>
            Tag{' '}
            <select
              value={view.tag ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onChange(value ? { ...view, tag: value } : without('tag'));
              }}
            >
              <option value="">Any</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </label>
          <label>
            Last read from{' '}
            <input
              type="date"
              value={view.from ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onChange(value ? { ...view, from: value } : without('from'));
              }}
            />
          </label>
          <label>
            to{' '}
            <input
              type="date"
              value={view.to ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onChange(value ? { ...view, to: value } : without('to'));
              }}
            />
          </label>
        </div>
      </details>
      {activeFilterCount(view) > 0 && (
        // The filters hide in their fold: this shows there are some, and lifts them at once.
        <button
          type="button"
          onClick={() =>
            onChange({
              ...DEFAULT_VIEW,
              query: view.query,
              sort: view.sort,
              descending: view.descending,
            })
          }
        >
          Clear filters
        </button>
      )}
      <label>
        Sort by{' '}
        <select
          value={view.sort}
          onChange={(event) => set({ sort: event.currentTarget.value as SortKey })}
        >
          {(Object.keys(SORT_LABELS) as SortKey[]).map((key) => (
            <option key={key} value={key}>
              {SORT_LABELS[key]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => set({ descending: !view.descending })}
        aria-label={
          view.descending ? 'Descending; switch to ascending' : 'Ascending; switch to descending'
        }
      >
        {view.descending ? '↓' : '↑'}
      </button>
    </div>
  );
}

function activeFilterCount(view: LibraryView): number {
  return (
    view.states.length +
    [view.pass, view.tag, view.from, view.to].filter((v) => v !== undefined).length
  );
}
