/**
 * Reads a WebDAV PROPFIND answer (a 207 multistatus XML document) without a DOM: DOMParser does
 * not exist in a service worker, where sync runs. It only needs what a listing needs (each
 * response's href, etag, size, last-modified and whether it is a folder), matches elements by
 * local name whatever their prefix (servers write `D:`, `d:`, `lp1:` or a default namespace),
 * and ignores everything else.
 */

export interface DavEntry {
  /** The href as the server wrote it (percent-encoded; a path or a full URL). */
  href: string;
  isFolder: boolean;
  /** As sent, weak (`W/"…"`) or strong; absent when the server gave none. */
  etag?: string;
  size?: number;
  lastModified?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(ENTITIES, name) ? ENTITIES[name]! : whole;
  });
}

/** Tags and text in order; comments, processing instructions and doctype skipped. */
const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!([^>]*)>|<(\/?)(?:[\w.-]+:)?([\w.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;

export class MultistatusError extends Error {}

/** The entries listed, or a MultistatusError when the text is not a multistatus document. */
export function readMultistatus(xml: string): DavEntry[] {
  const entries: DavEntry[] = [];
  const open: string[] = [];
  let entry: Partial<DavEntry> | undefined;
  let text = '';
  let sawMultistatus = false;
  let propOk = true;
  let propstat: Partial<DavEntry> = {};
  for (const match of xml.matchAll(TOKEN)) {
    const [, cdata, , closing, name, , selfClosing, chars] = match;
    if (chars !== undefined || cdata !== undefined) {
      text += chars !== undefined ? decodeText(chars) : cdata;
      continue;
    }
    if (!name) continue;
    const local = name.toLowerCase();
    if (!closing) {
      if (local === 'multistatus') sawMultistatus = true;
      if (local === 'response') entry = { isFolder: false };
      if (local === 'propstat') {
        propstat = {};
        propOk = true;
      }
      if (local === 'collection' && open.includes('resourcetype')) propstat.isFolder = true;
      text = '';
      if (!selfClosing) open.push(local);
      continue;
    }
    open.pop();
    const value = text.trim();
    text = '';
    if (!entry) continue;
    if (local === 'href' && open.at(-1) === 'response') entry.href = value;
    else if (local === 'getetag') propstat.etag = value;
    else if (local === 'getcontentlength' && /^\d+$/.test(value)) propstat.size = Number(value);
    else if (local === 'getlastmodified') propstat.lastModified = value;
    else if (local === 'status' && open.at(-1) === 'propstat')
      propOk = /^HTTP\/[\d.]+ 2\d\d/.test(value);
    else if (local === 'propstat' && propOk) Object.assign(entry, propstat);
    else if (local === 'response') {
      if (entry.href !== undefined) entries.push(entry as DavEntry);
      entry = undefined;
    }
  }
  if (!sawMultistatus)
    throw new MultistatusError('The answer is not a WebDAV multistatus document');
  return entries;
}
