/**
 * The reader's promises from issue 4, end to end on the built extension: notes keep every
 * character, timers keep every second, two panels agree, and the whole path of a reading is
 * recorded. Each scenario starts its own browser on a fresh profile with the sample paper.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectedBrowsers, startSession, type Session } from './harness/session';
import {
  clickButton,
  noteText,
  samplePaperUrl,
  saveStatus,
  typeNote,
  waitForGuide,
} from './harness/reader-panel';

describe.each(selectedBrowsers())('the reader in %s', (browserName) => {
  let session: Session;

  beforeEach(async () => {
    session = await startSession(browserName);
  });
  afterEach(async () => {
    await session?.close();
  });

  async function openGuide() {
    const { tabId } = await session.driver.openTab(samplePaperUrl(session));
    const panel = await session.openPanelForTab(tabId);
    await waitForGuide(panel);
    return { tabId, panel };
  }

  it('a note typed just before the panel closes is there to the last character', async () => {
    const { tabId, panel } = await openGuide();
    const text = 'A measurement study; see §3 — "tail latency" < 5 ms, naïve & 100% <b>bold</b>?';
    await typeNote(panel, 'Category', text);
    // Still waiting for the quiet time after the last keystroke: only the close can save it.
    const statusAtClose = await saveStatus(panel);
    await panel.close();
    expect(statusAtClose).toBe('Saving…');

    const reopened = await session.openPanelForTab(tabId);
    await waitForGuide(reopened);
    expect(await noteText(reopened, 'Category')).toBe(text);
  });
});
