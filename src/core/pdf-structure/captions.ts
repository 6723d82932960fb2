/**
 * Figure and table captions: a line that starts with "Figure 3:", "Fig. 3.", "FIG. 3",
 * "Fig. 2.1.", "Table 2 Results", "TABLE II". A paper mentions a figure many times; it is
 * counted once per number, and the caption kept is the one that reads most like a caption
 * (punctuated after the number). A line running on in lower case ("Table 5 lists") is a sentence.
 */
import type { PdfCaption } from './pdf-structure';
import type { TextLine } from './text-lines';

const FIGURE =
  /^(Figure|FIGURE|Fig\.?|FIG\.?)\s*((?:[A-Z]\.?)?\d{1,3}(?:\.\d{1,2})?|[IVX]{1,6})(?![\d])\s*([:.|—–-]?)\s*(.*)$/u;
const TABLE =
  /^(Table|TABLE|Tab\.)\s*((?:[A-Z]\.?)?\d{1,3}(?:\.\d{1,2})?|[IVX]{1,6})(?![\d])\s*([:.|—–-]?)\s*(.*)$/u;

const MAX_CAPTION_CHARS = 300;

export function findCaptions(lines: TextLine[], kind: 'figure' | 'table'): PdfCaption[] {
  const pattern = kind === 'figure' ? FIGURE : TABLE;
  const byNumber = new Map<string, { caption: PdfCaption; score: number }>();
  lines.forEach((line, index) => {
    const match = pattern.exec(line.text);
    if (!match) return;
    const [, label, rawNumber, punctuation, rest] = match as unknown as string[];
    // "A.1" and "A1" are one appendix figure; "2.1" (per-section numbering) stays as is.
    const number = rawNumber!.replace(/^([A-Z])\./, '$1');
    // "Table 2 shows" is a mention; "Table 2:" or a caption set apart is the caption itself.
    const score = (punctuation ? 2 : 0) + (rest === '' || /^\p{Lu}/u.test(rest!) ? 1 : 0);
    // "Table 5 lists ..." or "Figure 5 of [1] ..." running on in lower case is a sentence.
    if (score === 0) return;
    const previous = byNumber.get(number);
    if (previous && previous.score >= score) return;
    byNumber.set(number, {
      caption: {
        label: label!,
        number,
        caption: captionText(lines, index, rest!),
        page: line.page,
      },
      score,
    });
  });
  return [...byNumber.values()].map((entry) => entry.caption);
}

/** The caption's first line plus the lines that follow it closely in the same size. */
function captionText(lines: TextLine[], index: number, firstLine: string): string {
  let text = firstLine;
  const first = lines[index]!;
  let previous = first;
  for (let i = index + 1; i < lines.length && text.length < MAX_CAPTION_CHARS; i++) {
    const line = lines[i]!;
    const gap = previous.y - line.y;
    if (line.page !== first.page || line.size !== first.size) break;
    if (gap <= 0 || gap > first.size * 1.7) break;
    text += ` ${line.text}`;
    previous = line;
  }
  text = text.trim();
  return text.length > MAX_CAPTION_CHARS ? `${text.slice(0, MAX_CAPTION_CHARS - 1)}…` : text;
}
