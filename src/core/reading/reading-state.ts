/**
 * The method as a state machine over `ReadingState`: which moves a reader may make from where
 * they are, and applying one to a paper with the change recorded in its history.
 */
import type { Paper, Pass, ReadingState, StopReason } from '../model';
import { PASSES } from '../model';

export const STOP_REASONS: readonly StopReason[] = [
  'not-interesting',
  'lacks-background',
  'invalid-assumptions',
];

const inPass = (pass: Pass): ReadingState => ({ kind: 'in-pass', pass });
const passesBefore = (pass: Pass): Pass[] => PASSES.filter((p) => p < pass);
const passesUpTo = (pass: Pass): Pass[] => PASSES.filter((p) => p <= pass);

/**
 * Every state the reader may move to from `from`, forward moves first. Going back to an earlier
 * pass is always allowed; come back later resumes at pass 2 or goes on to pass 3.
 */
export function nextStates(from: ReadingState): ReadingState[] {
  switch (from.kind) {
    case 'not-started':
      return [inPass(1)];
    case 'in-pass':
      if (from.pass === 1) {
        return [
          inPass(2),
          ...STOP_REASONS.map((reason): ReadingState => ({ kind: 'stopped', reason })),
        ];
      }
      if (from.pass === 2) {
        return [
          inPass(3),
          { kind: 'set-aside' },
          { kind: 'come-back-later' },
          ...passesBefore(2).map(inPass),
        ];
      }
      return [{ kind: 'done' }, ...passesBefore(3).map(inPass)];
    case 'stopped':
      return passesUpTo(1).map(inPass);
    case 'set-aside':
      return passesUpTo(2).map(inPass);
    case 'come-back-later':
      return [inPass(2), inPass(3), inPass(1)];
    case 'done':
      return passesUpTo(3).map(inPass);
  }
}

function sameState(a: ReadingState, b: ReadingState): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'in-pass' && b.kind === 'in-pass') return a.pass === b.pass;
  if (a.kind === 'stopped' && b.kind === 'stopped') return a.reason === b.reason;
  return true;
}

export function canTransition(from: ReadingState, to: ReadingState): boolean {
  return nextStates(from).some((state) => sameState(state, to));
}

export class InvalidTransitionError extends Error {
  override readonly name = 'InvalidTransitionError';
  constructor(
    readonly from: ReadingState,
    readonly to: ReadingState,
  ) {
    super(`A paper cannot go from "${readingStateLabel(from)}" to "${readingStateLabel(to)}".`);
  }
}

/**
 * Moves the paper to `to` at time `at` (epoch ms), appending the change to its history. Throws
 * InvalidTransitionError for a move the method does not allow; the paper is never changed in place.
 */
export function applyTransition(paper: Paper, to: ReadingState, at: number): Paper {
  if (!canTransition(paper.state, to)) throw new InvalidTransitionError(paper.state, to);
  return {
    ...paper,
    state: to,
    history: [...paper.history, { state: to, at }],
    lastReadAt: Math.max(paper.lastReadAt, at),
  };
}

/** The pass the reader is in or last worked on, for choosing which timer and notes to show. */
export function currentPass(state: ReadingState): Pass {
  switch (state.kind) {
    case 'not-started':
    case 'stopped':
      return 1;
    case 'in-pass':
      return state.pass;
    case 'set-aside':
    case 'come-back-later':
      return 2;
    case 'done':
      return 3;
  }
}

export const PASS_TITLES: Record<Pass, string> = {
  1: "Pass 1: the bird's-eye view",
  2: 'Pass 2: the content',
  3: 'Pass 3: rebuilding the work',
};

export const STOP_REASON_LABELS: Record<StopReason, string> = {
  'not-interesting': 'Not relevant to me',
  'lacks-background': 'I lack the background for now',
  'invalid-assumptions': 'The assumptions look wrong',
};

/** A stop reason after a colon: lower-cased as a clause, except the pronoun "I". */
function stopReasonClause(reason: StopReason): string {
  const label = STOP_REASON_LABELS[reason];
  return /^I\b/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

export function readingStateLabel(state: ReadingState): string {
  switch (state.kind) {
    case 'not-started':
      return 'Not started';
    case 'in-pass':
      return PASS_TITLES[state.pass];
    case 'stopped':
      return `Stopped after pass 1: ${stopReasonClause(state.reason)}`;
    case 'set-aside':
      return 'Set aside after pass 2';
    case 'come-back-later':
      return 'To come back to after background reading';
    case 'done':
      return 'Done: all three passes';
  }
}

/** What a button that makes this move says. */
export function transitionLabel(from: ReadingState, to: ReadingState): string {
  switch (to.kind) {
    case 'not-started':
      return 'Not started';
    case 'in-pass': {
      const fromPass = from.kind === 'in-pass' ? from.pass : currentPass(from);
      if (from.kind === 'not-started') return 'Start pass 1';
      if (from.kind === 'come-back-later' && to.pass === 2) return 'Resume pass 2';
      if (from.kind === 'in-pass' && to.pass > fromPass) return `Go on to pass ${to.pass}`;
      if (from.kind === 'come-back-later' && to.pass === 3) return 'Go on to pass 3';
      return `Back to pass ${to.pass}`;
    }
    case 'stopped':
      return `Stop here: ${stopReasonClause(to.reason)}`;
    case 'set-aside':
      return 'Set it aside';
    case 'come-back-later':
      return 'Come back after background reading';
    case 'done':
      return 'Mark as done';
  }
}
