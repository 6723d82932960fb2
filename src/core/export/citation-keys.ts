/**
 * Citation keys in the common `lastname + year + first title word` form (e.g. vaswani2017attention).
 * A paper keeps its key from one export to the next: clashes are told apart by a suffix given
 * in the order of the papers' own keys, not the order they were selected in.
 */
import type { Paper } from '../model';

const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'on',
  'of',
  'in',
  'for',
  'to',
  'and',
  'with',
  'by',
  'at',
  'from',
  'is',
  'are',
  'towards',
  'toward',
  'via',
  'using',
  'how',
  'why',
  'what',
  'when',
]);

/** ASCII letters and digits only: keys must survive every BibTeX tool. */
function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

function familyName(paper: Paper): string {
  const first = paper.authors[0];
  if (!first) return 'anon';
  const original = first.original.includes(',') ? first.original.split(',')[0]! : undefined;
  const words = asciiWords(original ?? first.name);
  const family = original === undefined ? words.at(-1) : words.join('');
  return family || 'anon';
}

/** The key before any clash suffix. */
function baseCitationKey(paper: Paper): string {
  const titleWord = asciiWords(paper.title).find((word) => !STOP_WORDS.has(word)) ?? '';
  return `${familyName(paper)}${paper.year ?? ''}${titleWord}`;
}

/** Keys for a set of papers, unique within it: paper key to citation key. */
export function citationKeys(papers: readonly Paper[]): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const paper of papers) {
    const base = baseCitationKey(paper);
    const group = byBase.get(base) ?? [];
    group.push(paper.key);
    byBase.set(base, group);
  }
  const keys = new Map<string, string>();
  for (const [base, paperKeys] of byBase) {
    const sorted = [...new Set(paperKeys)].sort();
    sorted.forEach((paperKey, index) =>
      keys.set(paperKey, sorted.length === 1 ? base : `${base}${suffix(index)}`),
    );
  }
  return keys;
}

/** a, b, ..., z, aa, ab, ... */
function suffix(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}
