/**
 * `npm start` when it cannot start: every case is one line on stderr and a non-zero exit, before
 * anything is built or launched. Browsers are stood in for by tiny scripts that print a version.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
let folder: string;
let takenPort: Server;

function fakeBrowser(name: string, version: string): string {
  const path = join(folder, name);
  writeFileSync(path, `#!/bin/sh\necho "${version}"\n`);
  chmodSync(path, 0o755);
  return path;
}

function start(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', ...args], {
      cwd: root,
      env: { ...process.env, PORT: '', DISPLAY: '', WAYLAND_DISPLAY: '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => done({ code, stderr }));
  });
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'three-pass-start-test-'));
  takenPort = createServer();
  await new Promise<void>((done) => takenPort.listen(0, '127.0.0.1', done));
});
afterAll(() => {
  takenPort.close();
  rmSync(folder, { recursive: true, force: true });
});

describe.concurrent('npm start refuses clearly', { timeout: 30_000 }, () => {
  const expectOneLine = async (run: Promise<{ code: number | null; stderr: string }>) => {
    const { code, stderr } = await run;
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    return stderr.trim();
  };

  it('when only branded Google Chrome 137+ is there, and says how to load the extension by hand', async () => {
    const chrome = fakeBrowser('google-chrome', 'Google Chrome 140.0.7339.80');
    const line = await expectOneLine(start([], { CHROME_PATH: chrome }));
    expect(line).toContain('Google Chrome 140.0.7339.80 ignores --load-extension');
    expect(line).toContain('chrome://extensions');
    expect(line).toContain('Load unpacked');
    expect(line).toContain('web-ext run -s dist/firefox');
  });

  it('when CHROME_PATH names no file', async () => {
    const line = await expectOneLine(start([], { CHROME_PATH: join(folder, 'nothing') }));
    expect(line).toMatch(/CHROME_PATH=.*nothing does not exist/);
    expect(line).toContain('apt-get install chromium');
  });

  it('when PORT is taken', async () => {
    const { port } = takenPort.address() as { port: number };
    const chromium = fakeBrowser('chromium', 'Chromium 156.0.1.2');
    const line = await expectOneLine(
      start(['--screenshot', join(folder, 'out.png')], {
        CHROME_PATH: chromium,
        PORT: String(port),
      }),
    );
    expect(line).toBe(
      `npm start: sample server: port ${port} is already in use: choose another PORT or leave PORT unset`,
    );
  });

  it('when PORT is not a port', async () => {
    const line = await expectOneLine(start([], { PORT: 'eighty' }));
    expect(line).toBe('npm start: PORT=eighty is not a port number (1-65535)');
  });

  // Only Linux needs DISPLAY or WAYLAND_DISPLAY for a browser window.
  it.runIf(process.platform === 'linux')(
    'when there is no display, pointing to --screenshot',
    async () => {
      const chromium = fakeBrowser('chromium-nodisplay', 'Chromium 156.0.1.2');
      const line = await expectOneLine(start([], { CHROME_PATH: chromium }));
      expect(line).toContain('no display found');
      expect(line).toContain('--screenshot');
    },
  );

  it('on an unknown option', async () => {
    expect(await expectOneLine(start(['--verbose'], {}))).toContain('unknown option --verbose');
  });
});
