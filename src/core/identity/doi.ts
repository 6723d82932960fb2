/**
 * DOIs as found in links, meta tags and page text, normalised to one comparable form: the bare
 * "10.prefix/suffix", lower-cased (DOIs are case-insensitive), without resolver prefix or the
 * punctuation that surrounding prose leaves on it.
 */

const RESOLVER_PREFIX = /^(?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\//i;
const SCHEME_PREFIX = /^(?:doi\s*:\s*|info:doi\/|urn:doi:)/i;
const VALID_DOI = /^10\.\d{4,9}(?:\.\d+)*\/[^\s\p{Cc}]+$/u;
const TRAILING_PUNCTUATION = '.,;:\'"!?';
const BRACKET_PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '>': '<' };
const BRACKETS = new Set('()[]{}<>');
/** Longer than any real DOI; refuses to work on pasted junk. */
const MAX_LENGTH = 300;

export function normaliseDoi(raw: string): string | null {
  let s = raw.trim();
  if (s.length === 0 || s.length > MAX_LENGTH * 3) return null;
  if (RESOLVER_PREFIX.test(s)) {
    // A resolver link: "?" and "#" end the DOI (inside one they would be %-encoded).
    s = s.replace(RESOLVER_PREFIX, '');
    s = cutAt(s, '?');
    s = cutAt(s, '#');
  }
  s = s.replace(SCHEME_PREFIX, '');
  const decoded = decodeFully(s);
  if (decoded === null) return null;
  s = decoded;
  s = trimTrailingPunctuation(s.trim()).toLowerCase();
  if (s.length > MAX_LENGTH || !VALID_DOI.test(s)) return null;
  return s;
}

/**
 * Undoes %-encoding, however many times it was applied, so the result is stable: normalising a
 * normalised DOI changes nothing. A "%" that is not an escape makes the text no DOI.
 */
function decodeFully(s: string): string | null {
  for (let round = 0; s.includes('%'); round++) {
    if (round === 3) return null;
    try {
      s = decodeURIComponent(s);
    } catch {
      return null;
    }
  }
  return s;
}

function cutAt(s: string, char: string): string {
  const at = s.indexOf(char);
  return at < 0 ? s : s.slice(0, at);
}

/** Drops sentence punctuation and closing brackets that have no opening partner inside the DOI. */
function trimTrailingPunctuation(s: string): string {
  const counts = new Map<string, number>();
  for (const char of s) if (BRACKETS.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  let end = s.length;
  while (end > 0) {
    const last = s.charAt(end - 1);
    const opening = BRACKET_PAIRS[last];
    const unbalanced =
      opening !== undefined && (counts.get(opening) ?? 0) < (counts.get(last) ?? 0);
    if (!unbalanced && !TRAILING_PUNCTUATION.includes(last)) break;
    if (opening !== undefined) counts.set(last, (counts.get(last) ?? 0) - 1);
    end--;
  }
  return s.slice(0, end);
}

/** Suffix runs to the next whitespace or character that cannot be in a DOI written in prose. */
const IN_TEXT = /\b10\.\d{4,9}(?:\.\d{1,9}){0,4}\/[^\s"<>]{1,300}/g;

/** The first valid DOI in free text (a page, a PDF's first page), normalised. */
export function findDoiInText(text: string): string | null {
  IN_TEXT.lastIndex = 0;
  for (let m = IN_TEXT.exec(text); m; m = IN_TEXT.exec(text)) {
    const doi = normaliseDoi(m[0]);
    if (doi) return doi;
  }
  return null;
}
