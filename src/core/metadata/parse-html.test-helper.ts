/** Test helper: a fixture page parsed as the browser would (happy-dom's DOMParser). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function fixture(name: string): Document {
  return parseHtml(readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8'));
}
