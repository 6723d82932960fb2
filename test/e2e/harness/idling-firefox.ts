/**
 * Firefox whose event page unloads after a short idle time (the pref behind Firefox's own 30 s),
 * so a scenario can stop the background mid-timer as the browser does, and see that it stopped.
 */
import { resolve } from 'node:path';
import { startSampleSite, type RunningSampleSite } from '../../../scripts/sample/sample-site';
import { findFirefox } from './browsers';
import type { ExtensionDriver } from './driver';
import { launchFirefoxDriver } from './firefox-driver';

const root = resolve(import.meta.dirname, '../../..');

export interface IdlingFirefox {
  driver: ExtensionDriver;
  sample: RunningSampleSite;
  /** True while the extension's event page is loaded (it shows among the extension's views). */
  backgroundLoaded(): Promise<boolean>;
  close(): Promise<void>;
}

export async function startIdlingFirefox(idleMs: number): Promise<IdlingFirefox> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('no Firefox found: install firefox-esr or set FIREFOX_PATH');
  const sample = await startSampleSite({ asArxiv: false });
  let driver: ExtensionDriver;
  try {
    driver = await launchFirefoxDriver({
      executablePath,
      extensionDir: resolve(root, 'dist/firefox'),
      prefs: { 'extensions.background.idle.timeout': idleMs },
    });
  } catch (error) {
    await sample.close();
    throw error;
  }
  return {
    driver,
    sample,
    backgroundLoaded: () =>
      driver.control.evaluate(
        () =>
          chrome.extension
            .getViews()
            .some((view) => view.location.pathname === '/_generated_background_page.html'),
        undefined,
      ),
    close: async () => {
      await driver.close();
      await sample.close();
    },
  };
}
