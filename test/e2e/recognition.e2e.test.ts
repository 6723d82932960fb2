/**
 * Recognition as the reader sees it: the page's own metadata reaches the panel through the
 * background's checks, and the toolbar badge tells, per tab, whether a paper is open and where
 * the reader is with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickButton, waitForGuide } from './harness/reader-panel';
import { selectedBrowsers, startSession, type Session } from './harness/session';

describe.each(selectedBrowsers())('recognition in %s', (browserName) => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  const badgeOf = (tabId: number) =>
    session.driver.control.evaluate(
      (id: number) => chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );

  it("reads the arXiv page's title and authors and hands them to the panel", async (context) => {
    if (!session.arxivMapped) return context.skip('sample site is not served as arxiv.org here');
    const { paper } = session.server;
    const { page, tabId } = await session.driver.openTab(session.sampleUrl('abstract'));
    await expect
      .poll(async () => (await session.request('getTab', { tabId }))?.metadata?.title, {
        timeout: 15_000,
      })
      .toBe(paper.title);
    const metadata = (await session.request('getTab', { tabId }))?.metadata;
    expect(metadata?.authors.map((a) => a.name)).toEqual(paper.authors);
    const panel = await session.openPanelForTab(tabId);
    await panel.waitForText('[data-testid="current-tab"]', paper.authors[0]!);
    await panel.close();
    await page.close();
  });

  it('marks a paper tab, leaves an ordinary page blank, and shows the pass once reading starts', async (context) => {
    if (!session.arxivMapped) return context.skip('sample site is not served as arxiv.org here');
    const ordinary = await session.driver.openTab(session.sampleUrl('index'));
    await expect.poll(() => badgeOf(ordinary.tabId), { timeout: 10_000 }).toBe('');

    const { page, tabId } = await session.driver.openTab(session.sampleUrl('abstract'));
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe('new');

    const panel = await session.openPanelForTab(tabId);
    await waitForGuide(panel);
    await clickButton(panel, 'Start pass 1');
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe('P1');
    await panel.close();
    await page.close();
    await ordinary.page.close();
  });

  it('recognises a PDF tab by its address where no script can read it', async () => {
    const { page, tabId } = await session.driver.openTab(session.sampleUrl('pdfWithSuffix'));
    await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).not.toBe('');
    await page.close();
  });
});
