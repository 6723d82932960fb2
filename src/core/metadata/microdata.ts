/**
 * schema.org in microdata: an element with itemscope and a schema.org itemtype, its properties in
 * itemprop attributes below it (name/headline, author as a Person with name or givenName and
 * familyName, datePublished, identifier or sameAs holding a DOI). Only scholarly types are read:
 * generic Article microdata is on too many news and blog templates to mean anything.
 */
import type { FoundFields } from './found-fields';
import { LIMITS } from './limits';
import { doiLike, personNameOf, schemaTypes, SCHOLARLY_TYPES } from './schema-org';
import { visibleText } from './visible-text';

const MAX_SCOPES = 200;
const MAX_PROPS = 2_000;

export function readMicrodata(doc: Document): FoundFields | null {
  const scopes = doc.querySelectorAll('[itemscope][itemtype]');
  for (let i = 0; i < scopes.length && i < MAX_SCOPES; i++) {
    const scope = scopes[i]!;
    const types = schemaTypes((scope.getAttribute('itemtype') ?? '').split(/\s+/));
    if (types.some((t) => SCHOLARLY_TYPES.has(t))) return fieldsOf(scope);
  }
  return null;
}

/** A property's value as microdata defines it: content, a link's href, a time's datetime, or text. */
function valueOf(el: Element): string {
  const content = el.getAttribute('content');
  if (content !== null) return content;
  const tag = el.tagName.toUpperCase();
  if (tag === 'A' || tag === 'LINK') return el.getAttribute('href') ?? '';
  if (tag === 'TIME') return el.getAttribute('datetime') ?? visibleText(el, 200);
  return visibleText(el, LIMITS.title * 2);
}

/** The item's own properties: those whose nearest enclosing itemscope is `scope`. */
function ownProps(scope: Element): Map<string, Element[]> {
  const props = new Map<string, Element[]>();
  const all = scope.querySelectorAll('[itemprop]');
  for (let i = 0; i < all.length && i < MAX_PROPS; i++) {
    const el = all[i]!;
    const owner = el.parentElement?.closest('[itemscope]');
    if (owner !== scope) continue;
    for (const name of (el.getAttribute('itemprop') ?? '').split(/\s+/)) {
      if (name === '') continue;
      const list = props.get(name);
      if (list) list.push(el);
      else props.set(name, [el]);
    }
  }
  return props;
}

function personName(el: Element): string | undefined {
  if (!el.hasAttribute('itemscope')) return valueOf(el);
  const props = ownProps(el);
  const first = (key: string) => {
    const found = props.get(key)?.[0];
    return found ? valueOf(found) : undefined;
  };
  return personNameOf(first('name'), first('givenName'), first('familyName'));
}

function fieldsOf(scope: Element): FoundFields {
  const props = ownProps(scope);
  const first = (...keys: string[]) => {
    for (const key of keys) {
      const found = props.get(key)?.[0];
      if (found) return valueOf(found);
    }
    return undefined;
  };
  const ids = [...(props.get('identifier') ?? []), ...(props.get('sameAs') ?? [])].map(valueOf);
  return {
    title: first('headline', 'name'),
    authors: (props.get('author') ?? props.get('creator') ?? [])
      .slice(0, LIMITS.authors)
      .map(personName)
      .filter((n): n is string => n !== undefined && n.trim() !== ''),
    date: first('datePublished', 'dateCreated'),
    doi: ids.find(doiLike),
    abstract: first('abstract', 'description'),
  };
}
