/**
 * What a browser on a profile that outlives it looks like to a scenario, whichever browser it is:
 * the driver running now, restarted on the same profile as a reader closing and reopening it.
 */
import type { RunningSampleSite } from '../../../scripts/sample/sample-site';
import type { ExtensionDriver } from './driver';

export interface RestartableBrowser<Driver extends ExtensionDriver> {
  /** The browser running now (a new one after each restart). */
  readonly driver: Driver;
  readonly sample: RunningSampleSite;
  /** Closes the browser, keeping its profile, and launches a new one on it. */
  restart(): Promise<Driver>;
  /** Closes the browser, the sample site and everything made for them (the profile too). */
  close(): Promise<void>;
}

export interface RestartableLaunch<Driver extends ExtensionDriver> {
  sample: RunningSampleSite;
  /** Launches the browser on the kept profile. */
  launch(): Promise<Driver>;
  /** Quits the browser and leaves its profile in place. */
  quit(driver: Driver): Promise<void>;
  /** Closes the sample site and removes what `driver.close()` leaves behind. */
  cleanUp(): Promise<void>;
}

/** Launches the first browser; when that fails, cleans up before passing the error on. */
export async function startRestartable<Driver extends ExtensionDriver>(
  how: RestartableLaunch<Driver>,
): Promise<RestartableBrowser<Driver>> {
  let driver: Driver;
  try {
    driver = await how.launch();
  } catch (error) {
    await how.cleanUp();
    throw error;
  }
  return {
    get driver() {
      return driver;
    },
    sample: how.sample,
    async restart() {
      await how.quit(driver);
      driver = await how.launch();
      return driver;
    },
    async close() {
      await driver.close();
      await how.cleanUp();
    },
  };
}
