/**
 * `npm run test:e2e` (after `npm run build`): the end-to-end tests in test/e2e, in real browsers.
 *   E2E=0                        skip them (says so)
 *   E2E_BROWSERS=chromium,firefox  choose browsers (default: Chromium, plus Firefox when installed)
 *   CHROME_PATH, FIREFOX_PATH    use these browser binaries
 * Extra arguments go to Vitest (e.g. `npm run test:e2e -- -t "side panel"`).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
// Browser discovery only: the drivers (playwright-core, puppeteer-core) load in Vitest's process.
import {
  findChromium,
  findFirefox,
  INSTALL_CHROMIUM_HINT,
  selectedBrowsers,
} from '../test/e2e/harness/browsers';

const root = resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(`test:e2e: ${message}`);
  process.exit(1);
}

function main(): void {
  if (process.env.E2E === '0') {
    console.log('test:e2e: skipped (E2E=0).');
    return;
  }
  const browsers = selectedBrowsers();
  if (browsers.length === 0) fail('E2E_BROWSERS names no known browser (chromium, firefox)');
  const env: NodeJS.ProcessEnv = { ...process.env, E2E_BROWSERS: browsers.join(',') };
  const versions: string[] = [];

  if (browsers.includes('chromium')) {
    const search = findChromium();
    if (search.kind === 'missing') {
      fail(
        `${search.reason}; the end-to-end tests need it: ${INSTALL_CHROMIUM_HINT} (E2E=0 skips them)`,
      );
    }
    if (search.kind === 'branded-chrome') {
      fail(
        `${search.version} ignores --load-extension, so it cannot run these tests: ${INSTALL_CHROMIUM_HINT}`,
      );
    }
    env.CHROME_PATH = search.path;
    versions.push(search.version);
  }
  if (browsers.includes('firefox')) {
    const firefox = findFirefox();
    if (!firefox)
      fail(
        'no Firefox found: install firefox-esr (sudo apt-get install firefox-esr) or set FIREFOX_PATH',
      );
    env.FIREFOX_PATH = firefox;
    versions.push('Firefox');
  }
  for (const target of ['chrome', 'firefox']) {
    if (!existsSync(resolve(root, 'dist', target, 'manifest.json'))) {
      fail(`dist/${target} is missing: run \`npm run build\` first`);
    }
  }

  const firefoxNote =
    !process.env.E2E_BROWSERS && !browsers.includes('firefox')
      ? ' (no Firefox found, so Chromium only; sudo apt-get install firefox-esr adds it)'
      : '';
  console.log(`test:e2e: ${versions.join(' and ')}${firefoxNote}`);
  const started = performance.now();
  const vitest = spawn(
    process.execPath,
    [
      resolve(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      'vitest.e2e.config.ts',
      ...process.argv.slice(2),
    ],
    { cwd: root, env, stdio: 'inherit' },
  );
  const stop = (signal: NodeJS.Signals) => vitest.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  vitest.on('error', (error) => fail(`could not start Vitest: ${error.message}`));
  vitest.on('exit', (code) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const ok = code === 0;
    console.log(`test:e2e: ${ok ? 'passed' : 'FAILED'} in ${seconds} s (${browsers.join(', ')})`);
    process.exit(ok ? 0 : (code ?? 1));
  });
}

main();
