/**
 * The background's watch over the running timer, through a fake browser adapter over a real
 * (fake-indexeddb) database: the budget signal, the heartbeat, and settling after a restart.
 */
import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openReadingDatabase, type ReadingDatabase } from '../adapters/database';
import { DEFAULT_SETTINGS } from '../core/reading/budgets';
import { samplePaper } from '../../test/fixtures/library/sample-paper';

const fake = vi.hoisted(() => ({
  alarms: new Map<string, number | 'repeating'>(),
  onAlarm: undefined as ((name: string) => void) | undefined,
  notifications: [] as { title: string; message: string }[],
  firstWake: false,
}));

vi.mock('../adapters/browser', () => ({
  setAlarm: (name: string, when: number) => fake.alarms.set(name, when),
  setRepeatingAlarm: (name: string) => fake.alarms.set(name, 'repeating'),
  clearAlarm: async (name: string) => void fake.alarms.delete(name),
  onAlarm: (listener: (name: string) => void) => {
    fake.onAlarm = listener;
  },
  notify: async (_id: string, title: string, message: string) => {
    fake.notifications.push({ title, message });
    return true;
  },
  isFirstWakeThisBrowserSession: async () => fake.firstWake,
}));

const KEY = 'arxiv:2106.09608';
const paper = samplePaper({
  key: KEY,
  title: 'Budgeted reading',
  state: { kind: 'in-pass', pass: 1 },
});

let watch: typeof import('./timer-watch');
let db: ReadingDatabase;

beforeAll(async () => {
  watch = await import('./timer-watch');
  watch.startTimerWatch();
  db = await openReadingDatabase();
  await db.putPaper(paper);
});

beforeEach(async () => {
  fake.alarms.clear();
  fake.notifications.length = 0;
  await db.resetTimer(KEY, 1, 0);
  await db.pauseTimer(KEY, 1, 0);
});

describe('timer watch', () => {
  it('sets the budget alarm for when the running pass reaches its budget, and clears it when paused', async () => {
    await db.startTimer(KEY, 1, 1_000);
    await watch.scheduleTimerAlarms(1_000);
    // Pass 1's budget is 10 minutes for the default (beginner) profile.
    expect(fake.alarms.get('timer-budget')).toBe(1_000 + 10 * 60_000);
    expect(fake.alarms.get('timer-heartbeat')).toBe('repeating');
    await db.pauseTimer(KEY, 1, 2_000);
    await watch.scheduleTimerAlarms(2_000);
    expect(fake.alarms.size).toBe(0);
  });

  it('notifies once when the budget is reached, only if the reader asked for it', async () => {
    await db.saveSettings({ ...DEFAULT_SETTINGS, notifyOnBudget: true });
    const start = Date.now() - 11 * 60_000; // already past the 10-minute budget
    await db.startTimer(KEY, 1, start);
    fake.onAlarm?.('timer-budget');
    await vi.waitFor(() => expect(fake.notifications).toHaveLength(1));
    expect(fake.notifications[0]?.message).toContain('Budgeted reading');
    expect((await db.getRunningTimer())?.budgetSignalled).toBe(true);
    fake.onAlarm?.('timer-budget');
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.notifications).toHaveLength(1);
    await db.saveSettings(DEFAULT_SETTINGS);
  });

  it('marks the budget reached without a system notification when the reader did not ask for one', async () => {
    await db.startTimer(KEY, 1, Date.now() - 11 * 60_000);
    fake.onAlarm?.('timer-budget');
    await vi.waitFor(async () => expect((await db.getRunningTimer())?.budgetSignalled).toBe(true));
    expect(fake.notifications).toHaveLength(0);
  });

  it('settles a timer left running at quit to its last heartbeat on the first wake', async () => {
    await db.startTimer(KEY, 1, 10_000);
    await db.heartbeat(70_000); // last seen alive a minute in
    await watch.settleAfterRestart(5_000_000);
    const [timer] = await db.getTimers(KEY);
    expect(timer?.runningSince).toBeNull();
    expect(timer?.accumulatedMs).toBe(60_000);
    const sessions = await db.listSessions();
    expect(sessions.at(-1)).toMatchObject({ start: 10_000, end: 70_000, settled: true });
  });
});
