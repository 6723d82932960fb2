/**
 * What each built page costs to load: the gzip size of a page's JavaScript, following its static
 * imports (dynamic imports, such as pdf.js, are loaded only when needed and are counted apart).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;

export const gzipBytes = (file: string): number =>
  gzipSync(readFileSync(file), { level: 9 }).length;

/** The module files an entry loads before it runs: itself and its static imports, transitively. */
export function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const spec = match[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
    }
  };
  visit(entry);
  return [...seen];
}

/** The entry scripts an HTML page loads. */
export function pageScripts(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  return [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) =>
    resolve(dirname(htmlFile), m[1]!),
  );
}

export function pageJsGzip(htmlFile: string): number {
  const files = new Set(pageScripts(htmlFile).flatMap(staticClosure));
  return [...files].reduce((sum, f) => sum + gzipBytes(f), 0);
}

export function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

export function sizeTable(dir: string): { file: string; bytes: number; gzip: number }[] {
  return allFiles(dir)
    .map((f) => ({ file: relative(dir, f), bytes: statSync(f).size, gzip: gzipBytes(f) }))
    .sort((a, b) => b.gzip - a.gzip);
}
