/// <reference types="chrome" />
/**
 * One browser with our extension plus the local sample site: what every scenario starts from.
 * `startSession('chromium')` in a `beforeAll`, `session.close()` in an `afterAll`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PanelToBackground } from '../../../src/core/messages';
import { makeSelfSignedCertificate } from '../../../scripts/sample/certificate';
import { startSampleServer, type SampleServer } from '../../../scripts/sample/server';
import { findChromium, findFirefox, INSTALL_CHROMIUM_HINT } from './browsers';
import { launchChromiumDriver } from './chromium-driver';
import type { BrowserName, BrowserPage, ExtensionDriver, SampleSite } from './driver';
import { launchFirefoxDriver } from './firefox-driver';

const root = resolve(import.meta.dirname, '../../..');

export interface Session {
  driver: ExtensionDriver;
  server: SampleServer;
  /** True when the browser sees the sample site as https://arxiv.org (content scripts run). */
  arxivMapped: boolean;
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

/** Browsers to run in: E2E_BROWSERS=chromium,firefox; by default Chromium, plus Firefox if found. */
export function selectedBrowsers(env: NodeJS.ProcessEnv = process.env): BrowserName[] {
  if (env.E2E_BROWSERS) {
    return env.E2E_BROWSERS.split(',')
      .map((name) => name.trim())
      .filter((name): name is BrowserName => name === 'chromium' || name === 'firefox');
  }
  return findFirefox(env) ? ['chromium', 'firefox'] : ['chromium'];
}

async function launchDriver(name: BrowserName, site: SampleSite): Promise<ExtensionDriver> {
  if (name === 'firefox') {
    const executablePath = findFirefox();
    if (!executablePath) {
      throw new Error('no Firefox found: install firefox-esr or set FIREFOX_PATH');
    }
    return launchFirefoxDriver({ executablePath, extensionDir: resolve(root, 'dist/firefox') });
  }
  const search = findChromium();
  if (search.kind !== 'found') {
    throw new Error(
      `${search.kind === 'missing' ? search.reason : search.version}: ${INSTALL_CHROMIUM_HINT}`,
    );
  }
  return launchChromiumDriver({
    executablePath: search.path,
    extensionDir: resolve(root, 'dist/chrome'),
    site,
  });
}

export async function startSession(name: BrowserName): Promise<Session> {
  const certDir = mkdtempSync(join(tmpdir(), 'three-pass-cert-'));
  // Chromium can map arxiv.org to the local server; the Firefox driver uses the local origin.
  const certificate = name === 'chromium' ? makeSelfSignedCertificate(certDir) : null;
  const server = await startSampleServer({ certificate });
  const site: SampleSite = certificate
    ? { origin: 'https://arxiv.org', arxivPort: server.port }
    : { origin: server.origin };
  let driver: ExtensionDriver;
  try {
    driver = await launchDriver(name, site);
  } catch (error) {
    await server.close();
    rmSync(certDir, { recursive: true, force: true });
    throw error;
  }
  const request: Session['request'] = (type, payload) =>
    driver.control.evaluate((message) => chrome.runtime.sendMessage(message), {
      type,
      payload,
    }) as never;
  return {
    driver,
    server,
    arxivMapped: certificate !== null,
    sampleUrl: (kind) => site.origin + server.paths[kind],
    request,
    openPanelForTab: (tabId) => driver.openExtensionPage(`panel/sidepanel.html?tabId=${tabId}`),
    close: async () => {
      await driver.close();
      await server.close();
      rmSync(certDir, { recursive: true, force: true });
    },
  };
}
