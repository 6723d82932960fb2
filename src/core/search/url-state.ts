/**
 * The library page's state in its URL (`?q=attention&state=done&sort=title`), so a view can be
 * bookmarked and survives a reload. Decoding takes any string: what it cannot read is left at
 * its default, never an error.
 */
import {
  DEFAULT_VIEW,
  SORT_KEYS,
  STATE_KINDS,
  dayStart,
  isPass,
  type LibraryView,
  type SortKey,
  type StateKind,
} from './library-view';

export type LibraryTab = 'papers' | 'queue' | 'charts';
const TABS: readonly LibraryTab[] = ['papers', 'queue', 'charts'];

export interface LibraryLocation {
  view: LibraryView;
  tab: LibraryTab;
  /** Key of the paper whose page is open. */
  paper?: string;
}

/** Queries and tags longer than this are cut: a URL is no place for a novel. */
const MAX_PARAM = 500;

export function encodeLocation(location: LibraryLocation): string {
  const params = new URLSearchParams();
  const { view } = location;
  if (location.tab !== 'papers') params.set('tab', location.tab);
  if (view.query) params.set('q', view.query);
  if (view.states.length > 0) params.set('state', view.states.join(','));
  if (view.pass !== undefined) params.set('pass', String(view.pass));
  if (view.tag !== undefined) params.set('tag', view.tag);
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.descending !== DEFAULT_VIEW.descending)
    params.set('order', view.descending ? 'desc' : 'asc');
  if (location.paper !== undefined) params.set('paper', location.paper);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function decodeLocation(search: string): LibraryLocation {
  const params = new URLSearchParams(search);
  const text = (name: string) => params.get(name)?.slice(0, MAX_PARAM);
  const states = (text('state') ?? '')
    .split(',')
    .filter(
      (s, i, all): s is StateKind => STATE_KINDS.includes(s as StateKind) && all.indexOf(s) === i,
    );
  const pass = Number(text('pass'));
  const sort = text('sort');
  const order = text('order');
  const view: LibraryView = {
    query: text('q') ?? '',
    states,
    sort: SORT_KEYS.includes(sort as SortKey) ? (sort as SortKey) : DEFAULT_VIEW.sort,
    descending: order === 'asc' ? false : order === 'desc' ? true : DEFAULT_VIEW.descending,
  };
  if (isPass(pass)) view.pass = pass;
  const tag = text('tag');
  if (tag) view.tag = tag;
  const from = text('from');
  if (dayStart(from) !== undefined) view.from = from;
  const to = text('to');
  if (dayStart(to) !== undefined) view.to = to;
  const tab = text('tab');
  const location: LibraryLocation = {
    view,
    tab: TABS.includes(tab as LibraryTab) ? (tab as LibraryTab) : 'papers',
  };
  const paper = params.get('paper');
  if (paper) location.paper = paper.slice(0, 2_100);
  return location;
}
