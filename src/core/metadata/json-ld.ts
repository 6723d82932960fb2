/**
 * schema.org in JSON-LD (<script type="application/ld+json">): the article the page describes,
 * wherever it sits (top level, arrays, @graph, nested under a WebPage's mainEntity). Scholarly
 * types (ScholarlyArticle, MedicalScholarlyArticle, Chapter, Thesis...) are preferred to a generic
 * Article or CreativeWork; news and blog types are noted, as evidence that the page is a story,
 * not a paper. Parsed as data only; bounded in size and depth.
 */
import type { FoundFields } from './found-fields';
import { LIMITS } from './limits';
import { doiLike, personNameOf, schemaTypes, SCHOLARLY_TYPES, STORY_TYPES } from './schema-org';

type Json = unknown;

const MAX_DEPTH = 6;
const MAX_NODES = 2_000;
const GENERIC_TYPES = new Set(['Article', 'CreativeWork', 'Report', 'Book', 'Dataset']);

export interface JsonLdArticle {
  fields: FoundFields;
  /** A scholarly type, not a generic Article or CreativeWork. */
  scholarly: boolean;
}

export interface JsonLdReading {
  article: JsonLdArticle | null;
  /** A NewsArticle, BlogPosting or the like was described (and no scholarly article). */
  story: boolean;
}

export function readJsonLd(doc: Document, unreadable: string[]): JsonLdReading {
  const scripts = doc.getElementsByTagName('script');
  let generic: Record<string, Json> | null = null;
  let story = false;
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
    const found = findArticles(data);
    if (found.scholarly)
      return { article: { fields: fieldsOf(found.scholarly), scholarly: true }, story: false };
    generic ??= found.generic;
    story ||= found.story;
  }
  if (story) return { article: null, story: true };
  return { article: generic ? { fields: fieldsOf(generic), scholarly: false } : null, story };
}

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Breadth-first over arrays, @graph and nested objects, bounded. */
function findArticles(root: Json): {
  scholarly: Record<string, Json> | null;
  generic: Record<string, Json> | null;
  story: boolean;
} {
  let level: Json[] = [root];
  let visited = 0;
  let generic: Record<string, Json> | null = null;
  let story = false;
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: Json[] = [];
    for (const node of level) {
      if (++visited > MAX_NODES) return { scholarly: null, generic, story };
      if (Array.isArray(node)) next.push(...node.slice(0, 200));
      else if (isObject(node)) {
        const types = schemaTypes(node['@type']);
        if (types.some((t) => SCHOLARLY_TYPES.has(t))) return { scholarly: node, generic, story };
        // A story's nested works are what it reports on, not the page's own: not searched.
        if (types.some((t) => STORY_TYPES.has(t))) {
          story = true;
          continue;
        }
        if (!generic && types.some((t) => GENERIC_TYPES.has(t))) generic = node;
        for (const value of Object.values(node)) if (typeof value === 'object') next.push(value);
      }
    }
    level = next;
  }
  return { scholarly: null, generic, story };
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
  const str = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : undefined);
  return personNameOf(str('name'), str('givenName'), str('familyName'));
}

/** Identifier values that may hold a DOI: identifier, sameAs, @id, url. */
function doiCandidate(node: Record<string, Json>): string | undefined {
  const values = [node['identifier'], node['sameAs'], node['@id'], node['url']].flatMap(list);
  for (const v of values) {
    const s = isObject(v) ? text(v['value'] ?? v['@value'] ?? v['propertyID']) : text(v);
    if (s && doiLike(s)) return s;
  }
  return undefined;
}

/** The periodical or proceedings an article is part of, however deep the issue/volume chain. */
function venueOf(node: Record<string, Json>): string | undefined {
  let part = node['isPartOf'];
  for (let i = 0; i < 4 && part !== undefined; i++) {
    const first = Array.isArray(part) ? part[0] : part;
    if (!isObject(first)) return typeof first === 'string' ? first : undefined;
    const types = schemaTypes(first['@type']);
    // An issue or volume names itself by number; the periodical around it has the name.
    const numbered = types.some((t) => t === 'PublicationIssue' || t === 'PublicationVolume');
    if (!numbered || types.includes('Periodical')) {
      const name = text(first['name']);
      if (name) return name;
    }
    part = first['isPartOf'];
  }
  return undefined;
}

function fieldsOf(node: Record<string, Json>): FoundFields {
  const authors = node['author'] ?? node['creator'];
  return {
    title: text(node['headline']) ?? text(node['name']),
    authors: list(authors)
      .flatMap((a) => (isObject(a) && Array.isArray(a['@list']) ? list(a['@list']) : [a]))
      .map(personName)
      .filter((n): n is string => n !== undefined),
    date: text(node['datePublished']) ?? text(node['dateCreated']),
    doi: doiCandidate(node),
    abstract: text(node['abstract']) ?? text(node['description']),
    venue: venueOf(node),
  };
}
