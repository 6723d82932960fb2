/**
 * Firefox on a profile that outlives the browser: quit it and launch it again on the same profile,
 * with the add-on installed again under the same moz-extension:// UUID, so its origin and its
 * IndexedDB are the ones from before (as for a reader whose add-on stays installed).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSampleSite } from '../../../scripts/sample/sample-site';
import { findFirefox } from './browsers';
import type { ExtensionDriver } from './driver';
import { launchFirefoxDriver, type FirefoxLaunch } from './firefox-driver';
import { startRestartable, type RestartableBrowser } from './restartable-browser';

const root = resolve(import.meta.dirname, '../../..');

export type RestartableFirefox = RestartableBrowser<ExtensionDriver>;

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
  return startRestartable({
    sample,
    launch: () => launchFirefoxDriver(launch),
    // The profile folder stays: it was given to the launch.
    quit: (driver) => driver.close(),
    cleanUp: async () => {
      await sample.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  });
}
