/**
 * Title, authors and abstract from the first page. Document metadata titles are often wrong
 * (another paper's title, "paper.dvi", the proceedings' name), so the metadata title is used
 * only when it agrees with the page's most prominent text; otherwise the largest text wins.
 */
import { foldText } from './fold-text';
import { parseNumbering } from './heading-numbering';
import { isKnownSectionName } from './section-names';
import type { TextLine } from './text-lines';

/**
 * Lines that are never a title however large: venue banners, identifiers, licences, and what
 * report and thesis covers print above or below the title (the institution, the report number,
 * the degree statement).
 */
const NOT_TITLE =
  /\b(journal|proceedings|conference|vol\.|volume|issn|doi|arxiv|preprint|copyright|licen[cs]e|submitted|accepted|published|received|correspondence|check for updates|technical (?:report|memorandum|note)|report (?:no|number)|dissertation|thesis|partial fulfil+ment|university|institute|laborator(?:y|ies)|department|faculty|committee)\b|\bcit(?:ation|e this(?: article)?):|https?:|www\.|©/i;

/** Article-type banners printed above titles ("Research Article", "OPEN ACCESS"). */
const ARTICLE_TYPE =
  /^(?:open access\s*)?(?:(?:research|original|review|short|brief|full|regular|invited)\s+)?(?:article|paper|communication|report|letter|review|editorial|perspective|commentary|note)?(?:\s*open access)?$/i;

/** Prominent-text blocks compared against the metadata title. */
const BLOCKS_COMPARED = 3;

export interface TitleResult {
  title: string | null;
  source: 'metadata' | 'typography' | null;
  /** Lines of page 1 that the title occupies (authors follow them). */
  lineIndexes: number[];
}

interface Block {
  text: string;
  lineIndexes: number[];
  size: number;
}

/** Runs of consecutive, vertically close page-1 lines sharing one size, largest first. */
function prominentBlocks(firstPage: TextLine[]): Block[] {
  const blocks: Block[] = [];
  const upper = firstPage.filter(
    (line) => line.y >= line.pageHeight * 0.3 || line.pageHeight === 0,
  );
  const sizes = [...new Set(upper.map((line) => line.size))].sort((a, b) => b - a);
  for (const size of sizes) {
    let current: Block | null = null;
    let previous: TextLine | null = null;
    firstPage.forEach((line, index) => {
      if ((line.text.match(/\p{L}/gu)?.length ?? 0) < 2) return; // stray marks between title lines
      const eligible =
        Math.abs(line.size - size) < 0.3 &&
        (line.y >= line.pageHeight * 0.3 || line.pageHeight === 0) &&
        !NOT_TITLE.test(line.text) &&
        !ARTICLE_TYPE.test(line.text) &&
        !isSectionHeading(line.text);
      if (!eligible) {
        current = null;
        return;
      }
      const gap = previous ? previous.y - line.y : 0;
      if (current && previous && gap > 0 && gap < size * 2.2) {
        current.text += ` ${line.text}`;
        current.lineIndexes.push(index);
      } else {
        current = { text: line.text, lineIndexes: [index], size };
        blocks.push(current);
      }
      previous = line;
    });
    if (blocks.length >= BLOCKS_COMPARED) break;
  }
  return blocks.filter((block) => (block.text.match(/\p{L}/gu)?.length ?? 0) >= 4);
}

/** "Summary", "1. Introduction": a section's heading may be set as large as the title. */
function isSectionHeading(text: string): boolean {
  const numbering = parseNumbering(text);
  return isKnownSectionName(numbering ? numbering.rest : text) || numbering?.kind === 'arabic';
}

function agrees(a: string, b: string): boolean {
  const x = foldText(a);
  const y = foldText(b);
  if (x.length < 4 || y.length < 4) return false;
  if (x === y) return true;
  const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
  return longer.includes(shorter) && shorter.length >= longer.length * 0.6;
}

/** Repository stamps ("[hal-00555588, v1] ...") are not part of a title. */
const cleanMetadataTitle = (title: string) => title.replace(/^\s*\[[^\]]*\]\s*/, '').trim();

/**
 * A first footnote's mark after the last word ("Design1", "Systems*") is not part of a title;
 * other digits may be ("IPv6"), so only "1" and symbols go.
 */
const withoutFootnoteMark = (title: string) => title.replace(/(\p{L})(?:1|[*†‡§])$/u, '$1');

export function findTitle(
  firstPage: TextLine[],
  rawMetadataTitle: string | undefined,
): TitleResult {
  const blocks = prominentBlocks(firstPage);
  const metadataTitle = rawMetadataTitle ? cleanMetadataTitle(rawMetadataTitle) : undefined;
  if (metadataTitle) {
    const match = blocks
      .slice(0, BLOCKS_COMPARED)
      .find((block) => agrees(block.text, metadataTitle));
    if (match) {
      return {
        title: metadataTitle.replace(/\s+/g, ' ').trim(),
        source: 'metadata',
        lineIndexes: match.lineIndexes,
      };
    }
  }
  const printed = metadataTitle ? linesSpelling(firstPage, metadataTitle) : null;
  if (metadataTitle && printed) {
    return {
      title: metadataTitle.replace(/\s+/g, ' ').trim(),
      source: 'metadata',
      lineIndexes: printed,
    };
  }
  const best = blocks[0];
  if (!best) return { title: null, source: null, lineIndexes: [] };
  return {
    title: withoutFootnoteMark(best.text.trim()),
    source: 'typography',
    lineIndexes: best.lineIndexes,
  };
}

/** Lines of page 1 searched for a metadata title printed in running text. */
const TOP_LINES_SEARCHED = 12;
/** Consecutive lines a title printed in running text may span. */
const MAX_TITLE_LINES = 4;

/**
 * Older papers run the title into the text ("Mathematics. - On the attraction between ...
 * plates. By ..."): no block of its own to agree with, but the metadata title is printed there
 * word for word near the top of the page. A banner ("Proceedings of ...") never counts.
 */
function linesSpelling(firstPage: TextLine[], title: string): number[] | null {
  const wanted = foldText(title);
  if (title.split(/\s+/).length < 3 || wanted.length < 15 || NOT_TITLE.test(title)) return null;
  const top = firstPage.slice(0, TOP_LINES_SEARCHED).map((line) => foldText(line.text));
  for (let first = 0; first < top.length; first++) {
    let text = '';
    for (let last = first; last < Math.min(top.length, first + MAX_TITLE_LINES); last++) {
      text += top[last];
      if (text.includes(wanted)) {
        return Array.from({ length: last - first + 1 }, (_, i) => first + i);
      }
    }
  }
  return null;
}

const AFFILIATION =
  /universit|institut|department|dept\.|laborator|school|college|cent(er|re)\b|inc\.|corporation|research|@|\bemail\b|\babstract\b/i;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|da|di|le|la))+$/u;

/** Names on the lines under the title, up to the first affiliation or paragraph. */
export function findAuthors(
  firstPage: TextLine[],
  titleLines: number[],
  bodySize: number,
): string[] {
  if (titleLines.length === 0) return [];
  const after = Math.max(...titleLines) + 1;
  const names: string[] = [];
  for (let i = after; i < Math.min(firstPage.length, after + 8); i++) {
    const line = firstPage[i]!;
    if (line.size < bodySize * 0.85 || line.text.length > 160) break;
    if (AFFILIATION.test(line.text)) {
      if (names.length > 0) break;
      continue;
    }
    const parts = line.text
      .replace(/[∗*†‡§¶♯♮\d]+/g, ' ')
      .split(/,|\band\b|;|\s{2,}|&/)
      .map((part) => part.replace(/\s+/g, ' ').trim())
      .filter((part) => NAME.test(part) && part.split(' ').length <= 5);
    names.push(...parts);
  }
  return [...new Set(names)];
}

const ABSTRACT_START = /^abstract\b[\s.:—–-]*/i;
const MAX_ABSTRACT_CHARS = 3000;

/** The abstract: after an "Abstract" heading or run-in label, up to the next heading. */
export function findAbstract(lines: TextLine[], headingLines: Set<number>): string | null {
  const searchLimit = Math.min(lines.length, 400);
  for (let i = 0; i < searchLimit; i++) {
    const line = lines[i]!;
    if (line.page > 2) break;
    if (!ABSTRACT_START.test(line.text)) continue;
    let text = line.text.replace(ABSTRACT_START, '');
    for (let j = i + 1; j < lines.length && text.length < MAX_ABSTRACT_CHARS; j++) {
      if (headingLines.has(j) || lines[j]!.page > line.page + 1) break;
      text = /\p{Ll}-$/u.test(text)
        ? text.slice(0, -1) + lines[j]!.text
        : `${text} ${lines[j]!.text}`;
    }
    text = text.trim();
    return text.length >= 40 ? text.slice(0, MAX_ABSTRACT_CHARS) : null;
  }
  return null;
}
