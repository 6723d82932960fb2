/** What sets a heading's line apart from the body text: its font, size and case. */
import { stripHeadingNumber } from './fold-text';
import type { TextLine } from './text-lines';

export interface BodyStyle {
  size: number;
  fontName: string;
}

export const MAX_HEADING_CHARS = 90;

/** Font, size and case: "RESULTS" and "Protein purification" in one font are different styles. */
export const styleKeyOf = (line: TextLine) =>
  `${line.fontName}|${line.size}|${isAllCaps(stripHeadingNumber(line.text)) ? 'caps' : 'mixed'}`;

export function isBodyStyle(line: TextLine, body: BodyStyle): boolean {
  return line.fontName === body.fontName && Math.abs(line.size - body.size) < 0.6;
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}
