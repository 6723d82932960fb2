/**
 * A WebDAV client on `fetch` alone, so it runs in a service worker, an extension page and Node
 * (the tests) alike: PROPFIND depth 1, GET, HEAD, PUT with If-Match / If-None-Match, MKCOL,
 * DELETE, and nothing else sync needs. Written for this project rather than taken from the
 * `webdav` npm package (5.x): that package pulls in 15 runtime dependencies (node-fetch, md5,
 * minimatch, fast-xml-parser, …) for features sync never uses, while these requests are a few
 * dozen lines against RFC 4918 plus a small multistatus reader. See README.md.
 */
import { readMultistatus, type DavEntry } from './multistatus';
import { errorForStatus, networkError, notWebDavError, WebDavError } from './webdav-error';

export interface WebDavSettings {
  /** The folder's URL, e.g. "https://cloud.example.org/remote.php/dav/files/ana/ThreePassReader/". */
  url: string;
  username: string;
  password: string;
  /** Injected by tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

export interface FileRead {
  body: string;
  /** Absent when the server sent none. */
  etag?: string;
}

/** What a conditional write requires of the file on the server. */
export type WriteCondition =
  | { ifMatch: string }
  /** Only if no file exists there yet. */
  | { ifNoneMatch: '*' }
  | Record<string, never>;

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop>' +
  '<D:resourcetype/><D:getetag/><D:getcontentlength/><D:getlastmodified/></D:prop></D:propfind>';

/** Base64 of the UTF-8 bytes: `btoa` alone fails on a non-Latin-1 password. */
function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

function folderUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new WebDavError(
      'bad-url',
      `"${raw}" is not a URL: write the server’s full address, starting with https://.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new WebDavError(
      'bad-url',
      `The server’s URL must start with https:// (found ${url.protocol}).`,
    );
  if (url.username || url.password)
    throw new WebDavError(
      'bad-url',
      'Put the user name and password in their own fields, not in the URL.',
    );
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** The folder's own path ends with a slash; "" is the sync folder itself. */
const asFolder = (path: string) => (path === '' || path.endsWith('/') ? path : `${path}/`);

const withoutSlash = (path: string) => path.replace(/\/+$/, '');

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export class WebDavClient {
  private readonly base: URL;
  private readonly authorization: string;
  private readonly fetch: typeof fetch;
  /** Requests made and body bytes sent and received (as the server declared them), for reports. */
  readonly traffic = { requests: 0, bytesSent: 0, bytesReceived: 0 };

  constructor(settings: WebDavSettings) {
    this.base = folderUrl(settings.url);
    this.authorization = basicAuth(settings.username, settings.password);
    this.fetch = settings.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  /** A path inside the folder ("papers/0a1b.json"), each segment percent-encoded. */
  resolve(path: string): URL {
    const segments = path.split('/');
    // Never outside the folder, whatever a caller passes.
    if (segments.some((segment) => segment === '.' || segment === '..'))
      throw new WebDavError('bad-url', `"${path}" is not a path inside the sync folder.`);
    return new URL(segments.map((segment) => encodeURIComponent(segment)).join('/'), this.base);
  }

  private async request(
    method: string,
    path: string,
    what: string,
    init: { headers?: Record<string, string>; body?: string } = {},
  ): Promise<Response> {
    let response: Response;
    this.traffic.requests += 1;
    this.traffic.bytesSent +=
      init.body === undefined ? 0 : new TextEncoder().encode(init.body).length;
    try {
      response = await this.fetch(this.resolve(path), {
        method,
        headers: { authorization: this.authorization, ...init.headers },
        body: init.body,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'follow',
      });
    } catch {
      throw networkError(what);
    }
    this.traffic.bytesReceived += Number(response.headers.get('content-length') ?? 0) || 0;
    return response;
  }

  private async fail(response: Response, what: string): Promise<never> {
    await response.body?.cancel();
    throw errorForStatus(response.status, what);
  }

  private async propfind(path: string, depth: '0' | '1', what: string): Promise<DavEntry[] | null> {
    const response = await this.request('PROPFIND', path, what, {
      headers: { depth, 'content-type': 'application/xml; charset=utf-8' },
      body: PROPFIND_BODY,
    });
    if (response.status === 404 && depth === '0') return null;
    if (response.status !== 207) {
      // A 200 with a page (a login portal, a web site at that address) is not WebDAV.
      if (response.ok) {
        await response.body?.cancel();
        throw notWebDavError(what);
      }
      return this.fail(response, what);
    }
    try {
      return readMultistatus(await response.text()).map((entry) => ({
        ...entry,
        href: decodePath(new URL(entry.href, this.base).pathname),
      }));
    } catch {
      throw notWebDavError(what);
    }
  }

  /** The folder's direct children, the folder itself left out; `href` is each one's decoded path. */
  async list(path = ''): Promise<DavEntry[]> {
    const folder = asFolder(path);
    const entries = await this.propfind(folder, '1', `Listing ${path || 'the sync folder'}`);
    const self = withoutSlash(decodePath(this.resolve(folder).pathname));
    return entries!.filter((entry) => withoutSlash(entry.href) !== self);
  }

  /** Whether a file or folder exists there (PROPFIND depth 0: works for folders on any server). */
  async exists(path: string): Promise<boolean> {
    return (await this.propfind(path, '0', `Checking ${path}`)) !== null;
  }

  /** The file's text and ETag; null when `ifNoneMatch` still matches (304: unchanged). */
  async get(path: string, ifNoneMatch?: string): Promise<FileRead | null> {
    const what = `Reading ${path}`;
    const headers: Record<string, string> = ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {};
    const response = await this.request('GET', path, what, { headers });
    if (response.status === 304) return null;
    if (!response.ok) return this.fail(response, what);
    return withEtag({ body: await response.text() }, response);
  }

  /** The file's ETag, or null when there is no such file. Re-reads an ETag after a PUT. */
  async head(path: string): Promise<{ etag?: string } | null> {
    const what = `Checking ${path}`;
    const response = await this.request('HEAD', path, what);
    if (response.status === 404) return null;
    if (!response.ok) return this.fail(response, what);
    return withEtag({}, response);
  }

  /**
   * Writes the file if `condition` holds, else throws a 412 'precondition-failed' error (fetch,
   * merge, retry). Returns the new ETag when the server sent one (Apache does not).
   */
  async put(
    path: string,
    body: string,
    condition: WriteCondition = {},
  ): Promise<{ etag?: string }> {
    const what = `Writing ${path}`;
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if ('ifMatch' in condition) headers['if-match'] = condition.ifMatch;
    if ('ifNoneMatch' in condition) headers['if-none-match'] = condition.ifNoneMatch;
    const response = await this.request('PUT', path, what, { headers, body });
    if (!response.ok) return this.fail(response, what);
    await response.body?.cancel();
    return withEtag({}, response);
  }

  /** Creates the folder; one that exists already is fine (MKCOL answers 405 for it). */
  async createFolder(path = ''): Promise<void> {
    const what = `Creating the folder ${path || 'to sync into'}`;
    const folder = asFolder(path);
    const response = await this.request('MKCOL', folder, what);
    if (response.status === 405 && (await this.exists(folder))) return;
    if (!response.ok) return this.fail(response, what);
    await response.body?.cancel();
  }

  async delete(path: string, ifMatch?: string): Promise<void> {
    const what = `Deleting ${path}`;
    const headers: Record<string, string> = ifMatch ? { 'if-match': ifMatch } : {};
    const response = await this.request('DELETE', path, what, { headers });
    if (response.status === 404) return;
    if (!response.ok) return this.fail(response, what);
    await response.body?.cancel();
  }
}

function withEtag<T extends object>(read: T, response: Response): T & { etag?: string } {
  const etag = response.headers.get('etag');
  return etag ? { ...read, etag } : read;
}
