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
import {
  noteField,
  noteText,
  samplePaperUrl,
  typeNote,
  waitForGuide,
  waitForPaperStructure,
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
 * Watches every address the browser asks for during a scenario: in Chromium every request of the
 * context (pages, extension pages, service worker) and every document a tab navigates to (a tab
 * may start loading before Playwright attaches to it); in Firefox every connection, through the
 * proxy its profile uses. `stop()` returns the addresses that were neither the paper's site, the
 * loopback sample server, nor the extension's own pages.
 */
function watchNetwork(session: Session): { canary(): Promise<boolean>; stop(): string[] } {
  const { driver } = session;
  const sampleHost = new URL(session.sampleUrl('index')).host;
  if (driver instanceof ChromiumDriver) {
    const { context } = driver;
    const seen: string[] = [];
    const record = (request: Request) => seen.push(request.url());
    const navigated = (frame: Frame) => seen.push(frame.url());
    const watchPage = (page: Page) => page.on('framenavigated', navigated);
    context.on('request', record);
    context.pages().forEach(watchPage);
    context.on('page', watchPage);
    return {
      // The service worker's own fetch of a sample page must be seen.
      canary: async () => {
        const url = `${session.sampleUrl('about')}?from=service-worker`;
        const [worker] = context.serviceWorkers();
        await worker!.evaluate((address) => fetch(address).then((r) => r.status), url);
        await expect.poll(() => seen.includes(url)).toBe(true);
        return true;
      },
      stop: () => {
        context.off('request', record);
        context.off('page', watchPage);
        for (const page of context.pages()) page.off('framenavigated', navigated);
        return seen.filter((url) => {
          const { protocol, host } = new URL(url);
          if (protocol === 'data:' || protocol === 'blob:' || url === 'about:blank') return false;
          if (protocol === 'chrome-extension:')
            return `${protocol}//${host}` !== driver.extensionOrigin;
          return host !== sampleHost;
        });
      },
    };
  }
  const proxy = session.proxy;
  if (!proxy) throw new Error('this Firefox session has no proxy to watch its network');
  const from = proxy.seen.length;
  // An extension page's fetch of an address nobody serves must reach the proxy (which refuses it).
  const canaryUrl = 'http://canary.invalid/from-the-extension';
  return {
    canary: async () => {
      await driver.control.evaluate(
        (address) =>
          fetch(address).then(
            (r) => r.status,
            () => 0,
          ),
        canaryUrl,
      );
      await expect.poll(() => proxy.seen.slice(from).includes(canaryUrl)).toBe(true);
      return true;
    },
    // The sample site is https://arxiv.org, tunnelled as arxiv.org:443.
    stop: () =>
      proxy.seen
        .slice(from)
        .filter((address) => address !== 'arxiv.org:443' && address !== canaryUrl),
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

describe.each(selectedBrowsers())('security in %s', (browserName) => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a whole reading contacts no host but the paper’s site', async () => {
    const { driver } = session;
    const watch = watchNetwork(session);
    const paperTab = await driver.openTab(samplePaperUrl(session));
    const panel = await session.openPanelForTab(paperTab.tabId);
    await waitForGuide(panel);
    await typeNote(panel, 'Category', 'A field study; budgets per pass.');
    await waitForSaveStatus(panel, 'Saved');
    // pdf.js reads the paper's PDF for its checklists: the one fetch the extension makes itself.
    await waitForPaperStructure(panel);
    const library = await driver.openExtensionPage('library/library.html');
    await library.waitForText('body', session.server.paper.title);

    // The watch must see the extension's own fetches too.
    expect(await watch.canary()).toBe(true);
    const elsewhere = watch.stop();

    expect(elsewhere).toEqual([]);
    await library.close();
    await panel.close();
    await paperTab.page.close();
  });

  it('hostile page text and a hostile note stay text in the panel and the library', async () => {
    const { driver } = session;
    const dialogs = driver instanceof ChromiumDriver ? watchDialogs(driver.context) : [];
    // A paper page whose citation tags carry markup, script and a javascript: link.
    const hostile = {
      ...session.server.paper,
      arxivId: '2401.99998',
      title: HOSTILE.title,
      authors: [...HOSTILE.authors],
      abstract: HOSTILE.abstract,
    };
    session.server.addPage(
      '/abs/2401.99998v2',
      abstractPageHtml(hostile).replace(
        '</body>',
        `<a href="javascript:window.${PWNED_FLAG}=1">javascript: link</a></body>`,
      ),
    );
    const { page, tabId } = await driver.openTab(
      new URL('/abs/2401.99998v2', session.sampleUrl('index')).href,
    );
    const panel = await session.openPanelForTab(tabId);
    await waitForGuide(panel);
    await panel.waitForText('.paper-title', 'Markup Titles');
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

    const library = await driver.openExtensionPage('library/library.html');
    await library.waitForText('body', 'Markup Titles');
    // The note shows where a search finds it: as the literal characters typed.
    await library.type('input[type="search"]', 'bold');
    await waitInPage(
      library,
      () => document.body.innerText.includes('<b>bold</b>'),
      undefined,
      'the hostile note in the library',
    );
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
