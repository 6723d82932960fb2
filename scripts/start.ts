/**
 * `npm start`: builds, serves the sample paper locally and opens Chromium with dist/chrome loaded
 * in a fresh profile, the sample abstract page in front. Ctrl-C stops the browser and the server
 * and removes the profile.
 *
 * `npm start -- --screenshot out.png`: the same, headless, then saves the sample paper and the
 * side panel serving it side by side, and exits.
 *
 * Environment: PORT (sample server port; default a free one), CHROME_PATH (browser binary).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { startSampleSite, type RunningSampleSite } from './sample/sample-site';
import {
  brandedChromeAdvice,
  findChromium,
  INSTALL_CHROMIUM_HINT,
} from '../test/e2e/harness/browsers';
import { chromiumArgs } from '../test/e2e/harness/chromium-args';

const root = resolve(import.meta.dirname, '..');
const extensionDir = resolve(root, 'dist/chrome');
const PAPER_WIDTH = 1000;
const PANEL_WIDTH = 420;
const HEIGHT = 760;

/** Things to undo on exit, newest first. */
const cleanups: (() => Promise<void> | void)[] = [];
let cleaning: Promise<void> | undefined;

/** Runs once, however many ways the exit is reached (Ctrl-C, browser closed, failure). */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      await Promise.resolve(cleanup()).catch(() => undefined);
    }
  })();
  return cleaning;
}

function parseArgs(args: string[]): { screenshot?: string } {
  const options: { screenshot?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--screenshot') {
      const path = args[++i];
      if (!path) throw new Error('--screenshot needs a file name, e.g. --screenshot out.png');
      options.screenshot = path;
    } else if (arg.startsWith('--screenshot=')) {
      options.screenshot = arg.slice('--screenshot='.length);
    } else {
      throw new Error(`unknown option ${arg} (known: --screenshot FILE.png)`);
    }
  }
  return options;
}

function portFromEnv(): number | undefined {
  const value = process.env.PORT;
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT=${value} is not a port number (1-65535)`);
  }
  return port;
}

function build(): void {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', resolve(root, 'scripts/build.ts')],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('the build failed (reason above)');
}

function chromiumPath(): { path: string; version: string } {
  const search = findChromium();
  if (search.kind === 'missing') throw new Error(`${search.reason}: ${INSTALL_CHROMIUM_HINT}`);
  if (search.kind === 'branded-chrome') throw new Error(brandedChromeAdvice(search.version));
  return search;
}

/** First line only: browser automation errors carry long call logs. */
const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';

async function takeScreenshot(
  executablePath: string,
  sample: RunningSampleSite,
  outFile: string,
): Promise<void> {
  // Loaded only here: playwright-core is slow to import and the plain start does not need it.
  const { launchChromiumDriver } = await import('../test/e2e/harness/chromium-driver');
  const driver = await launchChromiumDriver({ executablePath, extensionDir, site: sample.site });
  cleanups.push(() => driver.close());
  const paper = await driver.openPlaywrightTab(sample.url('abstract'));
  await paper.page.setViewportSize({ width: PAPER_WIDTH, height: HEIGHT });
  const panel = await driver.openPlaywrightTab(
    `${driver.extensionOrigin}/panel/sidepanel.html?tabId=${paper.tabId}`,
  );
  await panel.page.setViewportSize({ width: PANEL_WIDTH, height: HEIGHT });
  // Let the panel finish what it shows for the tab (it may read storage first).
  await panel.page
    .locator('[data-testid="current-tab"] *')
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => undefined);
  await panel.page.waitForTimeout(500);
  const shots = [await paper.page.screenshot(), await panel.page.screenshot()];

  const canvas = await driver.context.newPage();
  await canvas.setViewportSize({ width: PAPER_WIDTH + PANEL_WIDTH + 1, height: HEIGHT });
  await canvas.setContent(
    `<body style="margin:0;display:flex;gap:1px;background:#888">${shots
      .map((png) => `<img alt="" src="data:image/png;base64,${png.toString('base64')}">`)
      .join('')}</body>`,
  );
  const composed = await canvas.screenshot();
  mkdirSync(dirname(resolve(outFile)), { recursive: true });
  writeFileSync(outFile, composed);
  console.log(
    `Saved ${outFile}: the sample paper and its side panel (${PAPER_WIDTH + PANEL_WIDTH + 1}×${HEIGHT}).`,
  );
}

function hasDisplay(): boolean {
  return (
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  );
}

async function runBrowser(
  browser: { path: string; version: string },
  sample: RunningSampleSite,
): Promise<void> {
  if (!hasDisplay()) {
    throw new Error(
      'no display found: run `npm start -- --screenshot out.png` to take a headless screenshot instead',
    );
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'three-pass-profile-'));
  cleanups.push(() => rmSync(profileDir, { recursive: true, force: true }));
  const child: ChildProcess = spawn(
    browser.path,
    [
      `--user-data-dir=${profileDir}`,
      ...chromiumArgs(extensionDir, sample.site),
      sample.url('abstract'),
    ],
    { stdio: 'ignore' },
  );
  cleanups.push(
    () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  );
  const served = sample.site.arxivPort
    ? ` (served from 127.0.0.1:${sample.server.port}; this browser maps arxiv.org there)`
    : '';
  console.log(
    `${browser.version} with dist/chrome, sample paper ${sample.url('abstract')}${served}. Ctrl-C stops.`,
  );
  await new Promise<void>((done, fail) => {
    child.once('error', (error) =>
      fail(new Error(`could not start ${browser.path}: ${error.message}`)),
    );
    child.once('exit', (code) => {
      if (code) fail(new Error(`${browser.version} exited with code ${code}`));
      else done();
    });
  });
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const port = portFromEnv();
  const browser = chromiumPath();
  if (!options.screenshot && !hasDisplay()) {
    throw new Error(
      'no display found: run `npm start -- --screenshot out.png` to take a headless screenshot instead',
    );
  }
  // The server first: a taken port is reported before the build's wait.
  const sample = await startSampleSite({ port, asArxiv: true }).catch((error: unknown) => {
    throw new Error(`sample server: ${firstLine(error)}`);
  });
  cleanups.push(() => sample.close());
  build();
  if (options.screenshot) await takeScreenshot(browser.path, sample, options.screenshot);
  else await runBrowser(browser, sample);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void cleanUp().then(() => process.exit(0));
  });
}

// Every failure is one line for the user: what went wrong and, where it helps, what to do.
main()
  .then(cleanUp)
  .catch(async (error: unknown) => {
    await cleanUp();
    console.error(`npm start: ${firstLine(error)}`);
    process.exit(1);
  });
