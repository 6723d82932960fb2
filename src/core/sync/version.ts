/**
 * Per-field versions for sync: a hybrid logical clock stamp. `at` is the writer's wall clock in
 * epoch ms, pushed forward past the version it replaces so a write always beats what its machine
 * had seen even when that machine's clock is behind; `n` orders writes within one millisecond;
 * `by` (the machine id) breaks the remaining ties, so any two versions compare the same way on
 * every machine and a merge is deterministic.
 */
export interface Version {
  at: number;
  n: number;
  by: string;
}

/** Negative when `a` is older than `b`, zero when they are the same version. */
export function compareVersions(a: Version, b: Version): number {
  if (a.at !== b.at) return a.at - b.at;
  if (a.n !== b.n) return a.n - b.n;
  return a.by < b.by ? -1 : a.by > b.by ? 1 : 0;
}

export const newerVersion = (a: Version, b: Version): Version =>
  compareVersions(a, b) >= 0 ? a : b;

/** The version of a write made now by `machine` over `replaced` (the version it had). */
export function nextVersion(replaced: Version | undefined, machine: string, now: number): Version {
  if (!replaced || now > replaced.at) return { at: now, n: 0, by: machine };
  return { at: replaced.at, n: replaced.n + 1, by: machine };
}
