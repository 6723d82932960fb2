/**
 * A paper's timers, one per pass, as stored. Starting, pausing and resetting are database
 * transactions (starting one pauses any other, in any paper); the display derives elapsed time
 * from these records and the clock.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ReadingDatabase } from '../adapters/database';
import type { Pass, TimerState } from '../core/model';
import { newTimer } from '../core/reading/timer';
import type { DatabaseChanges } from './database-changes';
import { errorMessage } from './error-message';

type TimerDatabase = Pick<
  ReadingDatabase,
  'getTimers' | 'startTimer' | 'pauseTimer' | 'resetTimer'
>;

export interface TimersHandle {
  /** Every pass has a timer; one never started reads as zero. */
  timers: Record<Pass, TimerState>;
  start: (pass: Pass) => Promise<void>;
  pause: (pass: Pass) => Promise<void>;
  reset: (pass: Pass) => Promise<void>;
  error?: string;
}

function blankTimers(paperKey: string): Record<Pass, TimerState> {
  return { 1: newTimer(paperKey, 1), 2: newTimer(paperKey, 2), 3: newTimer(paperKey, 3) };
}

export function useTimers(
  db: TimerDatabase,
  changes: DatabaseChanges,
  paperKey: string,
): TimersHandle {
  const [timers, setTimers] = useState(() => blankTimers(paperKey));
  const [error, setError] = useState<string | undefined>(undefined);

  const load = useCallback(async () => {
    const stored = await db.getTimers(paperKey);
    const next = blankTimers(paperKey);
    for (const timer of stored) next[timer.pass] = timer;
    setTimers(next);
  }, [db, paperKey]);

  useEffect(() => {
    let live = true;
    const reload = () =>
      load().catch((failure: unknown) => live && setError(errorMessage(failure)));
    void reload();
    // A timer started in another paper or window may have paused one of ours.
    const stop = changes((change) => {
      if (change.kind === 'timer') void reload();
    });
    return () => {
      live = false;
      stop();
    };
  }, [load, changes]);

  const run = useCallback(
    async (write: () => Promise<TimerState>) => {
      try {
        const written = await write();
        setTimers((current) => ({ ...current, [written.pass]: written }));
        setError(undefined);
        await load();
      } catch (failure) {
        setError(errorMessage(failure));
      }
    },
    [load],
  );

  return {
    timers,
    start: (pass) => run(() => db.startTimer(paperKey, pass, Date.now())),
    pause: (pass) => run(() => db.pauseTimer(paperKey, pass, Date.now())),
    reset: (pass) => run(() => db.resetTimer(paperKey, pass, Date.now())),
    ...(error === undefined ? {} : { error }),
  };
}
