/**
 * Renders assets/icon.svg (our artwork) to the PNG sizes the manifest names, with Chromium.
 * Run by hand after changing the artwork: `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({
    path: resolve(root, `assets/icons/icon-${size}.png`),
    omitBackground: true,
  });
  await page.close();
}
await browser.close();
