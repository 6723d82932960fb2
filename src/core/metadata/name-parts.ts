/**
 * The last resort for authors: names a page shows in marked-up parts, a given name and a surname
 * in elements whose class says so ("given-name"/"surname", "first-name"/"last-name", "forename",
 * "family-name"...), as ScienceDirect and JATS-rendered pages do. The byline is the first run of
 * such names: the run ends where more than a little text separates two names, because the same
 * markup is used again in the reference list further down.
 */
import { foldWhitespace } from './clean-text';
import { LIMITS } from './limits';
import { nextInDocument, visibleText } from './visible-text';

const GIVEN = ['given-name', 'given-names', 'givenname', 'first-name', 'firstname', 'forename'];
const FAMILY = ['surname', 'family-name', 'familyname', 'last-name', 'lastname'];
/** Text allowed between two names of one byline: separators, footnote marks, an icon's label. */
const MAX_GAP = 120;
const MAX_PARTS = 4_000;
const SKIPPED = /^(?:SCRIPT|STYLE|SVG|TEMPLATE)$/i;

export function readNameParts(doc: Document): string[] {
  const body = doc.body;
  if (!body) return [];
  // By class name, not a selector list: browsers answer getElementsByClassName from an index.
  const givens = GIVEN.map((c) => body.getElementsByClassName(c)).find((list) => list.length > 0);
  if (!givens) return [];
  const names: string[] = [];
  let previous: Element | null = null;
  for (let i = 0; i < givens.length && i < MAX_PARTS && names.length < LIMITS.authors; i++) {
    const given = givens[i]!;
    const family = familyAfter(given);
    if (!family) continue;
    if (previous && textBetween(previous, given) > MAX_GAP) break;
    const name = foldWhitespace(`${visibleText(given, 200)} ${visibleText(family, 200)}`);
    if (name !== '') names.push(name);
    previous = family;
  }
  return names;
}

function classes(el: Element): string[] {
  return (el.getAttribute('class') ?? '').toLowerCase().split(/\s+/);
}

function isGiven(el: Element): boolean {
  return classes(el).some((c) => GIVEN.includes(c));
}

function isFamily(el: Element): boolean {
  return classes(el).some((c) => FAMILY.includes(c));
}

/** The surname element among the given name's next few siblings. */
function familyAfter(given: Element): Element | null {
  let sibling = given.nextElementSibling;
  for (let i = 0; sibling && i < 3; i++, sibling = sibling.nextElementSibling) {
    if (isFamily(sibling)) return sibling;
    if (isGiven(sibling)) return null;
  }
  return null;
}

/** Characters of visible text between the end of `from` and the start of `to`, counted up to a cap. */
function textBetween(from: Element, to: Element): number {
  let count = 0;
  let node: Node | null = nextInDocument(from);
  for (let visited = 0; node && visited < 500; visited++) {
    if (node === to) return count;
    if (node.nodeType === 1 && SKIPPED.test((node as Element).tagName)) {
      node = nextInDocument(node);
      continue;
    }
    if (node.nodeType === 3) count += foldWhitespace(node.nodeValue ?? '').length;
    if (count > MAX_GAP) return count;
    node = node.firstChild ?? nextInDocument(node);
  }
  return Infinity;
}
