/**
 * Author names in display order ("Yann LeCun") from the forms pages use: "LeCun, Yann",
 * "King, Martin Luther, Jr.", "CHARLOTTE FAIRLIE", "Heather Piwowar 1,*". The original is kept
 * beside it, so nothing the page said is lost.
 */
import type { Author } from '../model';
import { cleanText } from './clean-text';
import { LIMITS } from './limits';

const SUFFIX = /^(?:jr|sr|ii|iii|iv|v|2nd|3rd|4th|esq)\.?$/i;
/**
 * Lower-case name particles: kept lower-case when a name written in capitals is re-cased, and
 * allowed between capitalised words in a byline (visible-header.ts).
 */
export const NAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'dos',
  'das',
  'la',
  'le',
  'ter',
  'ten',
  'y',
  'bin',
  'ibn',
  'al',
]);
// Footnote and affiliation marks around a name: digits, asterisks, daggers, superscripts.
const MARKS = /^[\s\d,*†‡§¶#⁰¹²³⁴⁵⁶⁷⁸⁹]+|[\s\d,;*†‡§¶#⁰¹²³⁴⁵⁶⁷⁸⁹]+$/g;
const LEADING_WORD = /^(?:by|and|&)\s+/i;

/** One author in display form with the page's original; null when nothing name-like is left. */
export function normaliseAuthorName(raw: string): Author | null {
  const original = cleanText(raw, LIMITS.authorName).text;
  const bare = original.replace(LEADING_WORD, '').replace(MARKS, '').trim();
  if (!/\p{L}/u.test(bare)) return null;
  const name = recase(reorder(bare)).replace(/\s+/g, ' ').trim();
  return name ? { name, original } : null;
}

/** "Family, Given[, Suffix]" to "Given Family Suffix"; anything else is left in its order. */
function reorder(s: string): string {
  const parts = s
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 2) {
    const [family, given] = parts as [string, string];
    return SUFFIX.test(given) ? `${family} ${given}` : `${given} ${family}`;
  }
  if (parts.length === 3) {
    const [family, second, third] = parts as [string, string, string];
    if (SUFFIX.test(second)) return `${third} ${family} ${second}`;
    if (SUFFIX.test(third)) return `${second} ${family} ${third}`;
  }
  return parts.join(', ');
}

/**
 * A name written all in capitals becomes "Charlotte Fairlie"; in a mixed-case name only the
 * capitalised surname is re-cased ("John SMITH" -> "John Smith"); short runs ("JR" initials) stay.
 */
function recase(s: string): string {
  const allCaps = !/\p{Ll}/u.test(s);
  if (allCaps && !/\p{Lu}.*\p{Lu}/u.test(s)) return s;
  return s
    .split(' ')
    .map((word, i) => {
      const letters = word.replace(/[^\p{L}]/gu, '');
      if (!allCaps && (letters.length < 3 || /\p{Ll}/u.test(letters))) return word;
      const lower = word.toLowerCase();
      if (i > 0 && NAME_PARTICLES.has(lower)) return lower;
      if (SUFFIX.test(word) && /^[ivx]+$/i.test(word)) return word.toUpperCase();
      return lower.replace(
        /(^|[-'’])(\p{L})/gu,
        (_, sep: string, ch: string) => sep + ch.toUpperCase(),
      );
    })
    .join(' ');
}
