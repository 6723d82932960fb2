/**
 * Full-text HTML made by LaTeXML (arxiv.org/html/ID, ar5iv): no scholarly tags, but a marked-up
 * title, author blocks (name first, then affiliation and e-mail after line breaks, footnote marks
 * inside) and an abstract section.
 */
import { foldWhitespace } from './clean-text';
import type { FoundFields } from './found-fields';
import { LIMITS } from './limits';
import { isNameLike } from './visible-header';
import { visibleText } from './visible-text';

const NOT_NAME_PARTS = new Set(['SUP', 'BR']);

export function readLatexmlPage(doc: Document): FoundFields | null {
  const title = doc.querySelector('h1.ltx_title_document');
  if (!title) return null;
  const authors: string[] = [];
  const people = doc.querySelectorAll('.ltx_authors .ltx_personname');
  for (let i = 0; i < people.length && authors.length < LIMITS.authors; i++) {
    authors.push(...namesIn(firstLine(people[i]!)));
  }
  const abstract = doc.querySelector('.ltx_abstract');
  const abstractTitle = abstract?.querySelector('.ltx_title');
  let abstractText = abstract ? visibleText(abstract, LIMITS.abstract * 2) : undefined;
  if (abstractText && abstractTitle) {
    abstractText = abstractText.replace(visibleText(abstractTitle, 100), '');
  }
  return {
    title: visibleText(withoutNotes(title), LIMITS.title * 2),
    authors,
    abstract: abstractText,
  };
}

/** A copy of the element without its footnotes (the page is not touched). */
function withoutNotes(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  for (const note of Array.from(copy.querySelectorAll('.ltx_note, .ltx_role_footnotemark, sup'))) {
    note.remove();
  }
  return copy;
}

/** Text of a person block up to its first line break, footnotes and marks left out. */
function firstLine(el: Element): string {
  let out = '';
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (element.tagName.toUpperCase() === 'BR') return false;
        if (
          NOT_NAME_PARTS.has(element.tagName.toUpperCase()) ||
          element.classList.contains('ltx_note')
        )
          continue;
        if (!walk(child)) return false;
      }
      if (out.length > LIMITS.authorName * 4) return false;
    }
    return true;
  };
  walk(el);
  return foldWhitespace(out);
}

function namesIn(line: string): string[] {
  const parts = line.split(/\s*(?:,|&|\band\b)\s*/).filter((p) => p !== '');
  const names = parts.filter(isNameLike);
  // One block may hold one name the shape test does not know (a single word, non-Latin script).
  return names.length > 0 ? names : parts.length === 1 ? parts : [];
}
