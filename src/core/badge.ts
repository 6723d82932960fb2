/** What the toolbar button says about a tab's paper: recognised, in the library, and at which pass. */
import type { Paper } from './model';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

const NEUTRAL = '#5b6270';
const ACCENT = '#2a6f97';
const DONE = '#2e7d4f';

export function badgeFor(recognised: boolean, paper: Paper | undefined): Badge {
  if (!recognised) return { text: '', color: NEUTRAL, title: 'Three-Pass Reader' };
  if (!paper)
    return {
      text: 'new',
      color: NEUTRAL,
      title: 'Three-Pass Reader: a paper, not yet in your library',
    };
  const { state } = paper;
  switch (state.kind) {
    case 'not-started':
      return { text: '0', color: ACCENT, title: 'In your library: not started' };
    case 'in-pass':
      return {
        text: `P${state.pass}`,
        color: ACCENT,
        title: `In your library: pass ${state.pass}`,
      };
    case 'done':
      return { text: '✓', color: DONE, title: 'In your library: read in three passes' };
    case 'stopped':
      return { text: '–', color: NEUTRAL, title: 'In your library: stopped after pass 1' };
    case 'set-aside':
      return { text: '–', color: NEUTRAL, title: 'In your library: set aside' };
    case 'come-back-later':
      return { text: '…', color: NEUTRAL, title: 'In your library: to come back to' };
  }
}
