/**
 * The foundation: the extension loads, its background answers, it sees a paper tab, and the panel
 * shows the tab it serves and follows tab switches. Runs once per selected browser.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { versionedId } from '../../scripts/sample/paper';
import { ABOUT_TITLE, INDEX_TITLE } from '../../scripts/sample/server';
import { selectedBrowsers, startSession, type Session } from './harness/session';

/** Whatever the panel shows for its tab (a paper or "not a paper") sits inside this element. */
const CURRENT_TAB = '[data-testid="current-tab"]';
const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

describe.each(selectedBrowsers())('foundation in %s', (browserName) => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads the extension: its library page renders', async () => {
    const library = await session.driver.openExtensionPage('library/library.html');
    // The heading is rendered by the page's script, so it proves the bundle ran.
    expect(await library.textOf('h1')).toMatch(/library/i);
    await library.close();
  });

  it('background answers a ping from an extension page with the extension version', async () => {
    expect(await session.request('ping', {})).toEqual({ ok: true, version: manifest.version });
  });

  it('background sees a sample paper tab with its URL and title', async () => {
    const { paper } = session.server;
    const { page, tabId } = await session.driver.openTab(session.sampleUrl('abstract'));
    expect(await session.request('getTab', { tabId })).toMatchObject({
      tabId,
      url: session.sampleUrl('abstract'),
      title: `[${versionedId(paper)}] ${paper.title}`,
    });
    await page.close();
  });

  it('panel page opened for a tab shows that tab’s title and URL', async () => {
    const { page, tabId } = await session.driver.openTab(session.sampleUrl('index'));
    // Opened after the tab, so it is the active one: the panel must still serve the tab it names.
    const panel = await session.openPanelForTab(tabId);
    await panel.waitForText(CURRENT_TAB, INDEX_TITLE);
    expect(await panel.textOf(CURRENT_TAB)).toContain(session.sampleUrl('index'));
    await panel.close();
    await page.close();
  });

  it('real side panel follows the active tab', async (context) => {
    const { driver } = session;
    if (!driver.openRealSidePanel) return context.skip('no side panel API to drive here');
    const first = await driver.openTab(session.sampleUrl('index'));
    const second = await driver.openTab(session.sampleUrl('about'));
    const panel = await driver.openRealSidePanel();
    await panel.waitForText(CURRENT_TAB, ABOUT_TITLE);
    await driver.activateTab(first.tabId);
    await panel.waitForText(CURRENT_TAB, INDEX_TITLE);
    await driver.activateTab(second.tabId);
    await panel.waitForText(CURRENT_TAB, ABOUT_TITLE);
    await first.page.close();
    await second.page.close();
  });

  it('a PDF served without .pdf is reported as application/pdf', async (context) => {
    // Needs the content script in the PDF tab: Firefox runs none in its PDF viewer (its PDF tabs
    // are recognised by address, see recognition.e2e.test.ts).
    if (session.driver.browserName === 'firefox')
      return context.skip('Firefox runs no content script in its PDF viewer');
    const { page, tabId } = await session.driver.openTab(session.sampleUrl('pdf'));
    await expect
      .poll(async () => (await session.request('getTab', { tabId }))?.contentType, {
        timeout: 15_000,
      })
      .toBe('application/pdf');
    await page.close();
  });

  it('background answers again after its service worker was stopped', async (context) => {
    const { driver } = session;
    if (!driver.stopBackground) return context.skip('no service worker to stop here');
    const { page, tabId } = await driver.openTab(session.sampleUrl('abstract'));
    await driver.stopBackground();
    expect(await session.request('getTab', { tabId })).toMatchObject({
      url: session.sampleUrl('abstract'),
    });
    await page.close();
  });
});
