/// <reference types="chrome" />
/**
 * The Chromium driver: playwright-core drives Debian's Chromium with dist/chrome loaded, headless,
 * in a fresh profile (see ../../../../shared/docs/platform.md, "Chromium for real-browser tests").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Worker,
} from 'playwright-core';
import type { SampleSite } from '../../../scripts/sample/sample-site';
import { chromiumArgs } from './chromium-args';
import type { BrowserPage, ExtensionDriver, OpenedTab } from './driver';

export interface ChromiumLaunch {
  executablePath: string;
  /** An unpacked extension folder (dist/chrome). */
  extensionDir: string;
  site: SampleSite;
  /** A profile folder to start on (a browser restart); a fresh one when absent. */
  profileDir?: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function wrapPlaywrightPage(page: Page): BrowserPage {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    textOf: async (selector) => (await page.locator(selector).first().textContent()) ?? '',
    waitForText: async (selector, text) => {
      await page.locator(selector, { hasText: text }).first().waitFor();
    },
    click: (selector) => page.locator(selector).first().click(),
    type: async (selector, text) => {
      await page.locator(selector).first().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(text);
    },
    press: (key) => page.keyboard.press(key),
    screenshot: () => page.screenshot(),
    close: () => page.close(),
  };
}

export class ChromiumDriver implements ExtensionDriver {
  readonly browserName = 'chromium';
  private cdpBrowser: Browser | undefined;

  constructor(
    /** The Playwright context, for work beyond the driver interface (`npm start -- --screenshot`). */
    readonly context: BrowserContext,
    private readonly controlPage: Page,
    readonly extensionOrigin: string,
    private readonly debuggingPort: number,
    private readonly profileDir: string,
  ) {}

  get control(): BrowserPage {
    return wrapPlaywrightPage(this.controlPage);
  }

  /** The Playwright page behind a tab opened with `openTab` (for screenshots and page-level work). */
  async openPlaywrightTab(url: string): Promise<{ page: Page; tabId: number }> {
    const known = new Set(this.context.pages());
    const tabId = await this.controlPage.evaluate(async (target) => {
      const tab = await chrome.tabs.create({ url: target, active: true });
      return tab.id ?? -1;
    }, url);
    const page = await this.newPageShowing(url, known);
    await page.waitForLoadState('load');
    return { page, tabId };
  }

  /**
   * Matched by address, not by arrival order: the extension (or a restored session) may open tabs
   * of its own meanwhile. `url` must be the final address (no redirect).
   */
  private async newPageShowing(url: string, known: Set<Page>): Promise<Page> {
    const wanted = new URL(url).href;
    for (let attempt = 0; attempt < 600; attempt++) {
      const page = this.context.pages().find((p) => !known.has(p) && p.url() === wanted);
      if (page) return page;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no tab showed ${url}`);
  }

  async openTab(url: string): Promise<OpenedTab> {
    const { page, tabId } = await this.openPlaywrightTab(url);
    return { page: wrapPlaywrightPage(page), tabId };
  }

  async openExtensionPage(path: string): Promise<BrowserPage> {
    return (await this.openTab(`${this.extensionOrigin}/${path}`)).page;
  }

  async activateTab(tabId: number): Promise<void> {
    await this.controlPage.evaluate(async (id) => {
      await chrome.tabs.update(id, { active: true });
    }, tabId);
  }

  async openRealSidePanel(): Promise<BrowserPage> {
    // sidePanel.open needs a user gesture: a Playwright click is trusted, so a button in an
    // extension page whose handler calls it synchronously opens the real panel.
    await this.controlPage.evaluate(async () => {
      const { id: windowId } = await chrome.windows.getCurrent();
      const button = document.createElement('button');
      button.id = 'e2e-open-side-panel';
      button.textContent = 'Open side panel';
      button.addEventListener('click', () => void chrome.sidePanel.open({ windowId: windowId! }));
      document.body.append(button);
    }, undefined);
    await this.controlPage.click('#e2e-open-side-panel');
    // The panel is a CDP target but not one of the context's pages: reach it over CDP.
    this.cdpBrowser ??= await chromium.connectOverCDP(`http://127.0.0.1:${this.debuggingPort}`);
    const panelUrl = `${this.extensionOrigin}/panel/sidepanel.html`;
    for (let attempt = 0; attempt < 100; attempt++) {
      const panel = this.cdpBrowser
        .contexts()
        .flatMap((c) => c.pages())
        .find((p) => p.url() === panelUrl);
      if (panel) return wrapPlaywrightPage(panel);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the side panel did not open');
  }

  async stopBackground(): Promise<void> {
    const session = await this.context.newCDPSession(this.controlPage);
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await session.detach();
  }

  async close(): Promise<void> {
    await this.cdpBrowser?.close().catch(() => undefined);
    await this.context.close().catch(() => undefined);
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const [existing] = context.serviceWorkers();
  return existing ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

export async function launchChromiumDriver(launch: ChromiumLaunch): Promise<ChromiumDriver> {
  const profileDir = launch.profileDir ?? mkdtempSync(join(tmpdir(), 'three-pass-chromium-'));
  const debuggingPort = await freePort();
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: launch.executablePath,
      headless: true,
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 800 },
      args: [
        ...chromiumArgs(launch.extensionDir, launch.site),
        '--disable-gpu',
        `--remote-debugging-port=${debuggingPort}`,
      ],
    });
    const worker = await extensionWorker(context).catch(() => {
      throw new Error(`the extension in ${launch.extensionDir} did not start (no service worker)`);
    });
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    // The first tab becomes the control page: an extension page in the test window.
    const controlPage = context.pages()[0] ?? (await context.newPage());
    await controlPage.goto(`${extensionOrigin}/library/library.html`);
    return new ChromiumDriver(context, controlPage, extensionOrigin, debuggingPort, profileDir);
  } catch (error) {
    await context?.close().catch(() => undefined);
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}
