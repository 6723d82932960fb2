/**
 * Firefox on a profile that outlives the browser: quit it and launch it again on the same profile,
 * with the add-on installed again under the same moz-extension:// UUID, so its origin and its
 * IndexedDB are the ones from before (as for a reader whose add-on stays installed).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSampleSite, type RunningSampleSite } from '../../../scripts/sample/sample-site';
import { findFirefox } from './browsers';
import type { ExtensionDriver } from './driver';
import { launchFirefoxDriver, type FirefoxLaunch } from './firefox-driver';

const root = resolve(import.meta.dirname, '../../..');

export interface RestartableFirefox {
  readonly driver: ExtensionDriver;
  readonly sample: RunningSampleSite;
  restart(): Promise<ExtensionDriver>;
  close(): Promise<void>;
}

export async function startRestartableFirefox(): Promise<RestartableFirefox> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('no Firefox found: install firefox-esr or set FIREFOX_PATH');
  const sample = await startSampleSite({ asArxiv: false });
  const profileDir = mkdtempSync(join(tmpdir(), 'three-pass-firefox-restart-'));
  const launch: FirefoxLaunch = {
    executablePath,
    extensionDir: resolve(root, 'dist/firefox'),
    profileDir,
    uuid: randomUUID(),
  };
  const removeAll = async () => {
    await sample.close();
    rmSync(profileDir, { recursive: true, force: true });
  };
  let driver: ExtensionDriver;
  try {
    driver = await launchFirefoxDriver(launch);
  } catch (error) {
    await removeAll();
    throw error;
  }
  return {
    get driver() {
      return driver;
    },
    sample,
    async restart() {
      await driver.close(); // the profile folder stays: it was given to the launch
      driver = await launchFirefoxDriver(launch);
      return driver;
    },
    async close() {
      await driver.close();
      await removeAll();
    },
  };
}
