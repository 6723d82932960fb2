import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { setField, setNote } from './local-edits';
import {
  DocumentMismatchError,
  emptyPaperDocument,
  isDeleted,
  mergePaperDocuments,
  type PaperDocument,
} from './paper-document';
import { noteWithConflicts } from './registers';
import { PAPER_KEY, run, stepsArbitrary } from './simulated-machines.test-helper';

const merge = mergePaperDocuments;
const runs = { numRuns: Number(process.env.FUZZ_RUNS ?? 300) };

/** Three documents reached by the machines after random edits and syncs. */
const reachedDocs = stepsArbitrary.map(
  (steps) => run(steps).docs as [PaperDocument, PaperDocument, PaperDocument],
);

describe('merging synced paper documents (fuzz)', () => {
  it('is commutative: both machines end with the same document', () => {
    fc.assert(
      fc.property(reachedDocs, ([a, b]) => {
        expect(merge(a, b)).toEqual(merge(b, a));
      }),
      runs,
    );
  });

  it('is associative: the grouping of syncs does not matter', () => {
    fc.assert(
      fc.property(reachedDocs, ([a, b, c]) => {
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)));
      }),
      runs,
    );
  });

  it('is idempotent: syncing again changes nothing', () => {
    fc.assert(
      fc.property(reachedDocs, ([a, b]) => {
        expect(merge(a, a)).toEqual(a);
        const ab = merge(a, b);
        expect(merge(ab, b)).toEqual(ab);
      }),
      runs,
    );
  });

  it('three machines converge whatever the order of their syncs', () => {
    const order = fc.constantFrom([0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]);
    fc.assert(
      fc.property(reachedDocs, order, order, (docs, first, second) => {
        const fold = (o: readonly number[]) => o.map((i) => docs[i]!).reduce((x, y) => merge(x, y));
        expect(fold(first)).toEqual(fold(second));
      }),
      runs,
    );
  });
});

const laptop = (now: number) => ({ machine: 'laptop', now });
const desktop = (now: number) => ({ machine: 'desktop', now });

describe('a note edited on two machines between syncs', () => {
  const base = setNote(emptyPaperDocument(PAPER_KEY, 0), 'context', 'shared start', laptop(10));
  const onLaptop = setNote(base, 'context', 'laptop text', laptop(100));
  const onDesktop = setNote(base, 'context', 'desktop text', desktop(200));

  it('keeps both texts: the newer as the note, the other as a conflict copy', () => {
    const { current, conflicts } = noteWithConflicts(merge(onLaptop, onDesktop).notes.context!);
    expect(current?.text).toBe('desktop text');
    expect(conflicts.map((c) => c.text)).toEqual(['laptop text']);
  });

  it('keeps no conflict copy when the second edit was made after the first arrived', () => {
    const later = setNote(merge(base, onLaptop), 'context', 'desktop after sync', desktop(300));
    const { current, conflicts } = noteWithConflicts(merge(onLaptop, later).notes.context!);
    expect(current?.text).toBe('desktop after sync');
    expect(conflicts).toEqual([]);
  });

  it('drops the conflict copy on every machine once the reader writes over it', () => {
    const resolved = setNote(merge(onLaptop, onDesktop), 'context', 'both, combined', laptop(400));
    expect(merge(onDesktop, resolved).notes.context!.texts.map((t) => t.text)).toEqual([
      'both, combined',
    ]);
  });

  it('lets an edit on a machine whose clock is behind still replace what that machine saw', () => {
    const ahead = setNote(base, 'context', 'from the fast clock', desktop(1_000_000));
    const behind = setNote(merge(base, ahead), 'context', 'written after it', laptop(5));
    expect(noteWithConflicts(merge(ahead, behind).notes.context!).current?.text).toBe(
      'written after it',
    );
  });
});

describe('deletion tombstones', () => {
  const base = setField(emptyPaperDocument(PAPER_KEY, 0), 'title', 'A paper', laptop(10));
  const deletedOnLaptop = setField(base, 'deleted', true, laptop(1_000));

  it('beat edits made elsewhere before the deletion', () => {
    const editedBefore = setNote(base, 'keyPoints', 'written at 500', desktop(500));
    const merged = merge(editedBefore, deletedOnLaptop);
    expect(isDeleted(merged)).toBe(true);
    // Kept in the document all the same, so a restore brings the note back.
    expect(merged.notes.keyPoints?.texts[0]?.text).toBe('written at 500');
  });

  it('give way to an edit made after the deletion, which brings the paper back', () => {
    const editedAfter = setNote(base, 'keyPoints', 'still reading', desktop(2_000));
    expect(isDeleted(merge(deletedOnLaptop, editedAfter))).toBe(false);
  });

  it('are undone by a restore, on every machine', () => {
    const restored = setField(deletedOnLaptop, 'deleted', false, laptop(3_000));
    expect(isDeleted(merge(deletedOnLaptop, restored))).toBe(false);
  });
});

describe('what travels with a paper', () => {
  it('unites tags, ticks, aliases, history and sessions from every machine', () => {
    const machines = run([
      { kind: 'tag', machine: 0, tag: 'alpha', present: true },
      { kind: 'tag', machine: 1, tag: 'beta', present: true },
      { kind: 'tick', machine: 1, item: 'gamma', ticked: true },
      { kind: 'alias', machine: 2, alias: 'delta' },
      { kind: 'session', machine: 0, pass: 1, minutes: 5 },
      { kind: 'session', machine: 1, pass: 2, minutes: 60 },
    ]);
    const all = machines.docs.reduce((x, y) => merge(x, y));
    expect(Object.keys(all.tags)).toEqual(['alpha', 'beta']);
    expect(all.ticks.gamma?.value).toEqual(expect.any(Number));
    expect(all.aliases).toEqual(['doi:delta']);
    expect(all.sessions.map((s) => s.pass).sort()).toEqual([1, 2]);
  });

  it('removes a tag removed after it was added elsewhere', () => {
    const m = run([
      { kind: 'tag', machine: 0, tag: 'alpha', present: true },
      { kind: 'sync', machine: 1, from: 0 },
      { kind: 'wait', ms: 120_000 },
      { kind: 'tag', machine: 1, tag: 'alpha', present: false },
    ]);
    expect(merge(m.docs[0]!, m.docs[1]!).tags.alpha?.value).toBe(false);
  });

  it('refuses to merge two different papers', () => {
    const other = emptyPaperDocument('doi:10.1/other', 0);
    expect(() => merge(emptyPaperDocument(PAPER_KEY, 0), other)).toThrow(DocumentMismatchError);
  });
});
