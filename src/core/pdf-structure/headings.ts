/**
 * Section headings from the printed lines. A line is a heading when it is short, stands alone,
 * and either carries section numbering or a known section name in a style that differs from the body, or shares the exact
 * style (font and size) of such headings.
 */
import { foldText } from './fold-text';
import { keepIncreasingSections } from './heading-order';
import { parseNumbering, type Numbering } from './heading-numbering';
import {
  isAllCaps,
  isBodyStyle,
  MAX_HEADING_CHARS,
  styleKeyOf,
  type BodyStyle,
} from './heading-style';
import type { PdfHeading } from './pdf-structure';
import { isKnownSectionName, KNOWN_SECTION_NAMES, REFERENCE_SECTION_NAMES } from './section-names';
import { runningKey, runningTexts, type TextLine } from './text-lines';
import { mergeWrappedHeadings } from './wrapped-headings';

export type { BodyStyle } from './heading-style';

/** A heading found on a line, with the line it came from (the reference list needs it). */
export interface LineHeading extends PdfHeading {
  lineIndex: number;
}

/** Share of a style's lines that must be certain headings for the style to mark headings. */
const MIN_STRONG_SHARE = 0.1;

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
const MAX_HEADING_WORDS = 14;

interface Candidate {
  lineIndex: number;
  line: TextLine;
  numbering: Numbering | null;
  /** The text without numbering. */
  rest: string;
  known: boolean;
  /** Numbered or a known name: evidence enough on its own. */
  strong: boolean;
  styleKey: string;
}

function toCandidate(line: TextLine, lineIndex: number, body: BodyStyle): Candidate | null {
  const text = line.text;
  // Labels inside figures and formulas ("O N", "Pc Pc", "S = RT") have no real word.
  if (!/\p{L}{3}/u.test(text)) return null;
  if (text.length > MAX_HEADING_CHARS || text.split(' ').length > MAX_HEADING_WORDS) return null;
  if (/[,;]$/.test(text) || (text.match(/\p{L}/gu)?.length ?? 0) < 2) return null;
  const numbering = parseNumbering(text);
  const rest = (numbering ? numbering.rest : text).replace(/[.:]$/, '').trim();
  // "conclusions." ending a paragraph is no heading: a heading starts with a capital.
  const known = /^\p{Lu}/u.test(rest) && KNOWN_SECTION_NAMES.has(foldText(rest));
  const letters = rest.replace(/[^\p{L}]/gu, '');
  // "APPENDIX 1" has no text after its number: its own capitals count.
  const allCaps = isAllCaps(rest || text);
  // Small capitals (AASTeX, some journals) set headings smaller than the body.
  const minSize = allCaps && (numbering || known) ? 0.7 : 0.88;
  if (line.size < body.size * minSize) return null;
  // A table row ("15 ARSV 0.352 0.772") is numbered but mostly figures.
  if ((rest.match(/\d/g)?.length ?? 0) > letters.length) return null;
  const larger = line.size >= body.size * 1.1;
  const distinctFont = line.fontName !== body.fontName && line.singleFont;
  const styled = larger || distinctFont || allCaps;
  if (numbering) {
    if (!styled && !known) return null;
    // "1. We show that ..." is a list item, not a section.
    if (/\.$/.test(numbering.rest) && numbering.rest.split(' ').length > 6) return null;
    if (numbering.kind === 'appendix' || numbering.kind === 'division' || rest.length > 0) {
      return { lineIndex, line, numbering, rest, known, strong: true, styleKey: styleKeyOf(line) };
    }
    return null;
  }
  if (known) {
    return { lineIndex, line, numbering, rest, known, strong: true, styleKey: styleKeyOf(line) };
  }
  if (!styled || !/^\p{Lu}/u.test(rest) || /[.!?]$/.test(text)) return null;
  return { lineIndex, line, numbering, rest, known, strong: false, styleKey: styleKeyOf(line) };
}

/** "2. RESULTS. The model ..." or "INTRODUCTION: We ...": a capitals lead in the body's font. */
const CAPS_RUN_IN = /^((?:[\dIVX]{1,4}\.?\s+)?\p{Lu}[\p{Lu}\s'’-]{3,60})[.:]\s+\p{Lu}/u;

/**
 * A run-in heading opens a paragraph: a bold or larger lead phrase ("3. Algorithm."), or one in
 * capitals, then the paragraph on the same line. Only numbered leads count: a bold "Theorem 2."
 * or "Proof." opens no section.
 */
function runInCandidate(line: TextLine, lineIndex: number, body: BodyStyle): Candidate | null {
  // The paragraph after the lead is body text; another style there ("M" then a subscript "3I")
  // means the lead is a fragment of a heading.
  const styledLead =
    line.lead &&
    (line.lead.fontName !== body.fontName || line.lead.size >= body.size * 1.1) &&
    isBodyStyle({ ...line, ...line.lead.followedBy }, body) &&
    line.lead;
  const capsLead = styledLead ? null : CAPS_RUN_IN.exec(line.text)?.[1];
  const lead = styledLead
    ? { ...line, text: styledLead.text, fontName: styledLead.fontName, size: styledLead.size }
    : capsLead
      ? { ...line, text: capsLead.trim() }
      : null;
  if (!lead) return null;
  const text = lead.text.replace(/[.:—–-]+$/, '').trim();
  if (text.split(' ').length > MAX_HEADING_WORDS || !/\p{L}{3}/u.test(text)) return null;
  const numbering = parseNumbering(text);
  const rest = numbering ? numbering.rest : text;
  // Unnumbered leads ("Background:", "Funding.") label parts of structured abstracts and
  // declarations more often than they open sections.
  if (!numbering || !rest || numbering.kind === 'letter') return null;
  if (capsLead && !isAllCaps(rest)) return null;
  const headingLine = { ...lead, text, singleFont: true };
  return {
    lineIndex,
    line: headingLine,
    numbering,
    rest,
    known: isKnownSectionName(rest),
    strong: true,
    styleKey: styleKeyOf(headingLine),
  };
}

/** `titleLines`: the title's lines, which are no heading however they are set. */
export function headingsFromLines(
  lines: TextLine[],
  body: BodyStyle,
  titleLines: number[] = [],
): LineHeading[] {
  const repeated = runningTexts(lines);
  const title = new Set(titleLines);
  const candidates: Candidate[] = [];
  lines.forEach((line, index) => {
    if (title.has(index)) return;
    if (repeated.has(runningKey(line)) && !isNumberedDivision(line)) return;
    const candidate = runInCandidate(line, index, body) ?? toCandidate(line, index, body);
    if (candidate) candidates.push(candidate);
  });

  // The reference list's own numbering ("12. Author") is no section numbering.
  const referencesAt = candidates.findLastIndex((c) =>
    REFERENCE_SECTION_NAMES.has(foldText(c.rest)),
  );
  const front = referencesAt >= 0 ? candidates.slice(0, referencesAt + 1) : candidates;
  // Styles proven by numbered or known headings; unnumbered lines in exactly that style join.
  // A style used mostly by other lines (a reference list's, a caption's) proves nothing.
  const linesByStyle = countBy(lines.map(styleKeyOf));
  const strongByStyle = countBy(
    front
      .filter((c) => c.strong && (c.numbering?.depth ?? 1) === 1 && !isBodyStyle(c.line, body))
      .map((c) => c.styleKey),
  );
  const headingStyles = new Set(
    [...strongByStyle]
      .filter(([style, strong]) => strong >= (linesByStyle.get(style) ?? 0) * MIN_STRONG_SHARE)
      .map(([style]) => style),
  );
  const firstStrongIndex = candidates.find((c) => c.strong)?.lineIndex ?? Infinity;
  const accepted = candidates.filter((c, index) => {
    if (index > referencesAt && referencesAt >= 0) {
      return headingStyles.has(c.styleKey) || c.known || c.numbering?.kind === 'appendix';
    }
    if (c.strong) return true;
    // Before the first certain heading on page 1 sit the title and authors.
    if (c.line.page === 1 && c.lineIndex < firstStrongIndex) return false;
    return headingStyles.has(c.styleKey);
  });

  const headings = assignLevels(accepted);
  return keepIncreasingSections(mergeWrappedHeadings(headings, lines, body));
}

function assignLevels(candidates: Candidate[]): LineHeading[] {
  const usesRoman = candidates.some((c) => c.numbering?.kind === 'roman');
  let inBackMatter = false;
  let inDivision = false;
  const headings: LineHeading[] = [];
  for (const c of candidates) {
    const numbering = c.numbering;
    const foldedRest = foldText(c.rest);
    let level = numbering?.depth ?? 1;
    // Inside a part or chapter, numbered sections sit one level down ("3.1" already does).
    if (numbering?.kind === 'division') inDivision = true;
    else if (inDivision && (numbering?.kind === 'arabic' || numbering?.kind === 'roman')) {
      level = Math.max(level, 2);
    }
    if (numbering?.kind === 'letter' && numbering.depth === 1) {
      if (inBackMatter) level = 1;
      else if (usesRoman && numbering.punctuated) level = 2;
      else continue;
    }
    if (numbering?.kind === 'letter' && !numbering.punctuated && !inBackMatter) continue;
    if (REFERENCE_SECTION_NAMES.has(foldedRest) || numbering?.kind === 'appendix') {
      inBackMatter = true;
    }
    if (foldedRest === 'appendix' || foldedRest === 'appendices') inBackMatter = true;
    headings.push({
      text: c.line.text,
      ...(numbering?.number ? { number: numbering.number } : {}),
      level,
      page: c.line.page,
      lineIndex: c.lineIndex,
    });
  }
  return headings;
}

/**
 * "APPENDIX 2" or "Chapter 3" recurs with another number on several pages, like a running head,
 * but away from the page's top and bottom edges it is a heading.
 */
function isNumberedDivision(line: TextLine): boolean {
  const kind = parseNumbering(line.text)?.kind;
  const fromEdge = Math.min(line.y, line.pageHeight - line.y);
  return (kind === 'appendix' || kind === 'division') && fromEdge > line.pageHeight * 0.1;
}
