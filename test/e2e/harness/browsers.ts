/**
 * Finds the browsers that can load our unpacked extension. Chromium keeps `--load-extension`;
 * branded Google Chrome 137+ ignores it, so it is recognised and reported, never used silently.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { BrowserName } from './driver';

export type ChromiumSearch =
  | { kind: 'found'; path: string; version: string }
  | { kind: 'branded-chrome'; path: string; version: string }
  | { kind: 'missing'; reason: string };

const CHROMIUM_NAMES = ['chromium', 'chromium-browser'];
const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const BRANDED_NAMES = ['google-chrome', 'google-chrome-stable'];
const BRANDED_PATHS = ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/** Branded Chrome ignores --load-extension from this major version on. */
const BRANDED_CHROME_LAST_LOADING_MAJOR = 136;

export const INSTALL_CHROMIUM_HINT =
  'install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH';

function onPath(name: string): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(folder, name);
    if (folder && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** `--version` output such as "Chromium 156.0.8078.108 built on Debian" or "Google Chrome 137.0.1". */
function versionOf(path: string): string {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  return (result.stdout ?? '').replace(/\s+built on .*/s, '').trim();
}

function classify(path: string): ChromiumSearch {
  const version = versionOf(path);
  const major = Number(/(\d+)\./.exec(version)?.[1] ?? NaN);
  if (/google chrome/i.test(version) && !(major <= BRANDED_CHROME_LAST_LOADING_MAJOR)) {
    return { kind: 'branded-chrome', path, version };
  }
  return { kind: 'found', path, version: version || 'unknown version' };
}

/** CHROME_PATH first, then Chromium in the usual places, then branded Chrome (to explain why not). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumSearch {
  const chosen = env.CHROME_PATH;
  if (chosen) {
    if (!existsSync(chosen))
      return { kind: 'missing', reason: `CHROME_PATH=${chosen} does not exist` };
    return classify(chosen);
  }
  const chromium =
    CHROMIUM_NAMES.map(onPath).find(Boolean) ?? CHROMIUM_PATHS.find((p) => existsSync(p));
  if (chromium) return classify(chromium);
  const branded =
    BRANDED_NAMES.map(onPath).find(Boolean) ?? BRANDED_PATHS.find((p) => existsSync(p));
  if (branded) return classify(branded);
  return { kind: 'missing', reason: 'no Chromium found' };
}

/** Firefox (ESR or release) for the second driver; FIREFOX_PATH wins. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.FIREFOX_PATH) return existsSync(env.FIREFOX_PATH) ? env.FIREFOX_PATH : undefined;
  return (
    ['firefox-esr', 'firefox'].map(onPath).find(Boolean) ??
    ['/usr/lib/firefox-esr/firefox-esr', '/Applications/Firefox.app/Contents/MacOS/firefox'].find(
      (p) => existsSync(p),
    )
  );
}

export const brandedChromeAdvice = (version: string): string =>
  `${version} ignores --load-extension (Google Chrome 137+). Load the extension by hand: open ` +
  'chrome://extensions, turn on Developer mode, click "Load unpacked" and choose dist/chrome; ' +
  'or set CHROME_PATH to a Chromium, or try Firefox with `npx web-ext run -s dist/firefox`.';

/** Browsers to run in: E2E_BROWSERS=chromium,firefox; by default Chromium, plus Firefox if found. */
export function selectedBrowsers(env: NodeJS.ProcessEnv = process.env): BrowserName[] {
  if (env.E2E_BROWSERS) {
    return env.E2E_BROWSERS.split(',')
      .map((name) => name.trim())
      .filter((name): name is BrowserName => name === 'chromium' || name === 'firefox');
  }
  return findFirefox(env) ? ['chromium', 'firefox'] : ['chromium'];
}
