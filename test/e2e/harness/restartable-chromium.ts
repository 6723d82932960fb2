/**
 * Chromium on a profile that outlives the browser: quit it (as a reader closing the browser) and
 * launch it again on the same profile, with the same extension and sample site. For scenarios
 * about what survives a browser restart; Firefox's driver starts on a fresh profile each time.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSampleSite, type RunningSampleSite } from '../../../scripts/sample/sample-site';
import { findChromium, INSTALL_CHROMIUM_HINT } from './browsers';
import { launchChromiumDriver, type ChromiumDriver, type ChromiumLaunch } from './chromium-driver';

const root = resolve(import.meta.dirname, '../../..');

export interface RestartableChromium {
  /** The browser running now (a new one after each restart). */
  readonly driver: ChromiumDriver;
  readonly sample: RunningSampleSite;
  /** Closes the browser, keeping its profile, and launches a new one on it. */
  restart(): Promise<ChromiumDriver>;
  /** Closes the browser and the sample site and removes the profile. */
  close(): Promise<void>;
}

export async function startRestartableChromium(): Promise<RestartableChromium> {
  const search = findChromium();
  if (search.kind !== 'found') {
    const why = search.kind === 'missing' ? search.reason : `${search.version} cannot load it`;
    throw new Error(`${why}: ${INSTALL_CHROMIUM_HINT}`);
  }
  const sample = await startSampleSite({ asArxiv: true });
  const launch: ChromiumLaunch = {
    executablePath: search.path,
    extensionDir: resolve(root, 'dist/chrome'),
    site: sample.site,
    profileDir: mkdtempSync(join(tmpdir(), 'three-pass-restart-')),
  };
  let driver: ChromiumDriver;
  try {
    driver = await launchChromiumDriver(launch);
  } catch (error) {
    await sample.close();
    throw error;
  }
  return {
    get driver() {
      return driver;
    },
    sample,
    async restart() {
      // The context's close quits the browser; the profile folder stays for the next launch.
      await driver.context.close();
      driver = await launchChromiumDriver(launch);
      return driver;
    },
    async close() {
      await driver.close(); // also removes the profile folder
      await sample.close();
    },
  };
}
