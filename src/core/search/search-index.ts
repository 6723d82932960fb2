/**
 * An incremental full-text index over the library: titles, authors, abstracts, tags and notes.
 * Every word is indexed folded (case and accents); a query's words match as prefixes and all
 * must occur in the paper (in any of its fields). Changing one note re-indexes that note only.
 */
import type { Note, Paper } from '../model';
import { foldText, queryTerms, words } from './text-folding';

export type PaperField = 'title' | 'authors' | 'abstract' | 'tags';

export interface SearchResult {
  /** Folded query words, for highlighting. */
  terms: string[];
  /** Keys of the papers that match; undefined when the query has no words (everything matches). */
  keys: Set<string> | undefined;
}

export interface SearchIndex {
  setPaper(paper: Paper): void;
  setNote(note: Pick<Note, 'paperKey' | 'field' | 'text'>): void;
  removePaper(key: string): void;
  search(query: string): SearchResult;
  /** Distinct words indexed, for the benchmark's memory report. */
  readonly size: number;
}

const binarySearch = (sorted: readonly string[], target: string): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** Above this many new words a full sort beats inserting each in place. */
const SORT_THRESHOLD = 256;

export function createSearchIndex(): SearchIndex {
  const docIds = new Map<string, number>();
  const docKeys: string[] = [];
  /**
   * Word to the documents holding it, once per field that holds it (so taking one field out
   * leaves the others' entries). Plain arrays: a library has millions of entries.
   */
  const postings = new Map<string, number[]>();
  /** Every word, sorted for prefix lookup; may hold words no longer indexed (skipped). */
  let sortedWords: string[] = [];
  let unsortedWords: string[] = [];
  /** The words indexed for each document field, to take them out when it changes. */
  const fieldWords = new Map<number, Map<string, string[]>>();

  const idOf = (key: string): number => {
    let id = docIds.get(key);
    if (id === undefined) {
      id = docKeys.length;
      docIds.set(key, id);
      docKeys.push(key);
    }
    return id;
  };

  function setField(id: number, field: string, text: string): void {
    let fields = fieldWords.get(id);
    if (!fields) {
      fields = new Map();
      fieldWords.set(id, fields);
    }
    for (const word of fields.get(field) ?? []) {
      const docs = postings.get(word)!;
      docs.splice(docs.lastIndexOf(id), 1);
      if (docs.length === 0) postings.delete(word);
    }
    const next = text ? words(foldText(text)) : [];
    if (next.length === 0) fields.delete(field);
    else fields.set(field, next);
    for (const word of next) {
      const docs = postings.get(word);
      if (docs) docs.push(id);
      else {
        postings.set(word, [id]);
        unsortedWords.push(word);
      }
    }
  }

  function sortWords(): void {
    if (unsortedWords.length === 0) return;
    if (unsortedWords.length > SORT_THRESHOLD) {
      sortedWords = [...new Set([...sortedWords, ...unsortedWords])]
        .filter((w) => postings.has(w))
        .sort();
    } else {
      for (const word of unsortedWords) {
        const at = binarySearch(sortedWords, word);
        if (sortedWords[at] !== word) sortedWords.splice(at, 0, word);
      }
    }
    unsortedWords = [];
  }

  /**
   * Marks, for each document, how many of the terms so far it matched: a document goes from
   * `round` to `round + 1` when it holds a word starting with this term.
   */
  function advance(marks: Int32Array, prefix: string, round: number): void {
    for (let i = binarySearch(sortedWords, prefix); i < sortedWords.length; i++) {
      const word = sortedWords[i]!;
      if (!word.startsWith(prefix)) break;
      const docs = postings.get(word);
      if (!docs) continue;
      for (const id of docs) if (marks[id] === round) marks[id] = round + 1;
    }
  }

  return {
    setPaper(paper) {
      const id = idOf(paper.key);
      setField(id, 'title', paper.title);
      setField(id, 'authors', paper.authors.map((a) => a.name).join(' '));
      setField(id, 'abstract', paper.abstract ?? '');
      setField(id, 'tags', paper.tags.join(' '));
    },
    setNote(note) {
      setField(idOf(note.paperKey), `note:${note.field}`, note.text);
    },
    removePaper(key) {
      const id = docIds.get(key);
      if (id === undefined) return;
      for (const field of [...(fieldWords.get(id)?.keys() ?? [])]) setField(id, field, '');
      fieldWords.delete(id);
    },
    search(query) {
      const terms = queryTerms(query);
      if (terms.length === 0) return { terms, keys: undefined };
      sortWords();
      const marks = new Int32Array(docKeys.length);
      // Longest terms first: they match fewest documents, so later rounds touch fewer.
      const ordered = [...terms].sort((a, b) => b.length - a.length);
      ordered.forEach((term, round) => advance(marks, term, round));
      const keys = new Set<string>();
      for (let id = 0; id < marks.length; id++)
        if (marks[id] === ordered.length) keys.add(docKeys[id]!);
      return { terms, keys };
    },
    get size() {
      return postings.size;
    },
  };
}
