/** Keyboard commands and the toolbar button's menu. */
import * as browserApi from '../adapters/browser';
import { identifyTab } from '../core/identity/identify-tab';
import { paperFromPage } from '../core/paper-from-page';
import { applyTransition, currentPass } from '../core/reading/reading-state';
import { isRunning } from '../core/reading/timer';
import { readingDatabase } from './reading-database';
import { tabSummary } from './tab-tracking';
import { scheduleTimerAlarms } from './timer-watch';

const LIBRARY_PAGE = 'library/library.html';
const OPEN_LIBRARY = 'open-library';

/**
 * Starts or pauses the timer of the pass the reader is in, for the paper in the active tab. A paper
 * not yet in the library is added and enters pass 1.
 */
export async function toggleCurrentTimer(now = Date.now()): Promise<void> {
  const tab = await browserApi.getActiveTab();
  if (!tab) return;
  const summary = tabSummary(tab);
  const identity = identifyTab(summary);
  if (!identity) return;
  const db = await readingDatabase();
  let paper = await db.findPaper([identity.key]);
  if (!paper) {
    const fresh = paperFromPage(identity, summary.metadata, summary.title, now);
    paper = applyTransition(fresh, { kind: 'in-pass', pass: 1 }, now);
    await db.putPaper(paper);
  }
  const pass = currentPass(paper.state);
  const timer = (await db.getTimers(paper.key)).find((t) => t.pass === pass);
  if (timer && isRunning(timer)) await db.pauseTimer(paper.key, pass, now);
  else await db.startTimer(paper.key, pass, now);
  await scheduleTimerAlarms(now);
}

export function startCommands(): void {
  browserApi.onCommand((command) => {
    if (command === 'toggle-timer') void toggleCurrentTimer();
    if (command === OPEN_LIBRARY) void browserApi.openExtensionPage(LIBRARY_PAGE);
  });
  browserApi.onContextMenuClick((id) => {
    if (id === OPEN_LIBRARY) void browserApi.openExtensionPage(LIBRARY_PAGE);
  });
  browserApi.onInstalled(() => browserApi.createActionMenuItem(OPEN_LIBRARY, 'Open the library'));
}
