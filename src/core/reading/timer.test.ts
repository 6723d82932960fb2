import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReadingSession, TimerState } from '../model';
import {
  budgetFraction,
  elapsedMs,
  heartbeatTimer,
  isAbandoned,
  newTimer,
  pauseTimer,
  resetTimer,
  settleTimer,
  shouldSignalBudget,
  startTimer,
} from './timer';

const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 6, 9, 0);

function started(at: number, paperKey = 'doi:10.1/a', pass: 1 | 2 | 3 = 1): TimerState {
  return startTimer(newTimer(paperKey, pass), [], at).timer;
}

describe('timer arithmetic', () => {
  it('counts the running stretch on top of finished ones', () => {
    const timer = { ...started(T0), accumulatedMs: 5 * MIN };
    expect(elapsedMs(timer, T0 + 3 * MIN)).toBe(8 * MIN);
    expect(elapsedMs(newTimer('k', 1), T0)).toBe(0);
  });

  it('pause ends the stretch and records it as a session', () => {
    const { timer, session } = pauseTimer(started(T0), T0 + 4 * MIN);
    expect(timer.runningSince).toBeNull();
    expect(timer.accumulatedMs).toBe(4 * MIN);
    expect(elapsedMs(timer, T0 + 60 * MIN)).toBe(4 * MIN);
    expect(session).toEqual({ paperKey: 'doi:10.1/a', pass: 1, start: T0, end: T0 + 4 * MIN });
  });

  it('pausing twice changes nothing and records one session only', () => {
    const first = pauseTimer(started(T0), T0 + 4 * MIN);
    const second = pauseTimer(first.timer, T0 + 9 * MIN);
    expect(second.timer).toEqual(first.timer);
    expect(second.session).toBeUndefined();
  });

  it('resume adds a new stretch to the time already read', () => {
    const paused = pauseTimer(started(T0), T0 + 4 * MIN).timer;
    const resumed = startTimer(paused, [], T0 + 10 * MIN).timer;
    expect(elapsedMs(resumed, T0 + 12 * MIN)).toBe(6 * MIN);
  });

  it('starting a running timer keeps its stretch', () => {
    const running = started(T0);
    const again = startTimer(running, [running], T0 + 2 * MIN);
    expect(again.timer.runningSince).toBe(T0);
    expect(again.paused).toEqual([]);
    expect(again.sessions).toEqual([]);
  });

  it('starting one timer pauses every other running one and records their sessions', () => {
    const other = started(T0, 'arxiv:1', 3);
    const samePaperOtherPass = started(T0 + MIN, 'doi:10.1/a', 2);
    const result = startTimer(newTimer('doi:10.1/a', 1), [other, samePaperOtherPass], T0 + 5 * MIN);
    expect(result.timer.runningSince).toBe(T0 + 5 * MIN);
    expect(result.paused.map((t) => [t.paperKey, t.pass, t.runningSince, t.accumulatedMs])).toEqual(
      [
        ['arxiv:1', 3, null, 5 * MIN],
        ['doi:10.1/a', 2, null, 4 * MIN],
      ],
    );
    expect(result.sessions.map((s) => [s.paperKey, s.start, s.end])).toEqual([
      ['arxiv:1', T0, T0 + 5 * MIN],
      ['doi:10.1/a', T0 + MIN, T0 + 5 * MIN],
    ]);
  });

  it('reset while running goes back to zero, paused, and keeps the reading already done', () => {
    const running = { ...started(T0), accumulatedMs: 20 * MIN, budgetSignalled: true };
    const { timer, session } = resetTimer(running, T0 + 3 * MIN);
    expect(elapsedMs(timer, T0 + 10 * MIN)).toBe(0);
    expect(timer.runningSince).toBeNull();
    expect(timer.budgetSignalled).toBe(false);
    expect(session).toMatchObject({ start: T0, end: T0 + 3 * MIN });
  });

  it('a clock going backwards never gives negative time', () => {
    const running = started(T0);
    expect(elapsedMs(running, T0 - 10 * MIN)).toBe(0);
    const { timer, session } = pauseTimer(running, T0 - 10 * MIN);
    expect(timer.accumulatedMs).toBe(0);
    expect(session).toBeUndefined();
    expect(isAbandoned(running, T0 - 10 * MIN, MIN)).toBe(false);
  });

  it('heartbeats move lastSeenAlive forward only, and only for a running timer', () => {
    const running = started(T0);
    const seen = heartbeatTimer(running, T0 + 2 * MIN);
    expect(seen.lastSeenAlive).toBe(T0 + 2 * MIN);
    expect(heartbeatTimer(seen, T0 + MIN).lastSeenAlive).toBe(T0 + 2 * MIN);
    const paused = pauseTimer(running, T0 + MIN).timer;
    expect(heartbeatTimer(paused, T0 + 5 * MIN)).toBe(paused);
  });

  it('a timer abandoned at browser quit is settled to the last moment it was seen alive', () => {
    const running = heartbeatTimer(started(T0), T0 + 7 * MIN);
    const quitFor = T0 + 7 * MIN + 3 * 3_600_000;
    expect(isAbandoned(running, T0 + 7 * MIN + 30_000, MIN)).toBe(false);
    expect(isAbandoned(running, quitFor, MIN)).toBe(true);
    const { timer, session } = settleTimer(running);
    expect(timer.runningSince).toBeNull();
    expect(elapsedMs(timer, quitFor)).toBe(7 * MIN);
    expect(session).toEqual({
      paperKey: 'doi:10.1/a',
      pass: 1,
      start: T0,
      end: T0 + 7 * MIN,
      settled: true,
    });
    expect(settleTimer(timer).timer).toBe(timer);
  });

  it('signals the budget once', () => {
    const budget = 10 * MIN;
    const running = started(T0);
    expect(shouldSignalBudget(running, budget, T0 + 9 * MIN)).toBe(false);
    expect(shouldSignalBudget(running, budget, T0 + 10 * MIN)).toBe(true);
    expect(shouldSignalBudget({ ...running, budgetSignalled: true }, budget, T0 + 11 * MIN)).toBe(
      false,
    );
    expect(budgetFraction(running, budget, T0 + 5 * MIN)).toBe(0.5);
    expect(budgetFraction(running, budget, T0 + 50 * MIN)).toBe(1);
  });

  it('fuzz: whatever the clock does, time is never negative and sessions add up to the timer', () => {
    const op = fc.record({
      kind: fc.constantFrom('start', 'pause', 'reset', 'heartbeat', 'settle'),
      // Mostly forwards, sometimes backwards.
      step: fc.integer({ min: -5 * MIN, max: 30 * MIN }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let now = T0;
        let timer = newTimer('k', 2);
        let sinceReset: ReadingSession[] = [];
        for (const { kind, step } of ops) {
          now += step;
          if (kind === 'start') timer = startTimer(timer, [timer], now).timer;
          else if (kind === 'heartbeat') timer = heartbeatTimer(timer, now);
          else {
            const stop =
              kind === 'pause'
                ? pauseTimer(timer, now)
                : kind === 'settle'
                  ? settleTimer(timer)
                  : resetTimer(timer, now);
            timer = stop.timer;
            if (kind === 'reset') sinceReset = [];
            else if (stop.session) sinceReset.push(stop.session);
          }
          expect(elapsedMs(timer, now)).toBeGreaterThanOrEqual(0);
          for (const s of sinceReset) expect(s.end).toBeGreaterThan(s.start);
        }
        const settledTimer = pauseTimer(timer, now);
        if (settledTimer.session) sinceReset.push(settledTimer.session);
        const sessionsMs = sinceReset.reduce((sum, s) => sum + s.end - s.start, 0);
        expect(settledTimer.timer.accumulatedMs).toBe(sessionsMs);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: 4 },
    );
  });
});
