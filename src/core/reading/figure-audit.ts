/**
 * Pass 2's figure audit, one block per figure, kept as Markdown inside the 'figureAudit' note:
 *
 *   ### Figure 3: Latency against load.
 *   - Axes labelled: yes
 *   - Error bars: no
 *   - Shows: latency grows linearly
 *
 * The note stays the one source of truth: it exports as written, the reader may edit it by hand,
 * and writing one answer rewrites only that answer's line, leaving every other character as typed.
 */

export type AuditField = 'axes' | 'errorBars' | 'shows';

export const AUDIT_FIELD_NAMES: Record<AuditField, string> = {
  axes: 'Axes labelled',
  errorBars: 'Error bars',
  shows: 'Shows',
};

export type FigureAnswers = Partial<Record<AuditField, string>>;

/** "Figure 3", as the block is headed. */
export function figureName(figure: { label: string; number?: string }): string {
  return figure.number ? `${figure.label} ${figure.number}` : figure.label;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const CAPTION_CHARS = 120;

/** [start, end) line indexes of the figure's block, or null. */
function blockOf(lines: readonly string[], name: string): [number, number] | null {
  const heading = `### ${name}`;
  const start = lines.findIndex(
    (line) => line === heading || line.startsWith(`${heading}:`) || line.startsWith(`${heading} `),
  );
  if (start < 0) return null;
  let end = start + 1;
  // The block ends at the next Markdown heading of any level.
  while (end < lines.length && !/^#{1,6}\s/.test(lines[end]!)) end++;
  return [start, end];
}

const answerLine = (field: AuditField) => `- ${AUDIT_FIELD_NAMES[field]}:`;

/** The answers the note holds for one figure. */
export function readFigureAnswers(note: string, name: string): FigureAnswers {
  const lines = note.split('\n');
  const block = blockOf(lines, name);
  const answers: FigureAnswers = {};
  if (!block) return answers;
  for (const line of lines.slice(block[0] + 1, block[1])) {
    for (const field of Object.keys(AUDIT_FIELD_NAMES) as AuditField[]) {
      // The first line wins, as it is the one writing replaces.
      if (answers[field] === undefined && line.startsWith(answerLine(field)))
        answers[field] = line.slice(answerLine(field).length).trim();
    }
  }
  return answers;
}

/** The note with one answer set; a figure without a block gets one at the end. */
export function writeFigureAnswer(
  note: string,
  figure: { name: string; caption: string },
  field: AuditField,
  value: string,
): string {
  const line = `${answerLine(field)} ${oneLine(value)}`.trimEnd();
  const lines = note.split('\n');
  const block = blockOf(lines, figure.name);
  if (!block) {
    const caption = oneLine(figure.caption).slice(0, CAPTION_CHARS);
    const heading = caption ? `### ${figure.name}: ${caption}` : `### ${figure.name}`;
    const separator = !note ? '' : note.endsWith('\n') ? '\n' : '\n\n';
    return `${note}${separator}${heading}\n${line}\n`;
  }
  const [start, end] = block;
  const at = lines.findIndex((l, i) => i > start && i < end && l.startsWith(answerLine(field)));
  if (at >= 0) lines[at] = line;
  else {
    // After the block's last non-blank line, so a blank line before the next block stays.
    let last = end - 1;
    while (last > start && !lines[last]!.trim()) last--;
    lines.splice(last + 1, 0, line);
  }
  return lines.join('\n');
}

/**
 * True when the note holds text the audit rows do not show: anything outside the blocks of the
 * figures listed (typed by hand, or about a figure the PDF analysis no longer finds), or a line
 * inside a block that is not one of the answers. The raw note is then shown too, so nothing the
 * reader wrote is hidden.
 */
export function hasTextBeyondAnswers(note: string, names: readonly string[]): boolean {
  const lines = note.split('\n');
  const shown = new Set<number>();
  for (const name of names) {
    const block = blockOf(lines, name);
    if (!block) continue;
    shown.add(block[0]);
    for (let i = block[0] + 1; i < block[1]; i++) {
      const line = lines[i]!;
      const isAnswer = (Object.keys(AUDIT_FIELD_NAMES) as AuditField[]).some((field) =>
        line.startsWith(answerLine(field)),
      );
      if (isAnswer || !line.trim()) shown.add(i);
    }
  }
  return lines.some((line, i) => !shown.has(i) && line.trim() !== '');
}
