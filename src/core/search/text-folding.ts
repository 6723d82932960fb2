/**
 * Text as search compares it: lower case, accents removed ("Zoë" finds "zoe"), split into words.
 * Folding works character by character, so a match in folded text maps back to the original.
 */

const foldedChars = new Map<string, string>();

/** One character (code point) folded; cached, since papers reuse few distinct characters. */
function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = finalSigma(ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
    foldedChars.set(ch, folded);
  }
  return folded;
}

/** Lower-casing a whole string makes a word-final sigma 'ς'; one character at a time, 'σ'. */
const finalSigma = (text: string) => text.replace(/ς/g, 'σ');

/**
 * Folds a whole string at once (fast, for indexing); gives the same text as folding it character
 * by character (for highlighting), since NFKD decomposes each character on its own.
 */
export function foldText(text: string): string {
  return finalSigma(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
}

/** Folded text with, for each folded character, the original range it came from. */
export function foldWithOffsets(text: string): {
  folded: string;
  starts: number[];
  ends: number[];
} {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let i = 0; i < f.length; i++) {
      starts.push(index);
      ends.push(index + ch.length);
    }
    folded += f;
    index += ch.length;
  }
  return { folded, starts, ends };
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct words of already folded text. */
export function words(folded: string): string[] {
  return [...new Set(folded.match(WORD) ?? [])];
}

/** What a query searches for: its folded words, each matched as a prefix. */
export function queryTerms(query: string): string[] {
  return words(foldText(query));
}
