import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLibrary } from '../../../test/fixtures/library/generate-library';
import { samplePaper } from '../../../test/fixtures/library/sample-paper';
import type { Note, Paper } from '../model';
import { DEFAULT_SETTINGS } from '../reading/budgets';
import { backupToJson, createBackup, type LibraryData } from './backup';
import { describeImport, planImport } from './import-plan';
import { keptVersionHeading } from './merge-records';
import { parseBackupText } from './validate-backup';

const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 200);
const empty: LibraryData = {
  papers: [],
  notes: [],
  timers: [],
  sessions: [],
  settings: DEFAULT_SETTINGS,
};
const day = (d: number) => Date.UTC(2026, 0, d);

function library(
  papers: Paper[],
  notes: Note[] = [],
  extra: Partial<LibraryData> = {},
): LibraryData {
  return { ...empty, papers, notes, ...extra };
}

/** The library after writing a plan's records over the existing ones, as the database would. */
function applyPlan(existing: LibraryData, plan: ReturnType<typeof planImport>): LibraryData {
  const papers = new Map(existing.papers.map((p) => [p.key, p]));
  for (const p of plan.write.papers) papers.set(p.key, p);
  const notes = new Map(existing.notes.map((n) => [`${n.paperKey} ${n.field}`, n]));
  for (const n of plan.write.notes) notes.set(`${n.paperKey} ${n.field}`, n);
  const timers = new Map(existing.timers.map((t) => [`${t.paperKey} ${t.pass}`, t]));
  for (const t of plan.write.timers) timers.set(`${t.paperKey} ${t.pass}`, t);
  return {
    papers: [...papers.values()],
    notes: [...notes.values()],
    timers: [...timers.values()],
    sessions: [...existing.sessions, ...plan.write.sessions],
    settings: plan.write.settings ?? existing.settings,
  };
}

describe('planImport', () => {
  it('round trip: export all, wipe, import gives every record back equal', () => {
    const original = generateLibrary({ papers: 200, notes: 900, seed: 5, hostile: true });
    const parsed = parseBackupText(backupToJson(createBackup(original, day(10))));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const plan = planImport(empty, parsed.backup);
    expect(plan.added).toHaveLength(200);
    expect(plan.merged).toEqual([]);
    expect(plan.settings).toBe('imported');
    expect(plan.write).toEqual({
      papers: original.papers,
      notes: expect.arrayContaining(original.notes) as unknown,
      timers: expect.arrayContaining(original.timers) as unknown,
      sessions: expect.arrayContaining(original.sessions) as unknown,
      settings: original.settings,
    });
    expect(plan.write.notes).toHaveLength(original.notes.length);
    expect(plan.write.timers).toHaveLength(original.timers.length);
    expect(plan.write.sessions).toHaveLength(original.sessions.length);
  });

  it('skips papers already here exactly as in the backup, so importing twice changes nothing', () => {
    const original = generateLibrary({ papers: 30, notes: 80, seed: 8 });
    const plan = planImport(original, original);
    expect(plan.added).toEqual([]);
    expect(plan.merged).toEqual([]);
    expect(plan.skipped).toHaveLength(30);
    expect(plan.write).toEqual({ papers: [], notes: [], timers: [], sessions: [] });
    expect(plan.settings).toBe('kept');
  });

  it('keeps both sides of a note edited on both: newer first, the other under a marked heading', () => {
    const here = library(
      [samplePaper()],
      [
        {
          paperKey: 'arxiv:1706.03762',
          field: 'keyPoints',
          text: 'Mine, later.',
          updatedAt: day(9),
        },
      ],
    );
    const theirs = library(
      [samplePaper()],
      [
        {
          paperKey: 'arxiv:1706.03762',
          field: 'keyPoints',
          text: 'Theirs, earlier.',
          updatedAt: day(8),
        },
      ],
    );
    const plan = planImport(here, theirs);
    expect(plan.merged).toEqual([
      { key: 'arxiv:1706.03762', incomingKey: 'arxiv:1706.03762', notesKeptBoth: 1 },
    ]);
    expect(plan.write.notes).toEqual([
      {
        paperKey: 'arxiv:1706.03762',
        field: 'keyPoints',
        text: `Mine, later.\n\n${keptVersionHeading(day(8))}\n\nTheirs, earlier.\n`,
        updatedAt: day(9),
      },
    ]);
    // Importing the same backup again finds the older text already kept.
    expect(planImport(applyPlan(here, plan), theirs).skipped).toEqual(['arxiv:1706.03762']);
  });

  it('matches a paper by alias, moves its records to the key here and unites tags, aliases and history', () => {
    const here = samplePaper({ tags: ['ml'], lastReadAt: day(6) });
    const incoming = samplePaper({
      key: 'doi:10.48550/arXiv.1706.03762',
      aliases: ['pdf:abc123'],
      tags: ['ml', 'transformers'],
      state: { kind: 'done' },
      history: [{ state: { kind: 'done' }, at: day(20) }],
      title: 'Attention Is All You Need (v7)',
      lastReadAt: day(20),
    });
    const plan = planImport(
      library([here]),
      library(
        [incoming],
        [
          {
            paperKey: incoming.key,
            field: 'futureWork',
            text: 'Try it on graphs.',
            updatedAt: day(20),
          },
        ],
        {
          sessions: [
            { id: 1, paperKey: incoming.key, pass: 3, start: day(20), end: day(20) + 3_600_000 },
          ],
        },
      ),
    );
    expect(plan.added).toEqual([]);
    const [merged] = plan.write.papers;
    expect(merged).toMatchObject({
      key: 'arxiv:1706.03762',
      title: 'Attention Is All You Need (v7)',
      tags: ['ml', 'transformers'],
      state: { kind: 'done' },
      addedAt: here.addedAt,
      lastReadAt: day(20),
    });
    expect(merged!.aliases).toEqual(['doi:10.48550/arXiv.1706.03762', 'pdf:abc123']);
    expect(merged!.history.map((h) => h.state.kind)).toEqual(['in-pass', 'in-pass', 'done']);
    expect(plan.write.notes).toEqual([
      {
        paperKey: 'arxiv:1706.03762',
        field: 'futureWork',
        text: 'Try it on graphs.',
        updatedAt: day(20),
      },
    ]);
    expect(plan.write.sessions).toEqual([
      { id: 1, paperKey: 'arxiv:1706.03762', pass: 3, start: day(20), end: day(20) + 3_600_000 },
    ]);
  });

  it('unites sessions (one pass starting at one moment is one session) and counts time from both devices', () => {
    const paperKey = 'arxiv:1706.03762';
    const timer = {
      paperKey,
      pass: 2 as const,
      runningSince: null,
      lastSeenAlive: null,
      budgetSignalled: false,
    };
    const here = library([samplePaper()], [], {
      sessions: [{ id: 1, paperKey, pass: 2, start: day(6), end: day(6) + 600_000 }],
      timers: [{ ...timer, accumulatedMs: 600_000 }],
    });
    const theirs = library([samplePaper()], [], {
      sessions: [
        { id: 1, paperKey, pass: 2, start: day(7), end: day(7) + 900_000 },
        { id: 2, paperKey, pass: 2, start: day(6), end: day(6) + 600_000 },
      ],
      timers: [{ ...timer, accumulatedMs: 900_000 }],
    });
    const plan = planImport(here, theirs);
    // Ids are a schema-1 backup's numbering, which the database does not keep.
    expect(plan.write.sessions.map(({ id: _id, ...session }) => session)).toEqual([
      { paperKey, pass: 2, start: day(7), end: day(7) + 900_000 },
    ]);
    expect(plan.write.timers).toEqual([{ ...timer, accumulatedMs: 1_500_000 }]);
  });

  it('describes the plan in one sentence', () => {
    const here = library(
      [samplePaper()],
      [{ paperKey: 'arxiv:1706.03762', field: 'keyPoints', text: 'A', updatedAt: day(9) }],
    );
    const theirs = library(
      [samplePaper(), samplePaper({ key: 'arxiv:2', aliases: [] })],
      [{ paperKey: 'arxiv:1706.03762', field: 'keyPoints', text: 'B', updatedAt: day(8) }],
    );
    expect(describeImport(planImport(here, theirs))).toBe(
      '1 paper added, 1 merged (1 note kept in both versions), 0 already here; 1 note and 0 reading sessions written. Settings kept as they were.',
    );
  });

  it('fuzz: merging two edited copies of a library keeps every text from both sides and every tag', () => {
    const base = generateLibrary({ papers: 12, notes: 40, seed: 31 });
    const edit = fc.record({
      note: fc.nat({ max: base.notes.length - 1 }),
      text: fc.string({ maxLength: 30 }),
      later: fc.integer({ min: -5_000, max: 5_000 }),
      tag: fc.constantFrom('x', 'y', 'z'),
    });
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 15 }),
        fc.array(edit, { maxLength: 15 }),
        (mine, theirs) => {
          const apply = (edits: typeof mine): LibraryData => {
            const notes = base.notes.map((n) => ({ ...n }));
            const papers = base.papers.map((p) => ({ ...p, tags: [...p.tags] }));
            for (const e of edits) {
              const note = notes[e.note]!;
              note.text = e.text;
              note.updatedAt += e.later;
              const paper = papers.find((p) => p.key === note.paperKey)!;
              if (!paper.tags.includes(e.tag)) paper.tags.push(e.tag);
            }
            return { ...base, papers, notes };
          };
          const here = apply(mine);
          const incoming = apply(theirs);
          const result = applyPlan(here, planImport(here, incoming));
          const final = new Map(result.notes.map((n) => [`${n.paperKey} ${n.field}`, n.text]));
          for (const note of [...here.notes, ...incoming.notes]) {
            expect(final.get(`${note.paperKey} ${note.field}`)).toContain(note.text.trim());
          }
          const finalTags = new Map(result.papers.map((p) => [p.key, p.tags]));
          for (const paper of [...here.papers, ...incoming.papers]) {
            expect(finalTags.get(paper.key)).toEqual(expect.arrayContaining(paper.tags));
          }
          expect(result.papers).toHaveLength(base.papers.length);
        },
      ),
      { numRuns: fuzzRuns, seed: 65 },
    );
  });
});
