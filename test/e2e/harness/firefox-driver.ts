/// <reference types="chrome" />
/**
 * The Firefox driver: puppeteer-core drives Firefox ESR headless over WebDriver BiDi and installs
 * dist/firefox as a temporary add-on (see ../../../../shared/docs/platform.md, "Firefox for
 * real-browser tests"). Firefox has no side panel API to open from a test and no service worker
 * to stop, so those two driver methods are absent.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BrowserPage, ExtensionDriver, OpenedTab } from './driver';

export interface FirefoxLaunch {
  executablePath: string;
  /** An unpacked extension folder (dist/firefox). */
  extensionDir: string;
  /** Extra Firefox preferences (e.g. a short event-page idle timeout). */
  prefs?: Record<string, string | number | boolean>;
  /** A profile folder to start on and keep (a browser restart); a throwaway one when absent. */
  profileDir?: string;
  /** The add-on's moz-extension:// UUID, to keep its origin (and storage) across a restart. */
  uuid?: string;
  /** Accept the sample site's throwaway certificate (when it is served as https://arxiv.org). */
  acceptInsecureCerts?: boolean;
}

/** Firefox sends no load event for extension pages, so waits poll the document instead. */
async function waitUntilLoaded(page: Page, url: string): Promise<void> {
  await page.waitForFunction(
    (expected: string) => location.href === expected && document.readyState === 'complete',
    { timeout: 15_000 },
    url,
  );
}

function wrapPuppeteerPage(page: Page): BrowserPage {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    textOf: async (selector) => {
      const handle = await page.waitForSelector(selector);
      return (await handle?.evaluate((element) => element.textContent)) ?? '';
    },
    waitForText: async (selector, text) => {
      await page.waitForFunction(
        (s: string, t: string) => document.querySelector(s)?.textContent?.includes(t) === true,
        {},
        selector,
        text,
      );
    },
    click: (selector) => page.click(selector),
    type: async (selector, text) => {
      await page.click(selector);
      await page.keyboard.down('Control');
      await page.keyboard.press('End');
      await page.keyboard.up('Control');
      await page.keyboard.type(text);
    },
    press: (key) => page.keyboard.press(key as never),
    screenshot: async () => Buffer.from(await page.screenshot()),
    close: () => page.close(),
  };
}

class FirefoxDriver implements ExtensionDriver {
  readonly browserName = 'firefox';

  constructor(
    private readonly browser: Browser,
    private readonly controlPage: Page,
    readonly extensionOrigin: string,
  ) {}

  get control(): BrowserPage {
    return wrapPuppeteerPage(this.controlPage);
  }

  /**
   * The page showing `url`. Extension pages keep `about:blank` as their target URL in Firefox, so
   * pages are asked for their own location.
   */
  private async findPage(url: string): Promise<Page> {
    for (let attempt = 0; attempt < 150; attempt++) {
      for (const page of await this.browser.pages()) {
        if (page === this.controlPage) continue;
        const href = await page.evaluate(() => location.href).catch(() => page.url());
        if (href === url) return page;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no tab showed ${url}`);
  }

  async openTab(url: string): Promise<OpenedTab> {
    const tabId = await this.controlPage.evaluate(async (address: string) => {
      const tab = await chrome.tabs.create({ url: address, active: true });
      return tab.id ?? -1;
    }, url);
    const page = await this.findPage(url);
    await waitUntilLoaded(page, url);
    return { page: wrapPuppeteerPage(page), tabId };
  }

  async openExtensionPage(path: string): Promise<BrowserPage> {
    return (await this.openTab(`${this.extensionOrigin}/${path}`)).page;
  }

  async activateTab(tabId: number): Promise<void> {
    await this.controlPage.evaluate(async (id: number) => {
      await chrome.tabs.update(id, { active: true });
    }, tabId);
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }
}

export async function launchFirefoxDriver(launch: FirefoxLaunch): Promise<ExtensionDriver> {
  const manifest = JSON.parse(readFileSync(join(launch.extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  // A fixed UUID for the add-on, so the test knows its moz-extension:// origin in advance.
  const uuid = launch.uuid ?? randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: launch.executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: launch.acceptInsecureCerts ?? false,
    // Release builds honour the Remote Settings server pref below only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    ...(launch.profileDir ? { userDataDir: launch.profileDir } : {}),
    extraPrefsFirefox: {
      // Firefox's own Remote Settings sync is the browser talking, not the add-on: keep it off the
      // network (as Marionette's recommended prefs do), so a network watch sees only the add-on.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      ...launch.prefs,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    },
  });
  try {
    await browser.installExtension(launch.extensionDir);
    const extensionOrigin = `moz-extension://${uuid}`;
    const controlPage = (await browser.pages())[0] ?? (await browser.newPage());
    const controlUrl = `${extensionOrigin}/library/library.html`;
    // page.goto never resolves for extension pages in Firefox: start it and poll instead.
    void controlPage.goto(controlUrl).catch(() => undefined);
    await waitUntilLoaded(controlPage, controlUrl);
    return new FirefoxDriver(browser, controlPage, extensionOrigin);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}
