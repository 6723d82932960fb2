/**
 * Chromium on a profile that outlives the browser: quit it (as a reader closing the browser) and
 * launch it again on the same profile, with the same extension and sample site. For scenarios
 * about what survives a browser restart (restartable-firefox.ts is the same for Firefox).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSampleSite } from '../../../scripts/sample/sample-site';
import { findChromium, INSTALL_CHROMIUM_HINT } from './browsers';
import { launchChromiumDriver, type ChromiumDriver, type ChromiumLaunch } from './chromium-driver';
import { startRestartable, type RestartableBrowser } from './restartable-browser';

const root = resolve(import.meta.dirname, '../../..');

export type RestartableChromium = RestartableBrowser<ChromiumDriver>;

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
  return startRestartable({
    sample,
    launch: () => launchChromiumDriver(launch),
    // The context's close quits the browser; the profile folder stays for the next launch.
    quit: (driver) => driver.context.close(),
    // The driver's close removes the profile folder.
    cleanUp: () => sample.close(),
  });
}
