import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import {
  apacheMissing,
  DAV_PASSWORD,
  DAV_USER,
  freePort,
  startApache,
  type ApacheServer,
} from '../../../test/fixtures/webdav/apache-server';
import { WebDavClient } from './webdav-client';
import { WebDavError, type WebDavErrorKind } from './webdav-error';

async function kindOf(promise: Promise<unknown>): Promise<WebDavErrorKind | 'no error'> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(WebDavError);
    expect((error as WebDavError).message).not.toContain(DAV_PASSWORD);
    return (error as WebDavError).kind;
  }
  return 'no error';
}

const missing = apacheMissing();
if (missing) {
  console.warn(missing);
  it.skip(missing, () => {});
}

describe.skipIf(missing !== undefined)('the WebDAV client against Apache mod_dav', () => {
  let server: ApacheServer;
  let client: WebDavClient;
  const clientAs = (password: string) =>
    new WebDavClient({ url: server.url, username: DAV_USER, password });

  beforeAll(async () => {
    server = await startApache();
    client = clientAs(DAV_PASSWORD);
  });
  afterAll(() => server?.stop());

  it('creates the sync folder, once, and lists what is written into it', async () => {
    await client.createFolder('papers');
    await client.createFolder('papers');
    await client.put('papers/a b.json', '{"n":1}', { ifNoneMatch: '*' });
    const [folder] = await client.list();
    expect(folder).toMatchObject({ href: '/papers/', isFolder: true });
    const [file] = await client.list('papers');
    expect(file).toMatchObject({ href: '/papers/a b.json', isFolder: false, size: 7 });
    expect(file?.etag).toEqual(expect.any(String));
    expect(await client.get('papers/a b.json')).toMatchObject({ body: '{"n":1}' });
  });

  it('never lets two machines writing over the same version both win: the second gets 412', async () => {
    server.writeFile('manifest.json', '{"v":0}');
    const { etag } = (await client.head('manifest.json'))!;
    expect(etag).toMatch(/^"/);
    await client.put('manifest.json', '{"v":"laptop"}', { ifMatch: etag! });
    expect(await kindOf(client.put('manifest.json', '{"v":"desktop"}', { ifMatch: etag! }))).toBe(
      'precondition-failed',
    );
    expect((await client.get('manifest.json'))?.body).toBe('{"v":"laptop"}');
  });

  it('refuses to create a file another machine created first', async () => {
    await client.put('first.json', 'laptop', { ifNoneMatch: '*' });
    expect(await kindOf(client.put('first.json', 'desktop', { ifNoneMatch: '*' }))).toBe(
      'precondition-failed',
    );
    expect((await client.get('first.json'))?.body).toBe('laptop');
  });

  it('answers "unchanged" for a file read again with its ETag', async () => {
    server.writeFile('same.json', '{}');
    const read = await client.get('same.json');
    expect(await client.get('same.json', read!.etag)).toBeNull();
  });

  it('says the password is wrong on a 401', async () => {
    expect(await kindOf(clientAs('wrong password').list())).toBe('unauthorized');
  });

  it('says the folder is missing, and that a file cannot be written into a missing folder', async () => {
    expect(await kindOf(client.list('no-such-folder'))).toBe('not-found');
    expect(await kindOf(client.put('no-such-folder/x.json', '{}'))).toBe('parent-missing');
    expect(await client.head('no-such-file.json')).toBeNull();
  });

  it('says a file is locked when another program holds its lock (423)', async () => {
    server.writeFile('locked.json', '{}');
    const lock = await fetch(client.resolve('locked.json'), {
      method: 'LOCK',
      headers: {
        authorization: `Basic ${btoa(`${DAV_USER}:${DAV_PASSWORD}`)}`,
        'content-type': 'application/xml',
        timeout: 'Second-60',
      },
      body: '<?xml version="1.0"?><D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype></D:lockinfo>',
    });
    expect(lock.status).toBe(200);
    expect(await kindOf(client.put('locked.json', '{"x":1}'))).toBe('locked');
  });

  it('reads a file written by hand into the folder, and deletes it', async () => {
    server.writeFile('by-hand.json', '{"hand":true}');
    expect((await client.get('by-hand.json'))?.body).toBe('{"hand":true}');
    await client.delete('by-hand.json');
    expect(await client.head('by-hand.json')).toBeNull();
  });
});

/** A tiny server for answers Apache cannot give (507) or a misconfigured URL gives (HTML). */
async function withServer(
  handle: (request: IncomingMessage, response: ServerResponse) => void,
  test: (url: string) => Promise<void>,
): Promise<void> {
  const server = createServer(handle);
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  try {
    await test(`http://127.0.0.1:${port}/dav/`);
  } finally {
    await new Promise((done) => server.close(done));
  }
}

const clientFor = (url: string, password = 'secret') =>
  new WebDavClient({ url, username: 'ana', password });

describe('the WebDAV client’s errors', () => {
  it('says the server is full on a 507', async () => {
    await withServer(
      (_, response) => response.writeHead(507).end(),
      async (url) => {
        expect(await kindOf(clientFor(url).put('manifest.json', '{}'))).toBe(
          'insufficient-storage',
        );
      },
    );
  });

  it('says the URL is not WebDAV when a web page answers', async () => {
    await withServer(
      (_, response) =>
        response.writeHead(200, { 'content-type': 'text/html' }).end('<html>Log in</html>'),
      async (url) => {
        expect(await kindOf(clientFor(url).list())).toBe('not-webdav');
      },
    );
  });

  it('says the server cannot be reached when nothing listens', async () => {
    const port = await freePort();
    expect(await kindOf(clientFor(`http://127.0.0.1:${port}/`).list())).toBe('network');
  });

  it('refuses a URL that is not one, not http(s), or carries credentials', () => {
    for (const url of ['cloud.example.org', 'ftp://example.org/dav', 'https://ana:pw@example.org/'])
      expect(() => clientFor(url)).toThrow(WebDavError);
  });

  it('sends a non-Latin-1 password as UTF-8 and writes under the folder', async () => {
    const seen: { auth?: string; url?: string } = {};
    await withServer(
      (request, response) => {
        seen.auth = request.headers.authorization;
        seen.url = request.url;
        response.writeHead(201).end();
      },
      async (url) => {
        await clientFor(url, 'pässwörd✓').put('papers/0a.json', '{}', { ifNoneMatch: '*' });
      },
    );
    const decoded = Buffer.from(seen.auth!.replace('Basic ', ''), 'base64').toString('utf8');
    expect(decoded).toBe('ana:pässwörd✓');
    expect(seen.url).toBe('/dav/papers/0a.json');
  });
});
