// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseError, openReadingDatabase, type ReadingDatabase } from '../adapters/database';
import { backupToJson, createBackup } from '../core/export/backup';
import { generateLibrary } from '../../test/fixtures/library/generate-library';
import { importBackupFile } from './import-backup';

let count = 0;
const opened: ReadingDatabase[] = [];
async function freshDatabase(): Promise<ReadingDatabase> {
  const db = await openReadingDatabase(`import-test-${++count}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const fileOf = (text: string) => ({ size: text.length, text: () => Promise.resolve(text) });

describe('importBackupFile', () => {
  it('round trip: export all, wipe, import, and every record is equal', async () => {
    const original = await freshDatabase();
    await original.importAll(generateLibrary({ papers: 120, notes: 400, seed: 21, hostile: true }));
    await original.saveSettings({
      profile: 'custom',
      budgetsMinutes: { 1: 7, 2: 45, 3: 240 },
      notifyOnBudget: true,
    });
    const exported = await original.exportAll();
    const text = backupToJson(createBackup(exported, Date.now()));

    const wiped = await freshDatabase();
    const outcome = await importBackupFile(wiped, fileOf(text));
    expect(outcome).toMatchObject({
      ok: true,
      summary:
        '120 papers added, 0 merged, 0 already here; 400 notes and 228 reading sessions written. Settings imported.',
    });
    const restored = await wiped.exportAll();
    const byKey = <T>(items: T[], key: (item: T) => string) =>
      [...items].sort((a, b) => key(a).localeCompare(key(b)));
    expect(byKey(restored.papers, (p) => p.key)).toEqual(byKey(exported.papers, (p) => p.key));
    expect(byKey(restored.notes, (n) => `${n.paperKey} ${n.field}`)).toEqual(
      byKey(exported.notes, (n) => `${n.paperKey} ${n.field}`),
    );
    expect(byKey(restored.timers, (t) => `${t.paperKey} ${t.pass}`)).toEqual(
      byKey(exported.timers, (t) => `${t.paperKey} ${t.pass}`),
    );
    const session = (s: (typeof exported.sessions)[number]) =>
      `${s.paperKey} ${s.pass} ${s.start} ${s.end}`;
    // The database numbers sessions itself; everything else about them must match.
    expect(restored.sessions.map(session).sort()).toEqual(exported.sessions.map(session).sort());
    expect(restored.settings).toEqual(exported.settings);

    // Importing the same file again adds nothing.
    const again = await importBackupFile(wiped, fileOf(text));
    expect(again).toMatchObject({
      ok: true,
      summary:
        '0 papers added, 0 merged, 120 already here; 0 notes and 0 reading sessions written. Settings kept as they were.',
    });
    expect((await wiped.exportAll()).sessions).toHaveLength(exported.sessions.length);
  });

  it('refuses a 200 MB file without reading it', async () => {
    const db = await freshDatabase();
    let read = false;
    const outcome = await importBackupFile(db, {
      size: 200 * 1024 * 1024 * 3,
      text: () => {
        read = true;
        return Promise.resolve('');
      },
    });
    expect(outcome.ok).toBe(false);
    expect(read).toBe(false);
  });

  it('says nothing was imported when the write fails, and the library keeps what it had', async () => {
    const db = await freshDatabase();
    await db.importAll(generateLibrary({ papers: 5, notes: 5, seed: 2 }));
    const before = await db.exportAll();
    const failing = {
      exportAll: () => db.exportAll(),
      importAll: () => Promise.reject(new DatabaseError('quota-exceeded', 'The disk is full.')),
    };
    const text = backupToJson(
      createBackup(generateLibrary({ papers: 3, notes: 3, seed: 8 }), Date.now()),
    );
    expect(await importBackupFile(failing, fileOf(text))).toEqual({
      ok: false,
      errors: ['Nothing was imported: The disk is full.'],
    });
    expect(await db.exportAll()).toEqual(before);
  });
});
