import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apacheMissing,
  DAV_PASSWORD,
  DAV_USER,
  startApache,
  type ApacheServer,
} from '../../../test/fixtures/webdav/apache-server';
import { MachineDocuments } from '../../../test/fixtures/webdav/machine-documents';
import { setNote, setTag } from '../../core/sync/local-edits';
import { documentName, documentPath } from '../../core/sync/manifest';
import { noteWithConflicts } from '../../core/sync/registers';
import { InvalidRemoteDocument, syncWithServer } from './sync-round';
import { WebDavClient } from './webdav-client';

/** Each request's method, path and status, to count what a sync costs. */
type Logged = { method: string; path: string; status: number };

const missing = apacheMissing();
if (missing) it.skip(missing, () => {});

describe.skipIf(missing !== undefined)('syncing with a real WebDAV server (Apache)', () => {
  let server: ApacheServer;
  let folders = 0;
  beforeAll(async () => {
    server = await startApache();
  });
  afterAll(() => server?.stop());

  /** A fresh sync folder per test, and a client per machine logging its requests. */
  function newFolder() {
    const folder = `library-${++folders}/`;
    const connect = () => {
      const log: Logged[] = [];
      const client = new WebDavClient({
        url: server.url + folder,
        username: DAV_USER,
        password: DAV_PASSWORD,
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          const path = new URL(String(input)).pathname.slice(folder.length + 1);
          log.push({ method: init?.method ?? 'GET', path, status: response.status });
          return response;
        },
      });
      return { client, log };
    };
    return { folder, connect };
  }

  it('uploads every paper once, then costs one request with no change and one document per note changed', async () => {
    const { connect } = newFolder();
    const { client, log } = connect();
    const laptop = new MachineDocuments('laptop');
    for (let i = 0; i < 20; i++)
      laptop.edit(`arxiv:2401.000${i}`, (doc, e) => setNote(doc, 'context', `note ${i}`, e));

    expect(await syncWithServer(client, laptop)).toMatchObject({ uploaded: 20, problems: [] });
    log.length = 0;
    expect(await syncWithServer(client, laptop)).toMatchObject({ uploaded: 0, downloaded: 0 });
    expect(log).toEqual([{ method: 'GET', path: 'manifest.json', status: 200 }]);
    // Asked again with the ETag of the copy read: nothing to download.
    log.length = 0;
    await syncWithServer(client, laptop);
    expect(log).toEqual([{ method: 'GET', path: 'manifest.json', status: 304 }]);

    log.length = 0;
    laptop.edit('arxiv:2401.0007', (doc, e) => setNote(doc, 'context', 'changed', e));
    expect(await syncWithServer(client, laptop)).toMatchObject({ uploaded: 1 });
    const written = log.filter((r) => r.method === 'PUT' && r.status < 300).map((r) => r.path);
    expect(written).toEqual([documentPath(documentName('arxiv:2401.0007')), 'manifest.json']);
  });

  it('brings a paper annotated on one machine to the other', async () => {
    const { connect } = newFolder();
    const laptop = new MachineDocuments('laptop');
    const desktop = new MachineDocuments('desktop');
    laptop.edit('doi:10.1/x', (doc, e) =>
      setTag(setNote(doc, 'keyPoints', 'key', e), 'ml', true, e),
    );
    await syncWithServer(connect().client, laptop);
    expect(await syncWithServer(connect().client, desktop)).toMatchObject({ downloaded: 1 });
    expect(desktop.doc('doi:10.1/x')).toEqual(laptop.doc('doi:10.1/x'));
  });

  it('keeps both texts of a note edited on two machines between syncs, even syncing at the same time', async () => {
    const { connect } = newFolder();
    const laptop = new MachineDocuments('laptop');
    const desktop = new MachineDocuments('desktop');
    const key = 'arxiv:2106.09608';
    laptop.edit(key, (doc, e) => setNote(doc, 'context', 'shared', e));
    await syncWithServer(connect().client, laptop);
    await syncWithServer(connect().client, desktop);
    laptop.edit(key, (doc, e) => setNote(doc, 'context', 'laptop offline', e));
    desktop.edit(key, (doc, e) => setNote(doc, 'context', 'desktop offline', e));

    await Promise.all([
      syncWithServer(connect().client, laptop),
      syncWithServer(connect().client, desktop),
    ]);
    await syncWithServer(connect().client, laptop);
    await syncWithServer(connect().client, desktop);

    expect(laptop.doc(key)).toEqual(desktop.doc(key));
    const { current, conflicts } = noteWithConflicts(laptop.doc(key)!.notes.context!);
    expect([current!.text, ...conflicts.map((c) => c.text)].sort()).toEqual([
      'desktop offline',
      'laptop offline',
    ]);
  });

  it('reports a damaged paper document, merges nothing from it and leaves it on the server', async () => {
    const { folder, connect } = newFolder();
    const laptop = new MachineDocuments('laptop');
    laptop.edit('arxiv:1', (doc, e) => setNote(doc, 'context', 'fine', e));
    laptop.edit('arxiv:2', (doc, e) => setNote(doc, 'context', 'to be damaged', e));
    await syncWithServer(connect().client, laptop);
    const damaged = folder + documentPath(documentName('arxiv:2'));
    server.writeFile(damaged, '{"format":"three-pass-reader/paper","version":1,"key":"arx');
    const desktop = new MachineDocuments('desktop');
    const report = await syncWithServer(connect().client, desktop);
    expect(report.downloaded).toBe(1);
    expect(report.problems).toEqual([
      `The synced paper ${documentName('arxiv:2')} is not complete JSON (truncated or damaged)`,
    ]);
    expect(desktop.doc('arxiv:2')).toBeUndefined();
    expect(desktop.doc('arxiv:1')).toEqual(laptop.doc('arxiv:1'));
  });

  it('stops with a clear message on a damaged manifest, changing nothing here', async () => {
    const { folder, connect } = newFolder();
    const laptop = new MachineDocuments('laptop');
    laptop.edit('arxiv:1', (doc, e) => setNote(doc, 'context', 'mine', e));
    await syncWithServer(connect().client, laptop);
    server.writeFile(
      `${folder}manifest.json`,
      '{"format":"three-pass-reader/manifest","papers":[1]}',
    );
    laptop.edit('arxiv:1', (doc, e) => setNote(doc, 'context', 'mine, edited', e));
    const before = laptop.doc('arxiv:1');
    const sync = syncWithServer(connect().client, laptop);
    await expect(sync).rejects.toThrow(InvalidRemoteDocument);
    await expect(sync).rejects.toThrow(/^The sync manifest is not valid: /);
    expect(laptop.doc('arxiv:1')).toBe(before);
  });
});
