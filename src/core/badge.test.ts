import { describe, expect, it } from 'vitest';
import { badgeFor } from './badge';
import { samplePaper } from '../../test/fixtures/library/sample-paper';
import type { ReadingState } from './model';

const paper = (state: ReadingState) => samplePaper({ state });

describe('badgeFor', () => {
  it('is blank on pages that are not papers', () => {
    expect(badgeFor(false, undefined).text).toBe('');
  });

  it('marks a recognised paper that is not in the library', () => {
    expect(badgeFor(true, undefined)).toMatchObject({ text: 'new' });
  });

  it('shows the pass the reader is in', () => {
    expect(badgeFor(true, paper({ kind: 'in-pass', pass: 2 })).text).toBe('P2');
    expect(badgeFor(true, paper({ kind: 'in-pass', pass: 2 })).title).toMatch(/pass 2/);
  });

  it('tells finished, stopped and set-aside papers apart in the tooltip', () => {
    const titles = new Set(
      (
        [
          { kind: 'done' },
          { kind: 'stopped', reason: 'not-interesting' },
          { kind: 'set-aside' },
          { kind: 'come-back-later' },
        ] as ReadingState[]
      ).map((s) => badgeFor(true, paper(s)).title),
    );
    expect(titles.size).toBe(4);
  });
});
