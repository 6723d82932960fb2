import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addGrowOnly, setRunningTimer, settleRunningTimer } from './local-edits';
import { emptyPaperDocument, mergePaperDocuments } from './paper-document';
import { passTimeMs, unionLengthMs } from './synced-time';

const MIN = 60_000;
const laptop = (now: number) => ({ machine: 'laptop', now });
const desktop = (now: number) => ({ machine: 'desktop', now });
const empty = emptyPaperDocument('arxiv:2106.09608', 0);

describe('reading time across machines', () => {
  it('counts a running timer once after it was settled into a session on its machine', () => {
    const running = setRunningTimer(empty, { pass: 2, since: 0, aliveAt: 30 * MIN }, laptop(0));
    const settled = settleRunningTimer(running, 30 * MIN, laptop(30 * MIN));
    // The desktop still has the copy where the laptop's timer runs.
    const onDesktop = mergePaperDocuments(running, settled);
    expect(passTimeMs(onDesktop, 2, 'desktop', 60 * MIN)).toBe(30 * MIN);
    expect(onDesktop.running.laptop?.value).toBeNull();
  });

  it('settles timers running on two machines at once without counting the overlap twice', () => {
    const onLaptop = setRunningTimer(empty, { pass: 1, since: 0, aliveAt: 60 * MIN }, laptop(0));
    const onDesktop = setRunningTimer(
      empty,
      { pass: 1, since: 30 * MIN, aliveAt: 90 * MIN },
      desktop(30 * MIN),
    );
    const both = mergePaperDocuments(onLaptop, onDesktop);
    // Read from 0 to 90 minutes, not 60 + 60.
    expect(passTimeMs(both, 1, 'nobody', 120 * MIN)).toBe(90 * MIN);
  });

  it('counts another machine’s running timer only up to its last heartbeat', () => {
    const doc = setRunningTimer(empty, { pass: 3, since: 0, aliveAt: 10 * MIN }, laptop(0));
    expect(passTimeMs(doc, 3, 'desktop', 600 * MIN)).toBe(10 * MIN);
    expect(passTimeMs(doc, 3, 'laptop', 20 * MIN)).toBe(20 * MIN);
  });

  it('keeps sessions of other passes apart', () => {
    const doc = addGrowOnly(empty, {
      sessions: [
        { pass: 1, start: 0, end: 5 * MIN },
        { pass: 2, start: 0, end: 50 * MIN },
      ],
    });
    expect(passTimeMs(doc, 1, 'laptop', 100 * MIN)).toBe(5 * MIN);
  });
});

describe('union length (fuzz)', () => {
  const stretch = fc
    .tuple(fc.nat(1_000), fc.nat(1_000))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  it('is at least the longest stretch, at most their sum, and ignores duplicates', () => {
    fc.assert(
      fc.property(fc.array(stretch, { maxLength: 20 }), (stretches) => {
        const total = unionLengthMs(stretches);
        const lengths = stretches.map(([s, e]) => e - s);
        expect(total).toBeGreaterThanOrEqual(Math.max(0, ...lengths));
        expect(total).toBeLessThanOrEqual(lengths.reduce((x, y) => x + y, 0));
        expect(unionLengthMs([...stretches, ...stretches])).toBe(total);
      }),
    );
  });
});
