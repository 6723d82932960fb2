/**
 * Reading time from a synced paper document. Sessions from every machine are united, and a timer
 * left running on one machine while another also times the paper (or while its finished stretch
 * has already arrived as a session) must not count twice: one reader cannot read twice at once,
 * so a pass's time is the length of the UNION of its stretches, never their sum.
 */
import type { Pass } from '../model';
import type { PaperDocument } from './paper-document';

type Stretch = readonly [start: number, end: number];

/** Total length covered by the stretches, overlaps counted once. */
export function unionLengthMs(stretches: readonly Stretch[]): number {
  const sorted = stretches.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let coveredUntil = -Infinity;
  for (const [start, end] of sorted) {
    if (end <= coveredUntil) continue;
    total += end - Math.max(start, coveredUntil);
    coveredUntil = end;
  }
  return total;
}

/**
 * Time spent on `pass` as seen by `machine` at `now`: every machine's sessions, this machine's
 * running stretch up to now, and other machines' running stretches up to the last moment they
 * were seen alive (they settle it themselves when they come back).
 */
export function passTimeMs(doc: PaperDocument, pass: Pass, machine: string, now: number): number {
  const stretches: Stretch[] = doc.sessions
    .filter((session) => session.pass === pass)
    .map((session) => [session.start, session.end]);
  for (const [owner, { value: timer }] of Object.entries(doc.running)) {
    if (!timer || timer.pass !== pass) continue;
    stretches.push([timer.since, owner === machine ? now : Math.min(now, timer.aliveAt)]);
  }
  return unionLengthMs(stretches);
}
