import { describe, expect, it } from 'vitest';
import { samplePaper } from '../../../test/fixtures/library/sample-paper';
import type { ReadingState } from '../model';
import {
  applyTransition,
  canTransition,
  currentPass,
  InvalidTransitionError,
  nextStates,
  readingStateLabel,
  transitionLabel,
} from './reading-state';

const S = {
  notStarted: { kind: 'not-started' },
  pass1: { kind: 'in-pass', pass: 1 },
  pass2: { kind: 'in-pass', pass: 2 },
  pass3: { kind: 'in-pass', pass: 3 },
  stoppedNotInteresting: { kind: 'stopped', reason: 'not-interesting' },
  stoppedBackground: { kind: 'stopped', reason: 'lacks-background' },
  stoppedAssumptions: { kind: 'stopped', reason: 'invalid-assumptions' },
  setAside: { kind: 'set-aside' },
  comeBackLater: { kind: 'come-back-later' },
  done: { kind: 'done' },
} satisfies Record<string, ReadingState>;
type Name = keyof typeof S;
const names = Object.keys(S) as Name[];

/** The allowed moves, written out by hand from the method; everything else is refused. */
const allowed: Record<Name, Name[]> = {
  notStarted: ['pass1'],
  pass1: ['pass2', 'stoppedNotInteresting', 'stoppedBackground', 'stoppedAssumptions'],
  pass2: ['pass3', 'setAside', 'comeBackLater', 'pass1'],
  pass3: ['done', 'pass1', 'pass2'],
  stoppedNotInteresting: ['pass1'],
  stoppedBackground: ['pass1'],
  stoppedAssumptions: ['pass1'],
  setAside: ['pass1', 'pass2'],
  comeBackLater: ['pass2', 'pass3', 'pass1'],
  done: ['pass1', 'pass2', 'pass3'],
};

function paper(state: ReadingState) {
  return samplePaper({ state, history: [], addedAt: 1_000, lastReadAt: 1_000 });
}

describe('reading state machine', () => {
  for (const from of names) {
    for (const to of names) {
      const expected = allowed[from].includes(to);
      it(`${from} -> ${to} is ${expected ? 'allowed' : 'refused'}`, () => {
        expect(canTransition(S[from], S[to])).toBe(expected);
      });
    }
  }

  it('lists exactly the allowed next states, forward moves first', () => {
    for (const from of names) {
      expect(nextStates(S[from])).toEqual(allowed[from].map((n) => S[n]));
    }
  });

  it('applies a move, appending it with its time to the history without touching the original', () => {
    const start = paper(S.notStarted);
    const inPass1 = applyTransition(start, S.pass1, 5_000);
    const inPass2 = applyTransition(inPass1, S.pass2, 9_000);
    expect(inPass2.state).toEqual(S.pass2);
    expect(inPass2.history).toEqual([
      { state: S.pass1, at: 5_000 },
      { state: S.pass2, at: 9_000 },
    ]);
    expect(inPass2.lastReadAt).toBe(9_000);
    expect(start.state).toEqual(S.notStarted);
    expect(start.history).toEqual([]);
  });

  it('refuses a move the method does not allow, with a message naming both states', () => {
    const start = paper(S.notStarted);
    expect(() => applyTransition(start, S.done, 5_000)).toThrow(InvalidTransitionError);
    expect(() => applyTransition(start, S.done, 5_000)).toThrow(/Not started.*Done/);
  });

  it('the reader can go back to pass 1 from every later state', () => {
    for (const from of names.filter((n) => n !== 'notStarted' && n !== 'pass1')) {
      expect(canTransition(S[from], S.pass1)).toBe(true);
    }
  });

  it('names every state and the pass it belongs to', () => {
    const labels = names.map((n) => readingStateLabel(S[n]));
    expect(new Set(labels).size).toBe(names.length);
    expect(readingStateLabel(S.stoppedBackground)).toMatch(/background/i);
    expect(currentPass(S.comeBackLater)).toBe(2);
    expect(currentPass(S.done)).toBe(3);
    expect(currentPass(S.notStarted)).toBe(1);
  });

  it('keeps the pronoun "I" capitalised in a stop reason after a colon', () => {
    expect(readingStateLabel(S.stoppedBackground)).toBe(
      'Stopped after pass 1: I lack the background for now',
    );
    expect(readingStateLabel(S.stoppedNotInteresting)).toBe(
      'Stopped after pass 1: not relevant to me',
    );
    expect(transitionLabel(S.pass1, S.stoppedBackground)).toBe(
      'Stop here: I lack the background for now',
    );
  });

  it('labels buttons by the kind of move', () => {
    expect(transitionLabel(S.notStarted, S.pass1)).toBe('Start pass 1');
    expect(transitionLabel(S.pass1, S.pass2)).toBe('Go on to pass 2');
    expect(transitionLabel(S.pass3, S.pass1)).toBe('Back to pass 1');
    expect(transitionLabel(S.comeBackLater, S.pass2)).toBe('Resume pass 2');
    for (const from of names) {
      const labels = nextStates(S[from]).map((to) => transitionLabel(S[from], to));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
