/**
 * Timer arithmetic. A timer is data, not a running clock: finished stretches plus the start of
 * the running one, so it survives the panel closing, the worker stopping and the browser quitting.
 * Every function is a pure transition returning the new timer and the reading session to record.
 * A clock that jumps backwards never yields negative time: such a stretch counts as zero.
 */
import type { Pass, ReadingSession, TimerState } from '../model';

export function newTimer(paperKey: string, pass: Pass): TimerState {
  return {
    paperKey,
    pass,
    accumulatedMs: 0,
    runningSince: null,
    lastSeenAlive: null,
    budgetSignalled: false,
  };
}

export function isRunning(timer: TimerState): timer is TimerState & { runningSince: number } {
  return timer.runningSince !== null;
}

export function elapsedMs(timer: TimerState, now: number): number {
  return timer.accumulatedMs + (isRunning(timer) ? Math.max(0, now - timer.runningSince) : 0);
}

export interface TimerStop {
  timer: TimerState;
  /** The stretch just ended, when it lasted longer than zero. */
  session?: ReadingSession;
}

/** Ends the running stretch at `end` (clamped to its start), recording it as a session. */
function stopAt(timer: TimerState, end: number, settled: boolean): TimerStop {
  if (!isRunning(timer)) return { timer };
  const start = timer.runningSince;
  const stretchEnd = Math.max(start, end);
  const stopped: TimerState = {
    ...timer,
    accumulatedMs: timer.accumulatedMs + (stretchEnd - start),
    runningSince: null,
    lastSeenAlive: stretchEnd,
  };
  if (stretchEnd === start) return { timer: stopped };
  const session: ReadingSession = {
    paperKey: timer.paperKey,
    pass: timer.pass,
    start,
    end: stretchEnd,
  };
  if (settled) session.settled = true;
  return { timer: stopped, session };
}

/** Pausing a paused timer changes nothing and records nothing. */
export function pauseTimer(timer: TimerState, now: number): TimerStop {
  return stopAt(timer, now, false);
}

export interface TimerStart {
  timer: TimerState;
  /** Other timers that were running and are now paused (only one runs at a time). */
  paused: TimerState[];
  sessions: ReadingSession[];
}

/**
 * Starts `timer`, pausing every other running timer (in any paper) and recording their sessions.
 * Starting a running timer leaves its stretch as it is.
 */
export function startTimer(
  timer: TimerState,
  runningTimers: readonly TimerState[],
  now: number,
): TimerStart {
  const paused: TimerState[] = [];
  const sessions: ReadingSession[] = [];
  for (const other of runningTimers) {
    if (sameTimer(other, timer) || !isRunning(other)) continue;
    const stop = pauseTimer(other, now);
    paused.push(stop.timer);
    if (stop.session) sessions.push(stop.session);
  }
  const started: TimerState = isRunning(timer)
    ? { ...timer, lastSeenAlive: Math.max(timer.lastSeenAlive ?? now, now) }
    : { ...timer, runningSince: now, lastSeenAlive: now };
  return { timer: started, paused, sessions };
}

/**
 * Back to zero and paused. The reading already done stays in the history: a running stretch is
 * recorded as a session first, because reset clears the pass's clock, not the reader's past.
 */
export function resetTimer(timer: TimerState, now: number): TimerStop {
  const { session } = pauseTimer(timer, now);
  const reset: TimerState = {
    ...newTimer(timer.paperKey, timer.pass),
    lastSeenAlive: timer.lastSeenAlive === null ? null : Math.max(timer.lastSeenAlive, now),
  };
  return session ? { timer: reset, session } : { timer: reset };
}

/** The extension saw the timer alive at `now`; never moves backwards. */
export function heartbeatTimer(timer: TimerState, now: number): TimerState {
  if (!isRunning(timer)) return timer;
  return { ...timer, lastSeenAlive: Math.max(timer.lastSeenAlive ?? timer.runningSince, now) };
}

/** A running timer nobody has seen alive for longer than `staleAfterMs`: the browser quit with it. */
export function isAbandoned(timer: TimerState, now: number, staleAfterMs: number): boolean {
  if (!isRunning(timer)) return false;
  return now - (timer.lastSeenAlive ?? timer.runningSince) > staleAfterMs;
}

/** Pauses an abandoned timer at the last moment it was seen alive, marking its session settled. */
export function settleTimer(timer: TimerState): TimerStop {
  if (!isRunning(timer)) return { timer };
  return stopAt(timer, timer.lastSeenAlive ?? timer.runningSince, true);
}

function budgetReached(timer: TimerState, budgetMs: number, now: number): boolean {
  return elapsedMs(timer, now) >= budgetMs;
}

/** True once, when the budget is reached and the reader has not been told yet. */
export function shouldSignalBudget(timer: TimerState, budgetMs: number, now: number): boolean {
  return !timer.budgetSignalled && budgetReached(timer, budgetMs, now);
}

/** Share of the budget used, 0..1 (capped), for a progress ring or bar. */
export function budgetFraction(timer: TimerState, budgetMs: number, now: number): number {
  if (budgetMs <= 0) return 1;
  return Math.min(1, elapsedMs(timer, now) / budgetMs);
}

function sameTimer(
  a: Pick<TimerState, 'paperKey' | 'pass'>,
  b: Pick<TimerState, 'paperKey' | 'pass'>,
): boolean {
  return a.paperKey === b.paperKey && a.pass === b.pass;
}
