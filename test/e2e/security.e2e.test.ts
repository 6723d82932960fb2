/**
 * The security promises of SECURITY.md, in real browsers on the built extension:
 * - nothing leaves the machine but the fetch of the paper being read (every request of every
 *   page, extension page and the service worker is watched during a whole reading);
 * - page text and notes stay text in the panel and the library (hostile title, authors, abstract
 *   and note: no element made from them, no dialog, no script run);
 * - a web page cannot talk to the background.
 */
import type { BrowserContext, Frame, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abstractPageHtml } from '../../scripts/sample/abstract-page';
import { HOSTILE, PWNED_FLAG } from '../fixtures/hostile-text';
import { ChromiumDriver } from './harness/chromium-driver';
import type { BrowserPage } from './harness/driver';
import {
  clickButton,
  noteField,
  noteText,
  samplePaperUrl,
  typeNote,
  waitForGuide,
  waitForSaveStatus,
  waitInPage,
} from './harness/reader-panel';
import { selectedBrowsers, startSession, type Session } from './harness/session';

/** What a page's document shows as text and what elements it holds that page text could make. */
function inertnessReport(flag: string) {
  return {
    pwned: (window as unknown as Record<string, unknown>)[flag] !== undefined,
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    ).length,
    text: document.body.innerText,
  };
}

/**
 * Watches every request the browser context makes (pages, extension pages, service worker) and
 * every document any tab navigates to: a tab the extension opens may start loading before
 * Playwright attaches to it, and its navigation is caught when it commits.
 */
function watchRequests(context: BrowserContext): { seen: string[]; stop(): void } {
  const seen: string[] = [];
  const record = (request: Request) => seen.push(request.url());
  const navigated = (frame: Frame) => seen.push(frame.url());
  const watchPage = (page: Page) => page.on('framenavigated', navigated);
  context.on('request', record);
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return {
    seen,
    stop: () => {
      context.off('request', record);
      context.off('page', watchPage);
      for (const page of context.pages()) page.off('framenavigated', navigated);
    },
  };
}

/** Every dialog (alert, confirm, prompt) any page of the context opens. */
function watchDialogs(context: BrowserContext): string[] {
  const dialogs: string[] = [];
  const watch = (page: Page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  return dialogs;
}

/** The library tab the panel's "Open library" button opens. */
async function openLibraryFromPanel(context: BrowserContext, panel: BrowserPage): Promise<Page> {
  const [library] = await Promise.all([
    context.waitForEvent('page', { predicate: (p) => p.url().includes('/library/library.html') }),
    clickButton(panel, 'Open library'),
  ]);
  await library.waitForLoadState('load');
  return library;
}

describe.each(selectedBrowsers())('security in %s', (browserName) => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a whole reading contacts no host but the paper’s site', async (context) => {
    const { driver } = session;
    if (!(driver instanceof ChromiumDriver)) {
      return context.skip('requests of every page and worker are watched through Playwright');
    }
    const watch = watchRequests(driver.context);
    const { page, tabId } = await driver.openPlaywrightTab(session.sampleUrl('index'));
    await page.goto(samplePaperUrl(session));
    const panel = await session.openPanelForTab(tabId);
    await waitForGuide(panel);
    // pdf.js reads the paper's PDF for its checklists (by itself: the extension may read arXiv),
    // the one fetch the extension makes itself.
    await expect
      .poll(() => watch.seen.some((url) => url.startsWith(session.sampleUrl('index') + 'pdf/')), {
        timeout: 15_000,
      })
      .toBe(true);
    await clickButton(panel, 'Start pass 1');
    await typeNote(panel, 'Category', 'A field study; budgets per pass.');
    await waitForSaveStatus(panel, 'Saved');
    const library = await openLibraryFromPanel(driver.context, panel);
    await library.getByText(session.server.paper.title).first().waitFor();
    await library.waitForLoadState('networkidle');

    // The watch must see the service worker's own fetches too: it makes one to the sample site.
    const [worker] = driver.context.serviceWorkers();
    const canary = `${session.sampleUrl('about')}?from=service-worker`;
    await worker!.evaluate((url) => fetch(url).then((r) => r.status), canary);
    await expect.poll(() => watch.seen.includes(canary)).toBe(true);
    watch.stop();

    const allowed = new Set([new URL(session.sampleUrl('index')).host]);
    const elsewhere = watch.seen.filter((url) => {
      const { protocol, host } = new URL(url);
      if (protocol === 'data:' || protocol === 'blob:') return false;
      if (protocol === 'chrome-extension:')
        return `${protocol}//${host}` !== driver.extensionOrigin;
      return !allowed.has(host);
    });
    expect(elsewhere).toEqual([]);
    // The reading really went through the paper's site and our own pages.
    expect(watch.seen.some((url) => url.startsWith(session.sampleUrl('abstract')))).toBe(true);
    expect(watch.seen.some((url) => url.startsWith(driver.extensionOrigin))).toBe(true);
    await library.close();
    await panel.close();
    await page.close();
  });

  it('hostile page text and a hostile note stay text in the panel and the library', async (context) => {
    const { driver } = session;
    if (!(driver instanceof ChromiumDriver) || !session.arxivMapped) {
      return context.skip('the hostile page is served as arxiv.org, which only Chromium can map');
    }
    const dialogs = watchDialogs(driver.context);
    // A paper page whose citation tags carry markup, script and a javascript: link.
    const hostile = {
      ...session.server.paper,
      arxivId: '2401.99998',
      title: HOSTILE.title,
      authors: [...HOSTILE.authors],
      abstract: HOSTILE.abstract,
    };
    const pageHtml = abstractPageHtml(hostile).replace(
      '</body>',
      `<a href="javascript:window.${PWNED_FLAG}=1">javascript: link</a></body>`,
    );
    await driver.context.route(/^https:\/\/arxiv\.org\/abs\/2401\.99998/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pageHtml }),
    );
    // Routes apply to navigations Playwright sees from their start: the tab navigates there itself.
    const { page, tabId } = await driver.openPlaywrightTab(session.sampleUrl('index'));
    await page.goto('https://arxiv.org/abs/2401.99998v2');
    const panel = await session.openPanelForTab(tabId);
    await waitForGuide(panel);
    await panel.waitForText('.paper-title', 'Markup Titles');
    await clickButton(panel, 'Start pass 1');
    const category = await noteField(panel, 'Category');
    await typeNote(panel, 'Category', HOSTILE.note);
    await waitForSaveStatus(panel, 'Saved');

    const inPanel = await panel.evaluate(inertnessReport, PWNED_FLAG);
    expect(inPanel).toMatchObject({ pwned: false, images: 0, scripts: 0, javascriptLinks: 0 });
    expect(inPanel.handlers).toBe(0);
    // The page's markup was removed at the boundary; its words are shown as plain text.
    expect(inPanel.text).toContain('Attack of the');
    expect(inPanel.text).toContain('Eve Mallory');
    expect(inPanel.text).not.toContain('onerror');
    // The note is the reader's own text: kept exactly as typed, characters and all.
    expect(
      await panel.evaluate((s) => document.querySelector<HTMLTextAreaElement>(s)!.value, category),
    ).toBe(HOSTILE.note);

    const library = await openLibraryFromPanel(driver.context, panel);
    await library.getByText('Markup Titles').first().waitFor();
    // The note shows where a search finds it: as the literal characters typed.
    await library.getByRole('searchbox').first().fill('bold');
    await library.waitForFunction(() => document.body.innerText.includes('<b>bold</b>'));
    const inLibrary = await library.evaluate(inertnessReport, PWNED_FLAG);
    expect(inLibrary).toMatchObject({ pwned: false, images: 0, scripts: 0, javascriptLinks: 0 });
    expect(inLibrary.handlers).toBe(0);
    expect(inLibrary.text).toContain('<b>bold</b>');

    // The hostile page itself showed its strings escaped (the sample escapes them) and ran none.
    const onPage = await page.evaluate(
      (flag) => (window as unknown as Record<string, unknown>)[flag] !== undefined,
      PWNED_FLAG,
    );
    expect(onPage).toBe(false);
    expect(dialogs).toEqual([]);
    await library.close();
    await panel.close();
    await page.close();
    await driver.context.unrouteAll();
  });

  it('a note holding HTML and script stays text in the panel and the library', async () => {
    const { driver } = session;
    const { page, tabId } = await driver.openTab(samplePaperUrl(session));
    const panel = await session.openPanelForTab(tabId);
    await waitForGuide(panel);
    await typeNote(panel, 'Context', HOSTILE.note);
    await waitForSaveStatus(panel, 'Saved');
    expect(await noteText(panel, 'Context')).toBe(HOSTILE.note);
    const inPanel = await panel.evaluate(inertnessReport, PWNED_FLAG);
    expect(inPanel).toMatchObject({ pwned: false, images: 0, scripts: 0, javascriptLinks: 0 });
    expect(inPanel.handlers).toBe(0);

    // The library shows the note where a search finds it, as the characters typed.
    const library = await driver.openExtensionPage('library/library.html');
    await library.type('input[type="search"]', 'bold');
    await waitInPage(
      library,
      () => document.body.innerText.includes('<b>bold</b>'),
      undefined,
      'the note in the library',
    );
    const inLibrary = await library.evaluate(inertnessReport, PWNED_FLAG);
    expect(inLibrary).toMatchObject({ pwned: false, images: 0, scripts: 0, javascriptLinks: 0 });
    expect(inLibrary.handlers).toBe(0);
    await library.close();
    await panel.close();
    await page.close();
  });

  it('a web page cannot reach the background by posting messages', async () => {
    const { driver } = session;
    const { page, tabId } = await driver.openTab(session.sampleUrl('index'));
    const extensionId = new URL(driver.extensionOrigin).host;
    const forged = {
      type: 'pageReport',
      payload: {
        url: session.sampleUrl('index'),
        title: 'Forged by the page',
        contentType: 'text/html',
        metadata: { isPaper: true, title: 'Forged by the page', authors: [], unreadable: [] },
      },
    };
    const answers = await page.evaluate(
      async ({ id, message }) => {
        window.postMessage(message, '*');
        window.postMessage({ ...message, type: 'readPage', payload: { tabId: 1 } }, '*');
        const runtime = (globalThis as { chrome?: { runtime?: typeof chrome.runtime } }).chrome
          ?.runtime;
        if (typeof runtime?.sendMessage !== 'function') return 'no runtime.sendMessage';
        try {
          const answer = await Promise.race([
            runtime.sendMessage(id, message),
            new Promise((resolve) => setTimeout(() => resolve('no answer'), 2_000)),
          ]);
          return `answered: ${JSON.stringify(answer)}`;
        } catch (error) {
          return `refused: ${String(error)}`;
        }
      },
      { id: extensionId, message: forged },
    );
    // No answer with content: at most the page is told nothing is listening.
    expect(answers).not.toMatch(/^answered: [[{]/);
    // The background still knows the tab by what the browser says, not by the forged report.
    const tab = await session.request('getTab', { tabId });
    expect(tab?.title).not.toContain('Forged');
    expect(tab?.metadata?.title).not.toBe('Forged by the page');
    const panel = await session.openPanelForTab(tabId);
    await panel.waitForText('[data-testid="current-tab"]', session.sampleUrl('index'));
    expect(await panel.textOf('[data-testid="current-tab"]')).not.toContain('Forged');
    await panel.close();
    await page.close();
  });
});
