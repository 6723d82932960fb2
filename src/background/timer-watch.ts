/**
 * Keeps running timers honest while no panel is open: a heartbeat records that the extension is
 * alive (so a timer left running at quit is settled to that moment), and an alarm gives the
 * budget signal. Both are alarms because the worker itself may be stopped at any time.
 */
import * as browserApi from '../adapters/browser';
import { budgetMs } from '../core/reading/budgets';
import { PASS_TITLES } from '../core/reading/reading-state';
import { elapsedMs, shouldSignalBudget } from '../core/reading/timer';
import { readingDatabase } from './reading-database';

const HEARTBEAT_ALARM = 'timer-heartbeat';
const BUDGET_ALARM = 'timer-budget';
/** Chrome's minimum alarm period for packed extensions. */
const HEARTBEAT_MINUTES = 0.5;

/** Re-reads the running timer and sets (or clears) its alarms. Call after any timer change. */
export async function scheduleTimerAlarms(now = Date.now()): Promise<void> {
  const db = await readingDatabase();
  const running = await db.getRunningTimer();
  if (!running) {
    await Promise.all([
      browserApi.clearAlarm(HEARTBEAT_ALARM),
      browserApi.clearAlarm(BUDGET_ALARM),
    ]);
    return;
  }
  await db.heartbeat(now);
  browserApi.setRepeatingAlarm(HEARTBEAT_ALARM, HEARTBEAT_MINUTES);
  const budget = budgetMs(await db.getSettings(), running.pass);
  if (running.budgetSignalled) {
    await browserApi.clearAlarm(BUDGET_ALARM);
  } else {
    browserApi.setAlarm(BUDGET_ALARM, now + Math.max(0, budget - elapsedMs(running, now)));
  }
}

async function signalBudget(now: number): Promise<void> {
  const db = await readingDatabase();
  const running = await db.getRunningTimer();
  if (!running) return;
  const settings = await db.getSettings();
  if (!shouldSignalBudget(running, budgetMs(settings, running.pass), now)) return;
  await db.markBudgetSignalled(running.paperKey, running.pass);
  if (!settings.notifyOnBudget) return; // the panel shows its own gentle signal
  const paper = await db.getPaper(running.paperKey);
  await browserApi
    .notify(
      `budget-${running.paperKey}-${running.pass}`,
      `${PASS_TITLES[running.pass]}: time's up`,
      `You have reached this pass's budget${paper ? ` for "${paper.title.slice(0, 120)}"` : ''}. Decide whether to go on.`,
    )
    .catch(() => false);
}

/**
 * A timer still running when the browser (or the extension) starts was left running at quit: settle it to the last
 * moment the extension saw it alive. The panel tells the reader (the session is marked settled).
 */
export async function settleAfterRestart(now = Date.now()): Promise<void> {
  const db = await readingDatabase();
  await db.settleAbandonedTimers(now, 0);
  await scheduleTimerAlarms(now);
}

export function startTimerWatch(): void {
  browserApi.onAlarm((name) => {
    const now = Date.now();
    if (name === HEARTBEAT_ALARM) void readingDatabase().then((db) => db.heartbeat(now));
    if (name === BUDGET_ALARM) void signalBudget(now);
  });
  void browserApi
    .isFirstWakeThisBrowserSession()
    .then((first) => (first ? settleAfterRestart() : undefined))
    .catch(() => undefined);
}
