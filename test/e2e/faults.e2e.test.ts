/**
 * The fault matrix of issue 7: storage that fails, a flood of timer toggles, and a newer schema
 * arriving from another tab. Each row checks what the reader sees and what is stored afterwards,
 * to the character and to the millisecond. Each scenario starts a browser on a fresh profile.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UPGRADE_STEPS } from '../../src/adapters/database';
import type { BrowserPage } from './harness/driver';
import {
  clickButton,
  noteText,
  openGuide,
  readStoredData,
  sessionTotalMs,
  shownElapsedSeconds,
  theStoredPaper,
  typeNote,
  waitForSaveStatus,
  waitInPage,
} from './harness/reader-panel';
import { selectedBrowsers, startSession, type Session } from './harness/session';

const TOGGLES = 1000;

/** Makes every IndexedDB put in the page fail as a full disk does, until `allowWrites`. */
function failWritesWithQuota(panel: BrowserPage): Promise<void> {
  return panel.evaluate(() => {
    const original = IDBObjectStore.prototype.put;
    const failing = function put(this: IDBObjectStore): IDBRequest<IDBValidKey> {
      throw new DOMException('Simulated: the disk is full', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = failing;
    (globalThis as { allowWrites?: () => void }).allowWrites = () => {
      IDBObjectStore.prototype.put = original;
    };
  }, undefined);
}

function allowWrites(panel: BrowserPage): Promise<void> {
  return panel.evaluate(
    () => (globalThis as { allowWrites?: () => void }).allowWrites?.(),
    undefined,
  );
}

describe.each(selectedBrowsers())('faults in %s', (browserName) => {
  let session: Session;

  beforeEach(async () => {
    session = await startSession(browserName);
  });
  afterEach(async () => {
    await session?.close();
  });

  it('a write refused for lack of space is shown, the text stays, and it is stored once space returns', async () => {
    const { tabId, panel } = await openGuide(session);
    const first = 'Stored while there was room.';
    await typeNote(panel, 'Category', first);
    await waitForSaveStatus(panel, 'Saved');

    await failWritesWithQuota(panel);
    const more = ' Typed while the disk was full: every word must survive.';
    await typeNote(panel, 'Category', more);
    const failure = await waitForSaveStatus(panel, 'Not saved:');
    expect(failure).toContain('no room left');
    expect(failure).toContain('Your text is kept here and saving is retried.');
    expect(await noteText(panel, 'Category')).toBe(first + more);
    expect((await readStoredData(session.driver.control)).notes.map((n) => n.text)).toEqual([
      first,
    ]);

    await allowWrites(panel);
    // No keystroke needed: the retry stores it.
    await waitForSaveStatus(panel, 'Saved');
    expect((await readStoredData(session.driver.control)).notes.map((n) => n.text)).toEqual([
      first + more,
    ]);
    await panel.close();
    const { panel: reopened } = await openGuide(session, tabId);
    expect(await noteText(reopened, 'Category')).toBe(first + more);
  });

  it(`${TOGGLES} rapid start/pause toggles leave one consistent timer whose sessions add up`, async () => {
    const { panel } = await openGuide(session);
    const startedAt = Date.now();
    await clickButton(panel, 'Start pass 1');
    await waitInPage(
      panel,
      () => document.querySelector('.timer-running') !== null,
      undefined,
      'the timer to run',
    );
    // The clicked button keeps the focus as it turns from "Pause timer" to "Resume timer" and back.
    await clickButton(panel, 'Pause timer');
    for (let i = 1; i < TOGGLES; i++) await panel.press('Enter');

    // Let every queued move land: the stored timers stop changing.
    let previous = '';
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 750));
      const now = JSON.stringify((await readStoredData(session.driver.control)).timers);
      if (now === previous) break;
      previous = now;
    }
    const settled = await readStoredData(session.driver.control);
    expect(settled.timers).toHaveLength(1);
    expect(settled.timers.filter((t) => t.runningSince !== null).length).toBeLessThanOrEqual(1);
    // What the panel shows agrees with what is stored.
    const storedRunning = settled.timers[0]!.runningSince !== null;
    await waitInPage(
      panel,
      (running: boolean) => (document.querySelector('.timer-running') !== null) === running,
      storedRunning,
      'the panel to agree with the stored timer',
    );
    if (storedRunning) await clickButton(panel, 'Pause timer');
    await clickButton(panel, 'Pass 1'); // moves focus off the timer; nothing else changes
    const stoppedAt = Date.now();
    await waitInPage(
      panel,
      () => document.querySelector('.timer-running') === null,
      undefined,
      'the timer to stop',
    );

    const data = await readStoredData(session.driver.control);
    const paper = await theStoredPaper(session.driver.control);
    const [timer] = data.timers;
    expect(timer!.runningSince).toBeNull();
    expect(sessionTotalMs(data, paper.key, 1)).toBe(timer!.accumulatedMs);
    // The keystrokes reached the timer: it ran and stopped many times, not once.
    expect(data.sessions.length).toBeGreaterThan(2);
    expect(timer!.accumulatedMs).toBeLessThanOrEqual(stoppedAt - startedAt);
    // Sessions never overlap: one clock, one stretch at a time.
    const sessions = data.sessions.toSorted((a, b) => a.start - b.start);
    sessions.slice(1).forEach((s, i) => expect(s.start).toBeGreaterThanOrEqual(sessions[i]!.end));
    expect(await shownElapsedSeconds(panel)).toBe(Math.floor(timer!.accumulatedMs / 1000));
  }, 150_000); // a thousand real keystrokes take ~40 s over WebDriver BiDi

  it('a newer version of the database opened in another tab: the panel says so and keeps the text', async () => {
    const { panel } = await openGuide(session);
    const before = 'Written before the upgrade.';
    await typeNote(panel, 'Contributions', before);
    await waitForSaveStatus(panel, 'Saved');

    // Another extension page upgrades the database, as a newer extension version would.
    const upgraded = await session.driver.control.evaluate(
      (newerVersion: number) =>
        new Promise<{ version: number; stores: string[] }>((resolve, reject) => {
          const request = indexedDB.open('three-pass-reader', newerVersion);
          request.onupgradeneeded = () => request.result.createObjectStore('fromANewerVersion');
          request.onblocked = () => reject(new Error('the open panel blocked the upgrade'));
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            resolve({ version: db.version, stores: [...db.objectStoreNames] });
            db.close();
          };
        }),
      UPGRADE_STEPS.length + 1,
    );
    // The panel stepped aside (it did not block the upgrade) and the upgrade kept every store.
    expect(upgraded.version).toBe(UPGRADE_STEPS.length + 1);
    expect(upgraded.stores).toEqual(expect.arrayContaining(['papers', 'reading']));

    const after = ' Typed after it.';
    await typeNote(panel, 'Contributions', after);
    const failure = await waitForSaveStatus(panel, 'Not saved:');
    expect(failure).toContain('newer version of the extension');
    expect(await noteText(panel, 'Contributions')).toBe(before + after);
    const { notes } = await readStoredData(session.driver.control);
    expect(notes.map((n) => n.text)).toEqual([before]);
  });
});
