/**
 * Sync at scale against a real WebDAV server (Apache mod_dav on 127.0.0.1, as in the tests):
 * 10,000 papers with 50,000 notes synced to an empty folder, then a sync with no change, then
 * syncs after one note changed. Rows give time; notes give requests and bytes, the figures the
 * issue sets targets for. Baselines: the same documents PUT one by one with no sync logic, and one
 * plain GET of the manifest.
 */
import { syncWithServer } from '../src/adapters/webdav/sync-round';
import { WebDavClient } from '../src/adapters/webdav/webdav-client';
import { setField, setNote, setTag } from '../src/core/sync/local-edits';
import { documentPath, serialiseDocument } from '../src/core/sync/manifest';
import type { NoteField } from '../src/core/model';
import {
  apacheMissing,
  DAV_PASSWORD,
  DAV_USER,
  startApache,
} from '../test/fixtures/webdav/apache-server';
import { MachineDocuments } from '../test/fixtures/webdav/machine-documents';
import { summarise, type Benchmark, type BenchRow } from './harness';

const NOTES: NoteField[] = ['context', 'contributions', 'keyPoints', 'assumptions', 'free1'];

function library(papers: number): MachineDocuments {
  const laptop = new MachineDocuments('laptop');
  for (let i = 0; i < papers; i++) {
    laptop.edit(`arxiv:2401.${String(i).padStart(5, '0')}`, (doc, e) => {
      let edited = setField(doc, 'title', `A paper on topic ${i % 97}, number ${i}`, e);
      edited = setTag(edited, `topic-${i % 13}`, true, e);
      for (const field of NOTES)
        edited = setNote(edited, field, `Notes on ${field} for paper ${i}. `.repeat(4), e);
      return edited;
    });
  }
  return laptop;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

const benchmark: Benchmark = {
  name: 'sync',
  async run(ctx) {
    const missing = apacheMissing();
    if (missing)
      return [{ name: 'sync (skipped)', unit: '', median: NaN, spread: NaN, note: missing }];
    const papers = ctx.quick ? 1_000 : 10_000;
    const server = await startApache();
    try {
      const connect = (folder: string) =>
        new WebDavClient({ url: server.url + folder, username: DAV_USER, password: DAV_PASSWORD });
      const laptop = library(papers);
      const what = `${papers.toLocaleString('en')} papers / ${(papers * NOTES.length).toLocaleString('en')} notes`;

      const client = connect('sync/');
      const first = await timed(() => syncWithServer(client, laptop));
      const firstTraffic = { ...client.traffic };

      // Measured after the sync, so neither gets a cold server.
      const plain = connect('plain/');
      await plain.createFolder();
      await plain.createFolder('papers');
      const baseline = await timed(async () => {
        for (const [name, doc] of laptop.docs)
          await plain.put(documentPath(name), serialiseDocument(doc).body);
      });

      const rows: BenchRow[] = [
        {
          name: `first sync to an empty server, ${what}`,
          unit: 'ms',
          median: first.ms,
          spread: 0,
          baseline: { name: 'plain PUT of each document', median: baseline.ms },
          note: `${firstTraffic.requests} requests, ${kb(firstTraffic.bytesSent)} sent; Apache on 127.0.0.1`,
        },
      ];

      const noChange: number[] = [];
      const manifestGet: number[] = [];
      let noChangeRequests = 0;
      let noChangeBytes = 0;
      for (let round = 0; round < (ctx.quick ? 3 : 10); round++) {
        const before = { ...client.traffic };
        noChange.push((await timed(() => syncWithServer(client, laptop))).ms);
        noChangeRequests = client.traffic.requests - before.requests;
        noChangeBytes = client.traffic.bytesReceived - before.bytesReceived;
        manifestGet.push((await timed(() => client.get('manifest.json'))).ms);
      }
      const quiet = summarise(noChange);
      rows.push({
        name: `no-change sync, ${what}`,
        unit: 'ms',
        median: quiet.median,
        spread: quiet.spread,
        baseline: { name: 'GET of the manifest alone', median: summarise(manifestGet).median },
        target: 'a handful of requests, no upload',
        note: `${noChangeRequests} request(s), ${kb(noChangeBytes)} received, 0 sent`,
      });

      const oneNote: number[] = [];
      let oneNoteRequests = 0;
      let oneNoteSent = 0;
      let uploaded = 0;
      for (let round = 0; round < (ctx.quick ? 3 : 5); round++) {
        // A pause first, so the server's ETags are strong again, as between a reader's edits.
        await new Promise((done) => setTimeout(done, 1_100));
        laptop.edit(`arxiv:2401.${String(round * 7).padStart(5, '0')}`, (doc, e) =>
          setNote(doc, 'keyPoints', `Changed in round ${round}`, e),
        );
        const before = { ...client.traffic };
        const sync = await timed(() => syncWithServer(client, laptop));
        oneNote.push(sync.ms);
        uploaded = sync.result.uploaded + sync.result.merged;
        oneNoteRequests = client.traffic.requests - before.requests;
        oneNoteSent = client.traffic.bytesSent - before.bytesSent;
      }
      const changed = summarise(oneNote);
      rows.push({
        name: `one-note-changed sync, ${what}`,
        unit: 'ms',
        median: changed.median,
        spread: changed.spread,
        target: 'uploads one document',
        note: `${uploaded} document(s) uploaded, ${oneNoteRequests} requests, ${kb(oneNoteSent)} sent (with the manifest)`,
      });
      return rows;
    } finally {
      await server.stop();
    }
  },
};

export default benchmark;
