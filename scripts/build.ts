/**
 * `npm run build`: the extension pages and background (ES modules), then the content script as
 * one classic file, then a manifest per browser. Writes dist/chrome and dist/firefox.
 */
import { build } from 'vite';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { manifestFor, type Target } from './manifest';

const root = resolve(import.meta.dirname, '..');
const dist = (target: Target) => resolve(root, 'dist', target);

async function buildChromeTree(): Promise<void> {
  await build({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: dist('chrome'),
      emptyOutDir: false,
      target: 'es2022',
      lib: {
        entry: resolve(root, 'src/content/main.ts'),
        formats: ['iife'],
        name: 'threePassContent',
        fileName: () => 'content.js',
      },
    },
  });
  cpSync(resolve(root, 'assets/icons'), resolve(dist('chrome'), 'icons'), { recursive: true });
  // pdf.js's image decoders, fetched from `wasmUrl` (src/adapters/pdfjs/load-browser.ts).
  cpSync(resolve(root, 'node_modules/pdfjs-dist/wasm'), resolve(dist('chrome'), 'pdfjs/wasm'), {
    recursive: true,
  });
}

function writeManifest(target: Target, source: Record<string, unknown>): void {
  writeFileSync(
    resolve(dist(target), 'manifest.json'),
    JSON.stringify(manifestFor(source, target), null, 2),
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
  await buildChromeTree();
  writeManifest('chrome', source);
  rmSync(dist('firefox'), { recursive: true, force: true });
  mkdirSync(dist('firefox'), { recursive: true });
  cpSync(dist('chrome'), dist('firefox'), { recursive: true });
  writeManifest('firefox', source);
  console.log(
    `Built dist/chrome and dist/firefox in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
