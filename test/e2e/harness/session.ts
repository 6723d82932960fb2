/// <reference types="chrome" />
/**
 * One browser with our extension plus the local sample site: what every scenario starts from.
 * `startSession('chromium')` in a `beforeAll`, `session.close()` in an `afterAll`.
 */
import { resolve } from 'node:path';
import type { PanelToBackground } from '../../../src/core/messages';
import { startSampleSite, type SampleSite } from '../../../scripts/sample/sample-site';
import type { SampleServer } from '../../../scripts/sample/server';
import { findChromium, findFirefox, INSTALL_CHROMIUM_HINT } from './browsers';
import { startArxivProxy, type ArxivProxy } from './arxiv-proxy';
import { launchChromiumDriver } from './chromium-driver';
import type { BrowserName, BrowserPage, ExtensionDriver } from './driver';

export { selectedBrowsers } from './browsers';
import { launchFirefoxDriver } from './firefox-driver';

const root = resolve(import.meta.dirname, '../../..');

export interface Session {
  driver: ExtensionDriver;
  server: SampleServer;
  /** True when the browser sees the sample site as https://arxiv.org (content scripts run). */
  arxivMapped: boolean;
  /** Firefox: the proxy every connection of the browser goes through (its network watch). */
  proxy?: ArxivProxy;
  /** Browser-side URL of a sample document. */
  sampleUrl(kind: keyof SampleServer['paths']): string;
  /** Sends a panel-to-background message from an extension page, as the panel does. */
  request<K extends keyof PanelToBackground>(
    type: K,
    payload: PanelToBackground[K]['request'],
  ): Promise<PanelToBackground[K]['response']>;
  /** The panel page opened in a tab for tab `tabId` (its documented `?tabId=` test hook). */
  openPanelForTab(tabId: number): Promise<BrowserPage>;
  close(): Promise<void>;
}

async function launchDriver(
  name: BrowserName,
  site: SampleSite,
  proxy: ArxivProxy | undefined,
): Promise<ExtensionDriver> {
  if (name === 'firefox') {
    const executablePath = findFirefox();
    if (!executablePath)
      throw new Error('no Firefox found: install firefox-esr or set FIREFOX_PATH');
    return launchFirefoxDriver({
      executablePath,
      extensionDir: resolve(root, 'dist/firefox'),
      prefs: proxy?.firefoxPrefs(),
      acceptInsecureCerts: proxy !== undefined,
    });
  }
  const search = findChromium();
  if (search.kind !== 'found') {
    const why = search.kind === 'missing' ? search.reason : `${search.version} cannot load it`;
    throw new Error(`${why}: ${INSTALL_CHROMIUM_HINT}`);
  }
  return launchChromiumDriver({
    executablePath: search.path,
    extensionDir: resolve(root, 'dist/chrome'),
    site,
  });
}

/** Firefox reaches arxiv.org through a local proxy (Chromium maps the host name instead). */
export async function proxyFor(
  name: BrowserName,
  site: SampleSite,
): Promise<ArxivProxy | undefined> {
  if (name !== 'firefox' || site.arxivPort === undefined) return undefined;
  return startArxivProxy(site.arxivPort);
}

export async function startSession(name: BrowserName): Promise<Session> {
  const sample = await startSampleSite({ asArxiv: true });
  let proxy: ArxivProxy | undefined;
  let driver: ExtensionDriver;
  try {
    proxy = await proxyFor(name, sample.site);
    driver = await launchDriver(name, sample.site, proxy);
  } catch (error) {
    await proxy?.close();
    await sample.close();
    throw error;
  }
  const request: Session['request'] = (type, payload) =>
    driver.control.evaluate((message) => chrome.runtime.sendMessage(message), {
      type,
      payload,
    }) as never;
  return {
    driver,
    server: sample.server,
    arxivMapped: sample.site.arxivPort !== undefined,
    proxy,
    sampleUrl: sample.url,
    request,
    openPanelForTab: (tabId) => driver.openExtensionPage(`panel/sidepanel.html?tabId=${tabId}`),
    close: async () => {
      await driver.close();
      await proxy?.close();
      await sample.close();
    },
  };
}
