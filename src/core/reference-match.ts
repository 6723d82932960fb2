/**
 * Which papers of the library a reference names: by arXiv id, by DOI, or by its title printed
 * whole between punctuation in the reference ("Attention is all you need" does not match
 * "Attention is not all you need", nor a reference whose title merely starts the same).
 */
import { findArxivIdInText } from './identity/arxiv';
import { findDoiInText } from './identity/doi';
import { identityFromDoi } from './identity/identity-from-doi';
import { identityKey } from './identity/paper-identity';
import type { Paper } from './model';
import { foldText } from './search/text-folding';

/** A title shorter than this many words names too many things ("Introduction", "Deep learning"). */
const MIN_TITLE_WORDS = 3;

/** Marks where a title may start or end: sentence ends, quotes, brackets, colons. */
const EDGE = '|';

/**
 * Words of the text folded for comparison; sentence punctuation becomes an edge marker, other
 * punctuation vanishes ("Pre-training" -> "pre training"), so typography does not matter.
 */
function foldedWords(text: string): string[] {
  return foldText(text)
    .replace(/[.?!;](?=\s|$)|["“”„«»()[\]{}:]|[‘’'](?=\s|$)|(?<=\s|^)[‘’']/gu, ` ${EDGE} `)
    .replace(/[^\p{L}\p{N}|]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

/** A title as matched: its words without edges ("BERT: Pre-training…" -> "bert pre training …"). */
export function normaliseTitle(title: string): string {
  return foldedWords(title)
    .filter((word) => word !== EDGE)
    .join(' ');
}

type LibraryPaper = Pick<Paper, 'key' | 'aliases' | 'title'>;

export interface ReferenceIndex {
  /** Paper key by every key and alias. */
  byKey: Map<string, string>;
  /** Titles by their first word: [title words, paper key]. */
  byFirstWord: Map<string, { words: string[]; key: string }[]>;
}

export function indexLibrary(papers: readonly LibraryPaper[]): ReferenceIndex {
  const byKey = new Map<string, string>();
  const byFirstWord = new Map<string, { words: string[]; key: string }[]>();
  for (const paper of papers) {
    for (const key of [paper.key, ...paper.aliases]) if (!byKey.has(key)) byKey.set(key, paper.key);
    const words = normaliseTitle(paper.title).split(' ').filter(Boolean);
    if (words.length < MIN_TITLE_WORDS) continue;
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ words, key: paper.key });
    byFirstWord.set(words[0]!, list);
  }
  return { byKey, byFirstWord };
}

/** The identifier keys a reference names: its arXiv id and its DOI. */
export function referenceIdentifierKeys(text: string): string[] {
  const keys: string[] = [];
  const arxiv = findArxivIdInText(text);
  if (arxiv) keys.push(identityKey('arxiv', arxiv.id));
  const doi = findDoiInText(text);
  const fromDoi = doi ? identityFromDoi(doi) : null;
  if (fromDoi) keys.push(fromDoi.key);
  if (doi) keys.push(identityKey('doi', doi));
  return [...new Set(keys)];
}

/** The library paper a reference names, or undefined. */
export function matchReference(text: string, index: ReferenceIndex): string | undefined {
  for (const key of referenceIdentifierKeys(text)) {
    const found = index.byKey.get(key);
    if (found) return found;
  }
  const words = [EDGE, ...foldedWords(text), EDGE];
  for (let start = 1; start < words.length; start++) {
    if (words[start - 1] !== EDGE) continue;
    for (const title of index.byFirstWord.get(words[start]!) ?? []) {
      if (endsAtEdge(words, start, title.words)) return title.key;
    }
  }
  return undefined;
}

/** The title's words from `start`, punctuation inside it ("BERT: Pre-training") allowed, then an edge. */
function endsAtEdge(words: readonly string[], start: number, title: readonly string[]): boolean {
  let at = start;
  for (const word of title) {
    while (words[at] === EDGE && at > start) at++;
    if (words[at] !== word) return false;
    at++;
  }
  return words[at] === EDGE;
}
