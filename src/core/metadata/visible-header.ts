/**
 * For pages without scholarly tags: the paper's header as a reader sees it. The title is the body
 * element whose text the <title> repeats (usually with the site's name around it, "Title -
 * Journal"); failing that, the first large heading, with a subtitle on its next line. The byline
 * is the few short lines that follow the title: names ("A and B", "A, B, C", "Name, Affiliation"),
 * a date and perhaps a DOI. Reading stops at the next heading or the first long paragraph.
 */
import { NAME_PARTICLES } from './author-name';
import { foldWhitespace } from './clean-text';
import { parsePageDate } from './dates';
import { findLabelledDate } from './labelled-date';
import { soleDoiIn } from './sole-doi';
import type { FoundFields } from './found-fields';
import { BLOCK_TAGS, nextInDocument, visibleText } from './visible-text';

const TITLE_CANDIDATES = 'h1, h2, h3, h4, b, strong, font, p, center';
const MAX_CANDIDATES = 3_000;
const SEPARATOR = /^\s*(?:[-|–—:·•»]|::)\s+/;
const FALLBACK_TITLE =
  'h1, font[size="5"], font[size="6"], font[size="7"], font[size="+2"], font[size="+3"]';

const HEADING = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SUP', 'SVG', 'BUTTON']);

const MAX_LINES = 16;
const LONG_LINE = 300;
const MAX_NODES = 2_000;

export function readVisibleHeader(doc: Document, documentTitle: string): FoundFields | null {
  const body = doc.body;
  if (!body) return null;
  const matched = findTitleElement(body, foldWhitespace(documentTitle));
  const titleElement = matched ?? findFallbackTitle(body);
  if (!titleElement) return null;
  let title = foldWhitespace(visibleText(titleElement, 2_000));
  const lines = linesAfter(titleElement);
  // A page without a matching <title> may print its subtitle on the title's next line.
  if (!matched && lines[0] !== undefined && isSubtitle(lines[0])) {
    title = `${title}: ${lines.shift()}`;
  }
  const header = lines.join('\n');
  // The issue line ("Volume 23, May 2017") often sits just above the title.
  const around = [...lines, ...linesBefore(titleElement)];
  const dateLine = around.find((line) => parsePageDate(line, false) !== null);
  return {
    title,
    authors: namesIn(lines),
    // A labelled publication date beats the first date printed (often "Received ...").
    date:
      findLabelledDate(around.join('\n'))?.iso ??
      dateLine ??
      around.map((l) => parsePageDate(l)?.iso).find((d) => d !== undefined),
    doi: soleDoiIn(header) ?? undefined,
  };
}

/** The element whose text is the document title, or the title without a site name around it. */
function findTitleElement(body: HTMLElement, documentTitle: string): Element | null {
  if (documentTitle.length < 8) return null;
  const wanted = documentTitle.toLowerCase();
  const candidates = body.querySelectorAll(TITLE_CANDIDATES);
  for (let i = 0; i < candidates.length && i < MAX_CANDIDATES; i++) {
    const el = candidates[i]!;
    const text = foldWhitespace(visibleText(el, documentTitle.length + 1)).toLowerCase();
    if (text.length < 8 || text.length > wanted.length) continue;
    if (text === wanted) return el;
    if (wanted.startsWith(text) && SEPARATOR.test(wanted.slice(text.length))) return el;
    if (wanted.endsWith(text) && / (?:[-|–—:·•»]|::)\s*$/.test(wanted.slice(0, -text.length))) {
      return el;
    }
    if (isTitleAfterShortPrefix(wanted, text)) return el;
  }
  return null;
}

/**
 * "View of Title | Journal", "Full text: Title": the title after a prefix of at most three words,
 * with the site name (if any) after a separator. Only for titles of three words or more, so a
 * short heading that happens to be part of the title is not taken for it.
 */
function isTitleAfterShortPrefix(wanted: string, text: string): boolean {
  const at = wanted.indexOf(text);
  if (at <= 0 || text.split(' ').length < 3) return false;
  const prefix = wanted
    .slice(0, at)
    .trim()
    .replace(/[:\s]+$/, '');
  const rest = wanted.slice(at + text.length);
  return prefix.split(' ').length <= 3 && (rest === '' || SEPARATOR.test(rest));
}

function findFallbackTitle(body: HTMLElement): Element | null {
  const el = body.querySelector(FALLBACK_TITLE);
  if (!el) return null;
  const words = foldWhitespace(visibleText(el, 500)).split(' ').length;
  return words >= 2 ? el : null;
}

/** Short lines of text following `start`, until a heading, a long paragraph or the line limit. */
function linesAfter(start: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): boolean => {
    const line = foldWhitespace(current);
    current = '';
    if (line === '') return true;
    if (line.length > LONG_LINE) return false;
    lines.push(line);
    return lines.length < MAX_LINES;
  };
  let node = nextInDocument(start);
  for (let visited = 0; node && visited < MAX_NODES; visited++) {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      if (current.length > LONG_LINE * 2 && !flush()) break;
      node = nextInDocument(node);
      continue;
    }
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (HEADING.has(tag)) break;
    if (BLOCK_TAGS.has(tag) && !flush()) break;
    node =
      node.nodeType === 1 && !SKIPPED.has(tag) && node.firstChild
        ? node.firstChild
        : nextInDocument(node);
  }
  if (node === null || current !== '') flush();
  return lines;
}

/** Node before `node` in document order (its previous sibling's last descendant, or its parent). */
function before(node: Node): Node | null {
  let prev = node.previousSibling;
  if (!prev) return node.parentNode;
  while (prev.lastChild && !SKIPPED.has((prev as Element).tagName?.toUpperCase?.() ?? ''))
    prev = prev.lastChild;
  return prev;
}

/** Up to four short lines just above `start`, nearest first, stopping at a heading. */
function linesBefore(start: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = foldWhitespace(current);
    current = '';
    if (line !== '' && line.length <= LONG_LINE) lines.push(line);
  };
  let node = before(start);
  for (let visited = 0; node && visited < 200 && lines.length < 4; visited++) {
    if (node.nodeType === 3) current = (node.nodeValue ?? '') + current;
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BODY' || HEADING.has(tag)) break;
      if (BLOCK_TAGS.has(tag)) flush();
    }
    node = before(node);
  }
  flush();
  return lines;
}

/** Words that never occur in a person's name but do in affiliations, journals and page chrome. */
const NOT_NAME_WORDS = new Set([
  'university',
  'universität',
  'université',
  'universidad',
  'universidade',
  'università',
  'institute',
  'institut',
  'instituto',
  'college',
  'school',
  'department',
  'dept',
  'faculty',
  'laboratory',
  'laboratories',
  'lab',
  'labs',
  'center',
  'centre',
  'inc',
  'ltd',
  'llc',
  'corp',
  'corporation',
  'company',
  'research',
  'hospital',
  'clinic',
  'foundation',
  'academy',
  'society',
  'museum',
  'library',
  'planetarium',
  'observatory',
  'press',
  'journal',
  'proceedings',
  'volume',
  'issue',
  'the',
  'of',
  'for',
  'in',
  'on',
  'at',
  'to',
  'with',
  'abstract',
  'keywords',
  'published',
  'download',
  'pdf',
  'article',
  'home',
  'search',
  'menu',
  'login',
  'open',
  'access',
  'view',
  'cite',
  'share',
  'full',
  'text',
  'references',
  'received',
  'accepted',
  'online',
  'group',
  'division',
  'national',
  'international',
  'ministry',
  'council',
  'agency',
  'office',
  'email',
  'e-mail',
  // share and index links that sit beside bylines
  'weibo',
  'twitter',
  'facebook',
  'linkedin',
  'reddit',
  'mendeley',
  'wechat',
  'bluesky',
  'mastodon',
  'google',
  'scholar',
  'pubmed',
  'crossref',
  'print',
]);
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u;

export function isNameLike(segment: string): boolean {
  const s = segment.trim();
  if (s.length < 4 || s.length > 80 || /[\d@:()[\]{}<>/\\|=+]/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  // "IIT Bombay", "MIT CSAIL" beside mixed case: an acronym first is an institution, not a name.
  if (/\p{Ll}/u.test(s) && /^\p{Lu}{2,5}$/u.test(words[0]!)) return false;
  let capitalised = 0;
  for (const word of words) {
    const lower = word.toLowerCase().replace(/[.,]$/, '');
    if (NOT_NAME_WORDS.has(lower)) return false;
    if (NAME_WORD.test(word)) capitalised++;
    else if (!NAME_PARTICLES.has(lower)) return false;
  }
  return capitalised >= 2;
}

const SEGMENT_SPLIT = /\s*(?:,|;|\band\b|&|\s·\s)\s*/i;
const BY = /^by\s+/i;

/** Names in byline lines: a line of names, or "Name, Affiliation, ..." (the name only). */
function namesIn(lines: string[]): string[] {
  const names: string[] = [];
  for (const line of lines) {
    const segments = line
      .replace(BY, '')
      .split(SEGMENT_SPLIT)
      .filter((s) => s !== '');
    const flags = segments.map(isNameLike);
    const leading = flags.indexOf(false) < 0 ? segments.length : flags.indexOf(false);
    names.push(...segments.slice(0, leading));
  }
  return names;
}

function isSubtitle(line: string): boolean {
  const words = line.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 25 &&
    !/\d/.test(line) &&
    !BY.test(line) &&
    !isNameLike(line) &&
    namesIn([line]).length === 0
  );
}
