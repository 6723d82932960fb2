/**
 * A paper's headings as checklist items: labelled as printed, with ids that survive a re-analysis,
 * nested as an outline (sub-sections under their section) by the level the PDF analysis found.
 */
import type { ChecklistItem, PaperStructure } from './checklist';

/** FNV-1a, 32 bits, base 36: a short id that stays the same for the same text. */
function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Ids from the text, so the same heading keeps its tick when a re-analysis finds one more or
 * one fewer heading; repeated texts get a counter.
 */
export function idsByText(prefix: string, texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const hash = textHash(normalise(text));
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return count === 1 ? `${prefix}:${hash}` : `${prefix}:${hash}-${count}`;
  });
}

type Heading = NonNullable<PaperStructure['headings']>[number];

/** The heading as printed: its number once, whether or not the extracted text already has it. */
function headingLabel({ text, number }: Heading): string {
  if (!number) return text;
  // "1 Introduction" has its number; "1 10 Lessons" (number 1, text "10 Lessons") does not.
  const hasNumber = text.startsWith(number) && !/^\.?\d/.test(text.slice(number.length));
  return hasNumber ? text : `${number} ${text}`;
}

function headingItems(stepId: string, headings: readonly Heading[]) {
  // Ids hash number + text, as they always have, so ticks stored before the label fix stay.
  const ids = idsByText(
    stepId,
    headings.map((h) => (h.number ? `${h.number} ${h.text}` : h.text)),
  );
  return headings.map((heading, i): ChecklistItem => {
    const item: ChecklistItem = { id: ids[i]!, text: headingLabel(heading), fromPaper: true };
    if (heading.page !== undefined) item.page = heading.page;
    return item;
  });
}

/**
 * The headings nested by level: each goes under the nearest earlier heading of a higher level;
 * a heading without one (or without a level) is top-level.
 */
export function headingOutline(stepId: string, headings: readonly Heading[]): ChecklistItem[] {
  const items = headingItems(stepId, headings);
  const roots: ChecklistItem[] = [];
  const open: { level: number; item: ChecklistItem }[] = [];
  items.forEach((item, i) => {
    const level = headings[i]!.level ?? 1;
    while (open.length && open[open.length - 1]!.level >= level) open.pop();
    const parent = open[open.length - 1]?.item;
    if (parent) parent.items = [...(parent.items ?? []), item];
    else roots.push(item);
    open.push({ level, item });
  });
  return roots;
}
