/**
 * Runs the library's IndexedDB measurement (library-idb-measure.ts) in headless Chromium with a
 * fresh on-disk profile.
 */
import { resolve } from 'node:path';
import { measureInBundledPage } from './headless-chromium';
import type { LibraryIdbSamples } from './library-idb-measure';

export function libraryIdbInChromium(
  papers: number,
  notes: number,
  rounds: number,
): Promise<LibraryIdbSamples> {
  return measureInBundledPage(resolve(import.meta.dirname, 'library-idb.browser.ts'), (page) =>
    page.evaluate(
      ([p, n, r]) =>
        (
          globalThis as unknown as {
            measureLibraryIdb: (p: number, n: number, r: number) => Promise<LibraryIdbSamples>;
          }
        ).measureLibraryIdb(p, n, r),
      [papers, notes, rounds] as const,
    ),
  );
}
