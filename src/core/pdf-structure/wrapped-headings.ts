/**
 * Headings too long for one line: the next line in the same style continues them, and a bare
 * "Chapter 3" or "PART II" takes the title line under it.
 */
import type { LineHeading } from './headings';
import { parseNumbering } from './heading-numbering';
import { isAllCaps, isBodyStyle, MAX_HEADING_CHARS, type BodyStyle } from './heading-style';
import { isKnownSectionName } from './section-names';
import type { TextLine } from './text-lines';

/**
 * A heading too long for one line continues on the next line in the same style; that line may
 * itself have been taken for an (unnumbered) heading.
 */
export function mergeWrappedHeadings(
  headings: LineHeading[],
  lines: TextLine[],
  body: BodyStyle,
): LineHeading[] {
  const byLine = new Map(headings.map((h) => [h.lineIndex, h]));
  const absorbed = new Set<number>();
  const merged: LineHeading[] = [];
  for (const heading of headings) {
    if (absorbed.has(heading.lineIndex)) continue;
    let text = heading.text;
    let index = heading.lineIndex;
    if (isBareDivision(text) && isDivisionTitle(lines[index]!, lines[index + 1], body)) {
      text = `${text} ${lines[index + 1]!.text}`;
      absorbed.add(++index);
    }
    // A run-in heading's line goes on with its paragraph: nothing to join.
    const runIn = heading.text !== lines[index]!.text;
    while (!runIn) {
      const line = lines[index]!;
      const next = lines[index + 1];
      const nextHeading = byLine.get(index + 1);
      if (
        !next ||
        (nextHeading && nextHeading.number !== undefined) ||
        next.page !== line.page ||
        Math.abs(next.size - line.size) > 0.6 ||
        next.fontName !== line.fontName ||
        isBodyStyle(line, body) ||
        (isAllCaps(text) && !isAllCaps(next.text)) ||
        line.y - next.y <= 0 ||
        line.y - next.y > line.size * 1.6 ||
        parseNumbering(next.text) ||
        (isKnownSectionName(next.text) && !isKnownSectionName(`${text} ${next.text}`)) ||
        isKnownSectionName(text) ||
        /[.:]$/.test(line.text) ||
        !looksUnfinished(line.text) ||
        `${text} ${next.text}`.length > MAX_HEADING_CHARS * 1.5
      ) {
        break;
      }
      text = `${text} ${next.text}`;
      index++;
      absorbed.add(index);
    }
    merged.push({ ...heading, text });
  }
  return merged;
}

const isBareDivision = (text: string) => {
  const numbering = parseNumbering(text);
  return numbering?.kind === 'division' && numbering.rest === '';
};

/** "Chapter 3" or "PART II" alone on its line is followed by its title, set as a heading. */
function isDivisionTitle(line: TextLine, next: TextLine | undefined, body: BodyStyle): boolean {
  return (
    next !== undefined &&
    next.page === line.page &&
    line.y - next.y > 0 &&
    line.y - next.y < Math.max(line.size, next.size) * 4 &&
    !isBodyStyle(next, body) &&
    next.size >= body.size &&
    next.text.length <= MAX_HEADING_CHARS &&
    !parseNumbering(next.text) &&
    /^\p{Lu}/u.test(next.text)
  );
}

/** A heading line that wrapped is long, or stops on a word that needs a continuation. */
function looksUnfinished(text: string): boolean {
  return (
    text.length >= 25 || /(?:\b(?:and|or|of|for|the|in|on|with|to|a|an|from|by)|[-,–])$/i.test(text)
  );
}
