/**
 * Reads a heading's printed numbering: "1", "2.3", "IV.", "A.", "Appendix B", and the divisions
 * above sections: "Part II", "Chapter 3", "CHAPTER THREE".
 */

export type NumberingKind = 'arabic' | 'roman' | 'letter' | 'appendix' | 'division';

export interface Numbering {
  kind: NumberingKind;
  /** As printed, without trailing punctuation: "2.3", "IV", "A". */
  number: string;
  /** 1 for "2", 2 for "2.3", ... (roman and letters: 1; the caller may demote letters). */
  depth: number;
  /** The heading text after the numbering. */
  rest: string;
  /** Whether a period or colon follows the number ("A." rather than "A "). */
  punctuated: boolean;
}

// A space or a period after the number: "1Department of ..." is an affiliation mark.
const ARABIC = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.\s*|\s+)(\p{Lu}.*)$/u;
const ROMAN = /^([IVX]{1,5})([.:])\s*(\S.*)$/;
const LETTER = /^([A-H])([.:]?)\s+(\p{Lu}.*)$/u;
const LETTER_DOTTED_SUB = /^([A-H])\.(\d{1,2})\.?\s+(\p{Lu}.*)$/u;
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen';
const DIVISION = new RegExp(
  `^(?:part|chapter)\\s+(\\d{1,2}|[IVX]{1,5}|${NUMBER_WORDS})(?![\\p{L}\\d])[.:—–-]*\\s*(.*)$`,
  'iu',
);
const APPENDIX = /^appendix(?:\s+([A-Z\d]{1,2}))?(?:[.:\s—–-]+(.*))?$/i;

export function parseNumbering(text: string): Numbering | null {
  const division = DIVISION.exec(text);
  if (division) {
    return {
      kind: 'division',
      number: division[1]!,
      depth: 1,
      rest: division[2]!.trim(),
      punctuated: true,
    };
  }
  const appendix = APPENDIX.exec(text);
  if (appendix) {
    return {
      kind: 'appendix',
      number: appendix[1] ?? '',
      depth: 1,
      rest: (appendix[2] ?? '').trim(),
      punctuated: true,
    };
  }
  const arabic = ARABIC.exec(text);
  if (arabic) {
    const number = arabic[1]!;
    const parts = number.split('.');
    if (Number(parts[0]) === 0 || Number(parts[0]) > 40) return null;
    return {
      kind: 'arabic',
      number,
      depth: parts.length,
      rest: arabic[3]!.trim(),
      punctuated: arabic[2]!.startsWith('.'),
    };
  }
  const roman = ROMAN.exec(text);
  if (roman && romanValue(roman[1]!) !== null) {
    return { kind: 'roman', number: roman[1]!, depth: 1, rest: roman[3]!.trim(), punctuated: true };
  }
  const letterSub = LETTER_DOTTED_SUB.exec(text);
  if (letterSub) {
    return {
      kind: 'letter',
      number: `${letterSub[1]}.${letterSub[2]}`,
      depth: 2,
      rest: letterSub[3]!.trim(),
      punctuated: true,
    };
  }
  const letter = LETTER.exec(text);
  if (letter) {
    return {
      kind: 'letter',
      number: letter[1]!,
      depth: 1,
      rest: letter[3]!.trim(),
      punctuated: letter[2] !== '',
    };
  }
  return null;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a well-formed roman numeral up to 39, else null ("IIII", "VX" are not). */
export function romanValue(numeral: string): number | null {
  if (!/^X{0,3}(IX|IV|V?I{0,3})$/.test(numeral) || numeral === '') return null;
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_VALUES[numeral[i]!]!;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
