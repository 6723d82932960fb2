import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openReadingDatabase, type ReadingDatabase } from '../adapters/database';
import { addReferenceToRead } from './add-to-read';

let db: ReadingDatabase | undefined;
afterEach(() => db?.close());

describe('adding a reference to the reading queue', () => {
  it('adds it once, at the end of the queue, and never overwrites a paper already there', async () => {
    db = await openReadingDatabase('add-to-read-test');
    const ref = '[4] S. Keshav, “How to read a paper,” SIGCOMM CCR, 2007.';
    const other = 'B. Author. Another paper on reading. 2010.';
    expect(await addReferenceToRead(db, ref, 'arxiv:2106.09608', 10)).toBe('added');
    expect(await addReferenceToRead(db, other, 'arxiv:2106.09608', 11)).toBe('added');
    const first = (await db.getPaper('ref:how to read a paper'))!;
    const second = (await db.getPaper('ref:another paper on reading'))!;
    expect([first.queuePosition, second.queuePosition]).toEqual([0, 1]);
    expect(first).toMatchObject({ citedBy: 'arxiv:2106.09608', state: { kind: 'not-started' } });

    // The reader has started it since; marking it again from another paper changes nothing.
    const started = { ...first, state: { kind: 'in-pass', pass: 1 } as const, tags: ['mine'] };
    await db.putPaper(started);
    expect(await addReferenceToRead(db, ref, 'doi:10.1/other', 12)).toBe('already');
    expect(await db.getPaper('ref:how to read a paper')).toEqual(started);
  });
});
