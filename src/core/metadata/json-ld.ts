/**
 * schema.org ScholarlyArticle in JSON-LD (<script type="application/ld+json">), as some
 * publishers and repositories embed it. Parsed as data only; bounded in size and depth.
 */
import type { FoundFields } from './found-fields';
import { LIMITS } from './limits';

type Json = unknown;

const MAX_DEPTH = 6;
const MAX_NODES = 2_000;

export function readScholarlyJsonLd(doc: Document, unreadable: string[]): FoundFields | null {
  const scripts = doc.getElementsByTagName('script');
  let read = 0;
  for (let i = 0; i < scripts.length && read < LIMITS.jsonLdScripts; i++) {
    const script = scripts[i]!;
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    read++;
    const text = script.textContent ?? '';
    if (text.length > LIMITS.jsonLdLength) {
      unreadable.push('JSON-LD (too long)');
      continue;
    }
    let data: Json;
    try {
      data = JSON.parse(text);
    } catch {
      unreadable.push('JSON-LD (malformed)');
      continue;
    }
    const article = findArticle(data);
    if (article) return fieldsOf(article);
  }
  return null;
}

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isScholarly(node: Record<string, Json>): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((t) => typeof t === 'string' && /ScholarlyArticle$/.test(t));
}

/** Breadth-first over arrays, @graph and nested objects, bounded. */
function findArticle(root: Json): Record<string, Json> | null {
  let level: Json[] = [root];
  let visited = 0;
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: Json[] = [];
    for (const node of level) {
      if (++visited > MAX_NODES) return null;
      if (Array.isArray(node)) next.push(...node.slice(0, 200));
      else if (isObject(node)) {
        if (isScholarly(node)) return node;
        for (const value of Object.values(node)) if (typeof value === 'object') next.push(value);
      }
    }
    level = next;
  }
  return null;
}

function text(v: Json): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (isObject(v)) return text(v['name'] ?? v['value'] ?? v['@value']);
  return undefined;
}

function list(v: Json): Json[] {
  return Array.isArray(v) ? v.slice(0, LIMITS.authors) : v === undefined ? [] : [v];
}

function personName(v: Json): string | undefined {
  if (typeof v === 'string') return v;
  if (!isObject(v)) return undefined;
  if (typeof v['name'] === 'string') return v['name'];
  const given = typeof v['givenName'] === 'string' ? v['givenName'] : '';
  const family = typeof v['familyName'] === 'string' ? v['familyName'] : '';
  return `${given} ${family}`.trim() || undefined;
}

/** Identifier values that may hold a DOI: identifier, sameAs, @id, url. */
function doiCandidate(node: Record<string, Json>): string | undefined {
  const values = [node['identifier'], node['sameAs'], node['@id'], node['url']].flatMap(list);
  for (const v of values) {
    const s = isObject(v) ? text(v['value'] ?? v['@value'] ?? v['propertyID']) : text(v);
    if (s && /(?:^|doi\.org\/|doi:)\s*10\.\d{4,9}\//i.test(s)) return s;
  }
  return undefined;
}

function fieldsOf(node: Record<string, Json>): FoundFields {
  const partOf = isObject(node['isPartOf']) ? node['isPartOf'] : undefined;
  return {
    title: text(node['headline']) ?? text(node['name']),
    authors: list(node['author'])
      .map(personName)
      .filter((n): n is string => n !== undefined),
    date: text(node['datePublished']) ?? text(node['dateCreated']),
    doi: doiCandidate(node),
    abstract: text(node['abstract']) ?? text(node['description']),
    venue: partOf ? text(partOf['name']) : undefined,
  };
}
