/**
 * The last resort for authors on pages that render their byline from an embedded JSON state blob
 * (<script type="application/json">, or a script that only assigns one, "window.__STATE__ =
 * {...}": ScienceDirect's preloaded state, Next.js page data): the
 * author list nearest the root of the blob, so the page's own paper wins over the cited or
 * recommended ones nested deeper. Persons are read in the common shapes: a name string, given and
 * family parts under the usual keys, or JATS-like {"#name": "given-name"|"surname", "_": text}
 * parts. Parsed as data only; bounded in size, depth and nodes.
 */
import { LIMITS } from './limits';
import { personNameOf } from './schema-org';

type Json = unknown;

const MAX_SCRIPTS = 20;
const MAX_LENGTH = 3_000_000;
const MAX_DEPTH = 8;
const MAX_NODES = 20_000;
const AUTHOR_KEYS = ['authors', 'author', 'creators', 'contributors'];
const GIVEN_KEYS = ['givenName', 'given', 'firstName', 'first_name', 'forename', 'given-names'];
const FAMILY_KEYS = ['familyName', 'family', 'lastName', 'last_name', 'surname'];
const NAME_KEYS = ['name', 'fullName', 'full_name', 'displayName', 'display_name'];

export function readJsonStateAuthors(doc: Document): string[] {
  const scripts = doc.getElementsByTagName('script');
  let read = 0;
  for (let i = 0; i < scripts.length && read < MAX_SCRIPTS; i++) {
    const script = scripts[i]!;
    const type = script.getAttribute('type')?.trim().toLowerCase() ?? '';
    const json = type === 'application/json';
    // A script that only assigns a state object ("window.__PRELOADED_STATE__ = {...};"); some CDNs
    // rewrite the type of every script ("<hash>-text/javascript").
    if (!json && type !== '' && !type.endsWith('javascript')) continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_LENGTH) continue;
    const body = json ? text : assignedObject(text);
    if (body === null) continue;
    read++;
    let data: Json;
    try {
      data = JSON.parse(body);
    } catch {
      continue;
    }
    const names = shallowestAuthorList(data);
    if (names.length > 0) return names;
  }
  return [];
}

const ASSIGNMENT = /^\s*(?:(?:var|let|const)\s+)?[\w$]+(?:\.[\w$]+)*\s*=\s*\{/;

/** The object literal a script assigns and does nothing else with, or null. */
function assignedObject(text: string): string | null {
  const m = ASSIGNMENT.exec(text.slice(0, 300));
  if (!m) return null;
  const end = text.lastIndexOf('}');
  return end > m[0].length ? text.slice(m[0].length - 1, end + 1) : null;
}

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Breadth-first: the first author key, nearest the root, whose value holds named persons. */
function shallowestAuthorList(root: Json): string[] {
  let level: Json[] = [root];
  let visited = 0;
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: Json[] = [];
    for (const node of level) {
      if (++visited > MAX_NODES) return [];
      if (Array.isArray(node)) next.push(...node.slice(0, 500));
      else if (isObject(node)) {
        for (const key of AUTHOR_KEYS) {
          if (!(key in node)) continue;
          const names = personsIn(node[key]);
          if (names.length > 0) return names;
        }
        for (const value of Object.values(node)) if (typeof value === 'object') next.push(value);
      }
    }
    level = next;
  }
  return [];
}

/** Named persons in an author value: a list of persons, or a tree of JATS-like author nodes. */
function personsIn(value: Json): string[] {
  const names: string[] = [];
  const stack: Json[] = [value];
  for (let seen = 0; stack.length > 0 && seen < 5_000 && names.length < LIMITS.authors; seen++) {
    const node = stack.shift();
    if (Array.isArray(node)) {
      for (const item of node) {
        if (typeof item === 'string') names.push(item);
        else stack.push(item);
      }
      continue;
    }
    if (!isObject(node)) continue;
    const name = personName(node);
    if (name) names.push(name);
    else if (Array.isArray(node['$$']) || Array.isArray(node['content'])) {
      stack.push(...((node['$$'] ?? node['content']) as Json[]));
    }
  }
  return names.map((n) => n.trim()).filter((n) => n !== '' && n.length <= LIMITS.authorName);
}

function stringAt(node: Record<string, Json>, keys: string[]): string | undefined {
  for (const key of keys) {
    const v = node[key];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return undefined;
}

function personName(node: Record<string, Json>): string | undefined {
  const direct = personNameOf(
    stringAt(node, NAME_KEYS),
    stringAt(node, GIVEN_KEYS),
    stringAt(node, FAMILY_KEYS),
  );
  if (direct) return direct;
  // JATS as JSON: {"#name": "author", "$$": [{"#name": "given-name", "_": "Paolo"}, ...]}
  if (node['#name'] !== 'author' || !Array.isArray(node['$$'])) return undefined;
  const parts = node['$$'].filter(isObject);
  const part = (name: string) => {
    const found = parts.find((p) => p['#name'] === name)?.['_'];
    return typeof found === 'string' ? found : undefined;
  };
  return personNameOf(undefined, part('given-name'), part('surname'));
}
