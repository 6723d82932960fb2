import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const src = resolve(import.meta.dirname, 'src');

/**
 * Extension pages and the background worker, as ES modules. The content script is built in a
 * second pass (scripts/build.ts) because it must be one classic file.
 */
export default defineConfig({
  root: src,
  base: './',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/chrome'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    sourcemap: false,
    rolldownOptions: {
      input: {
        background: resolve(src, 'background/main.ts'),
        sidepanel: resolve(src, 'panel/sidepanel.html'),
        library: resolve(src, 'library/library.html'),
      },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js',
      },
    },
  },
});
