/**
 * The reader's promises from issue 4, end to end on the built extension: notes keep every
 * character, timers keep every second, two panels agree, and the whole path of a reading is
 * recorded. Each scenario starts its own browser on a fresh profile with the sample paper.
 * Times are checked against the test's own clock readings around each action: the panel must
 * show the whole seconds of what was really spent, within 1 s.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/core/reading/format-duration';
import type { BrowserPage } from './harness/driver';
import {
  clickButton,
  noteText,
  openGuide,
  readStoredData,
  samplePaperUrl,
  saveStatus,
  sessionTotalMs,
  shownElapsedSeconds,
  shownState,
  theStoredPaper,
  typeNote,
  waitForGuide,
  waitForNote,
  waitForSaveStatus,
  waitInPage,
} from './harness/reader-panel';
import { startIdlingFirefox, type IdlingFirefox } from './harness/idling-firefox';
import { startRestartableChromium, type RestartableChromium } from './harness/restartable-chromium';
import { startRestartableFirefox, type RestartableFirefox } from './harness/restartable-firefox';
import { selectedBrowsers, startSession, type Session } from './harness/session';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The whole seconds shown for a stretch known to lie between `shortestMs` and `longestMs`: right
 * within the 1 s the display may lag behind the clock (it refreshes once a second).
 */
function expectSecondsWithin(shown: number, shortestMs: number, longestMs: number): void {
  expect(shown).toBeGreaterThanOrEqual(Math.floor(shortestMs / 1000) - 1);
  expect(shown).toBeLessThanOrEqual(Math.floor(longestMs / 1000));
}

/** Waits until the shown pass's timer says it runs (or no longer runs). */
function waitForTimerRunning(panel: BrowserPage, running: boolean): Promise<true> {
  return waitInPage(
    panel,
    (want: boolean) => (document.querySelector('.timer-running') !== null) === want,
    running,
    running ? 'the timer to run' : 'the timer to stop',
  );
}

/** The extension's tab id of an extension page open in a tab. */
function ownTabId(page: BrowserPage): Promise<number> {
  return page.evaluate(async () => (await chrome.tabs.getCurrent())?.id ?? -1, undefined);
}

describe.each(selectedBrowsers())('the reader in %s', (browserName) => {
  let session: Session;

  beforeEach(async () => {
    session = await startSession(browserName);
  });
  afterEach(async () => {
    await session?.close();
  });

  it('a note typed just before the panel closes is there to the last character', async () => {
    const { tabId, panel } = await openGuide(session);
    const first = 'A measurement study; see §3 — "tail latency" < 5 ms, naïve & 100% <b>bold</b>?';
    const last = ' Last words, typed as the panel closes.';
    /** Types, then closes the panel at once: still inside the quiet time before a save. */
    const typeAndClose = async (page: BrowserPage, text: string) => {
      await typeNote(page, 'Category', text);
      const statusAtClose = await saveStatus(page);
      await page.close();
      // Nothing was written yet: only the close itself can save these keystrokes.
      expect(statusAtClose).toBe('Saving…');
    };
    // A new note on a paper not in the library yet, then words added to the stored note in a
    // new panel, then in the same panel after a save.
    await typeAndClose(panel, first);
    const { panel: second } = await openGuide(session, tabId);
    expect(await noteText(second, 'Category')).toBe(first);
    await typeAndClose(second, last);
    const { panel: third } = await openGuide(session, tabId);
    expect(await noteText(third, 'Category')).toBe(first + last);
    // Writing for a while, a pause long enough to save, then a last word and the close.
    const saved = ' Saved in between.';
    await typeNote(third, 'Category', saved);
    await waitForSaveStatus(third, 'Saved');
    await typeAndClose(third, ' Final.');
    const { panel: fourth } = await openGuide(session, tabId);
    expect(await noteText(fourth, 'Category')).toBe(first + last + saved + ' Final.');
  });

  it('a running timer shows the right time after the service worker was stopped', async (context) => {
    if (!session.driver.stopBackground) return context.skip('no service worker to stop here');
    const { tabId, panel } = await openGuide(session);
    const beforeStart = Date.now();
    await clickButton(panel, 'Start pass 1');
    await waitForTimerRunning(panel, true);
    const afterStart = Date.now();
    await panel.close();
    await session.driver.stopBackground();
    await sleep(4000);

    const { panel: reopened } = await openGuide(session, tabId);
    await waitForTimerRunning(reopened, true);
    const beforeRead = Date.now();
    const shown = await shownElapsedSeconds(reopened);
    const afterRead = Date.now();
    expectSecondsWithin(shown, beforeRead - afterStart, afterRead - beforeStart);
    expect(shown).toBeGreaterThanOrEqual(4);
  });

  it('two panels on one paper, typing in turn, each see the other’s words and end alike', async () => {
    const { tabId, panel: first } = await openGuide(session);
    const { panel: second } = await openGuide(session, tabId);
    const turns: Array<[BrowserPage, string]> = [
      [first, 'Builds on queueing theory.'],
      [second, ' And on the 2019 field study.'],
      [first, ' Argues with Smith et al.'],
      [second, ' (check §2)'],
    ];
    let expected = '';
    for (const [typist, words] of turns) {
      const reader = typist === first ? second : first;
      // The reader switches to the panel they type in, as between two windows.
      await session.driver.activateTab(await ownTabId(typist));
      await typeNote(typist, 'Context', words);
      expected += words;
      await waitForNote(typist, 'Context', expected);
      await waitForNote(reader, 'Context', expected);
    }
    await waitForSaveStatus(first, 'Saved');
    await waitForSaveStatus(second, 'Saved');
    // Neither page's older text came back, in either panel or in a third one opened now.
    expect(await noteText(first, 'Context')).toBe(expected);
    expect(await noteText(second, 'Context')).toBe(expected);
    const { panel: third } = await openGuide(session, tabId);
    expect(await noteText(third, 'Context')).toBe(expected);
    const { notes } = await readStoredData(session.driver.control);
    expect(notes.filter((n) => n.field === 'context').map((n) => n.text)).toEqual([expected]);
  });

  it('the full path of a reading is recorded: states, notes and the time of each pass, in panel and library', async () => {
    const { tabId, panel } = await openGuide(session);
    const fiveCs: Array<[string, string]> = [
      ['Category', 'A field study of reading habits.'],
      ['Context', 'Keshav 2007; time-budget research.'],
      ['Correctness', 'Assumptions look plausible, n=48 is small.'],
      ['Contributions', 'Measured budgets per pass; a checklist.'],
      ['Clarity', 'Clear, apart from Table 2.'],
    ];
    const moves: Array<{ button: string; state: string; notes: Array<[string, string]> }> = [
      { button: 'Start pass 1', state: "Pass 1: the bird's-eye view", notes: fiveCs },
      {
        button: 'Go on to pass 2',
        state: 'Pass 2: the content',
        notes: [['Key points', 'Budgets help novices most.']],
      },
      {
        button: 'Go on to pass 3',
        state: 'Pass 3: rebuilding the work',
        notes: [['Assumptions challenged', 'Self-reported times may be biased.']],
      },
      { button: 'Mark as done', state: 'Done: all three passes', notes: [] },
    ];
    /** The test's clock around each move: a pass's time lies between these readings. */
    const movedAt: Array<{ before: number; after: number }> = [];
    for (const move of moves) {
      const before = Date.now();
      await clickButton(panel, move.button);
      await waitInPage(
        panel,
        (state: string) =>
          document.querySelector('[data-testid="paper-state"]')?.textContent?.startsWith(state),
        move.state,
        `the state "${move.state}"`,
      );
      // The move is complete once the clocks followed: the new pass's runs, or none after the end.
      await waitForTimerRunning(panel, move.state !== 'Done: all three passes');
      movedAt.push({ before, after: Date.now() });
      for (const [label, text] of move.notes) await typeNote(panel, label, text);
      await sleep(1500); // a little reading time, so each pass has whole seconds to show
    }
    await waitForSaveStatus(panel, 'Saved');
    await panel.close();

    const data = await readStoredData(session.driver.control);
    const paper = await theStoredPaper(session.driver.control);
    expect(paper.state).toEqual({ kind: 'done' });
    expect(paper.history.map((h) => h.state)).toEqual([
      { kind: 'in-pass', pass: 1 },
      { kind: 'in-pass', pass: 2 },
      { kind: 'in-pass', pass: 3 },
      { kind: 'done' },
    ]);
    paper.history.forEach((change, i) => {
      expect(change.at).toBeGreaterThanOrEqual(movedAt[i]!.before);
      expect(change.at).toBeLessThanOrEqual(movedAt[i]!.after);
    });
    expect(data.timers.filter((t) => t.runningSince !== null)).toEqual([]);

    // A fresh panel shows where the reader is, and per pass the notes and the time spent.
    const { panel: reopened } = await openGuide(session, tabId);
    expect(await shownState(reopened)).toBe('Done: all three passes');
    for (const pass of [1, 2, 3] as const) {
      await clickButton(reopened, `Pass ${pass}`);
      const timer = data.timers.find((t) => t.pass === pass)!;
      // Each pass's clock ran from its move in to the next move, to the millisecond.
      expect(timer.accumulatedMs).toBeGreaterThanOrEqual(
        movedAt[pass]!.before - movedAt[pass - 1]!.after,
      );
      expect(timer.accumulatedMs).toBeLessThanOrEqual(
        movedAt[pass]!.after - movedAt[pass - 1]!.before,
      );
      expect(sessionTotalMs(data, paper.key, pass)).toBe(timer.accumulatedMs);
      await waitInPage(
        reopened,
        (seconds: number) => {
          const match = /^(\d+):(\d\d):(\d\d)$/.exec(
            document.querySelector('[data-testid="timer-elapsed"]')?.textContent ?? '',
          );
          return match !== null && +match[1]! * 3600 + +match[2]! * 60 + +match[3]! === seconds;
        },
        Math.floor(timer.accumulatedMs / 1000),
        `pass ${pass} to show its stored time`,
      );
      for (const [label, text] of moves[pass - 1]!.notes) {
        expect(await noteText(reopened, label)).toBe(text);
      }
    }

    // The library lists the paper as done, and its time log holds every recorded stretch.
    const library = await session.driver.openExtensionPage('library/library.html');
    await library.waitForText('[role="option"] .paper-row-state', 'Done: all three passes');
    await library.click('[role="option"]');
    const logged = await waitInPage(
      library,
      () => {
        const rows = [...document.querySelectorAll('table.time-log tbody tr')];
        return rows.length > 0
          ? rows.map((row) => [...row.querySelectorAll('td')].slice(1).map((td) => td.textContent))
          : null;
      },
      undefined,
      'the paper’s time log in the library',
    );
    const recorded = data.sessions.map((s) => [String(s.pass), formatDuration(s.end - s.start)]);
    expect(logged.toSorted()).toEqual(recorded.toSorted());
  });

  it('Enter pressed again and again after "Start pass 1" stays in pass 1', async () => {
    const { panel } = await openGuide(session);
    await clickButton(panel, 'Start pass 1');
    await waitForTimerRunning(panel, true);
    for (let i = 0; i < 5; i++) await panel.press('Enter');
    await sleep(500);
    expect(await shownState(panel)).toBe("Pass 1: the bird's-eye view");
    expect((await theStoredPaper(panel)).state).toEqual({ kind: 'in-pass', pass: 1 });
    await panel.close();
  });

  it('an arXiv PDF tab shows the paper’s title, an author and its headings with no click', async (context) => {
    if (!session.arxivMapped) return context.skip('sample site is not served as arxiv.org here');
    const { paper } = session.server;
    const { page, tabId } = await session.driver.openTab(session.sampleUrl('pdf'));
    const panel = await session.openPanelForTab(tabId);
    // Title and authors from the abstract page, headings from the PDF: nothing clicked.
    await panel.waitForText('.paper-title', paper.title);
    await panel.waitForText('.paper-authors', paper.authors[0]!);
    await panel.waitForText('.checklist', paper.sections[1]!.heading);
    await panel.close();
    await page.close();
  });
});

describe('the reader with an event page that idles in firefox', () => {
  let browser: IdlingFirefox;

  beforeEach(async (context) => {
    if (!selectedBrowsers().includes('firefox')) return context.skip('Firefox not selected');
    browser = await startIdlingFirefox(1000);
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('a running timer shows the right time after the event page was unloaded', async () => {
    const { tabId } = await browser.driver.openTab(browser.sample.url('pdfWithSuffix'));
    const panelPath = `panel/sidepanel.html?tabId=${tabId}`;
    const panel = await browser.driver.openExtensionPage(panelPath);
    await waitForGuide(panel);
    const beforeStart = Date.now();
    await clickButton(panel, 'Start pass 1');
    await waitForTimerRunning(panel, true);
    const afterStart = Date.now();
    await panel.close();
    await expect.poll(() => browser.backgroundLoaded(), { timeout: 15_000 }).toBe(false);
    await sleep(3000);

    const reopened = await browser.driver.openExtensionPage(panelPath);
    await waitForGuide(reopened);
    await waitForTimerRunning(reopened, true);
    const beforeRead = Date.now();
    const shown = await shownElapsedSeconds(reopened);
    const afterRead = Date.now();
    expectSecondsWithin(shown, beforeRead - afterStart, afterRead - beforeStart);
    expect(shown).toBeGreaterThanOrEqual(3);
  });
});

const restartable = { chromium: startRestartableChromium, firefox: startRestartableFirefox };

describe.each(selectedBrowsers())('the reader across a browser restart in %s', (browserName) => {
  let browser: RestartableChromium | RestartableFirefox;

  beforeEach(async () => {
    browser = await restartable[browserName]();
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('keeps notes, state and the timer settled to its last heartbeat, and says so', async () => {
    const paperUrl = samplePaperUrl({
      arxivMapped: browser.sample.site.arxivPort !== undefined,
      sampleUrl: browser.sample.url,
    });
    const { tabId } = await browser.driver.openTab(paperUrl);
    const panel = await browser.driver.openExtensionPage(`panel/sidepanel.html?tabId=${tabId}`);
    await waitForGuide(panel);
    await clickButton(panel, 'Start pass 1');
    await waitForTimerRunning(panel, true);
    const stored = 'Written before the restart.';
    await typeNote(panel, 'Clarity', stored);
    await waitForSaveStatus(panel, 'Saved');
    await sleep(2500);
    // The extension's last sign of life before the quit: the settled time may not be less.
    const before = await readStoredData(browser.driver.control);
    const running = before.timers.find((t) => t.runningSince !== null)!;
    expect(running).toBeDefined();
    const lastSeenBefore = running.lastSeenAlive!;
    const typedAtQuit = ' And a last line typed as the browser quits.';
    await typeNote(panel, 'Clarity', typedAtQuit);
    const quitAt = Date.now();

    const driver = await browser.restart();
    const { tabId: againTabId } = await driver.openTab(paperUrl);
    const reopened = await driver.openExtensionPage(`panel/sidepanel.html?tabId=${againTabId}`);
    await waitForGuide(reopened);
    expect(await shownState(reopened)).toBe("Pass 1: the bird's-eye view");
    expect(await noteText(reopened, 'Clarity')).toBe(stored + typedAtQuit);

    // Settled, not still running: the time while the browser was closed does not count.
    await waitInPage(
      reopened,
      () => document.querySelector('.settled-notice')?.textContent,
      undefined,
      'the notice that a timer was settled',
    );
    const after = await readStoredData(driver.control);
    const timer = after.timers.find((t) => t.pass === 1)!;
    expect(timer.runningSince).toBeNull();
    expect(timer.accumulatedMs).toBeGreaterThanOrEqual(lastSeenBefore - running.runningSince!);
    expect(timer.accumulatedMs).toBeLessThanOrEqual(quitAt - running.runningSince!);
    const settled = after.sessions.filter((s) => s.settled);
    expect(settled).toHaveLength(1);
    expect(settled[0]!.end - settled[0]!.start).toBe(timer.accumulatedMs);
    const notice = await reopened.textOf('.settled-notice');
    expect(notice).toContain('Your pass 1 timer was still running when the browser closed.');
    expect(await shownElapsedSeconds(reopened)).toBe(Math.floor(timer.accumulatedMs / 1000));
    await waitForTimerRunning(reopened, false);
  });
});
