import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLibrary } from '../../../test/fixtures/library/generate-library';
import { backupToJson, createBackup, type Backup } from './backup';
import { BACKUP_LIMITS, parseBackupText, validateBackup } from './validate-backup';

const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 200);
const now = Date.UTC(2026, 10, 25);

function backupOf(papers = 5, notes = 12): Backup {
  return createBackup(generateLibrary({ papers, notes, seed: 11, hostile: true }), now);
}

/** A JSON copy to spoil, as a file read from disk would be. */
const copy = (backup: Backup): Record<string, unknown> =>
  JSON.parse(backupToJson(backup)) as Record<string, unknown>;

function errorsOf(value: unknown): string[] {
  const result = validateBackup(value);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.errors;
}

describe('validateBackup', () => {
  it('accepts its own export and gives back equal records', () => {
    const backup = backupOf();
    const result = parseBackupText(backupToJson(backup));
    expect(result).toEqual({ ok: true, backup, warnings: [] });
  });

  it('refuses a file of another format', () => {
    expect(errorsOf({ format: 'zotero', version: 1 })).toEqual([
      'This file is not a Three-Pass Reader backup (its format is the text "zotero", expected "three-pass-reader-backup").',
    ]);
    expect(errorsOf([1, 2])[0]).toMatch(/not a Three-Pass Reader backup/);
    expect(errorsOf('backup')[0]).toMatch(/not a Three-Pass Reader backup/);
  });

  it('refuses a backup from a future version, saying to update', () => {
    expect(errorsOf({ ...copy(backupOf()), version: 2 })[0]).toMatch(
      /newer version of Three-Pass Reader \(format version 2\).*Update the extension/,
    );
  });

  it('names the record and field that is missing or wrong', () => {
    const broken = copy(backupOf());
    const papers = broken.papers as Record<string, unknown>[];
    delete papers[2]!.title;
    papers[3]!.state = { kind: 'reading-hard' };
    (broken.notes as Record<string, unknown>[])[0]!.field = 'opinion';
    expect(errorsOf(broken)).toEqual([
      'papers[2].title: expected text, found nothing (the field is missing)',
      'papers[3].state.kind: is not a reading state: the text "reading-hard"',
      'notes[0].field: is not a note field: the text "opinion"',
    ]);
  });

  it("keeps a paper's arXiv category and refuses one that is not a category", () => {
    const backup = backupOf();
    backup.papers[0] = { ...backup.papers[0]!, arxivCategory: 'astro-ph.CO' };
    const result = parseBackupText(backupToJson(backup));
    expect(result).toEqual({ ok: true, backup, warnings: [] });

    const broken = copy(backupOf());
    const papers = broken.papers as Record<string, unknown>[];
    papers[0]!.arxivCategory = 'cs.LG}, note = {pwned';
    papers[1]!.arxivCategory = 'cs.LG\nsecret: x';
    papers[2]!.arxivCategory = 42;
    papers[3]!.arxivCategory = 'cs.' + 'L'.repeat(400);
    expect(errorsOf(broken)).toEqual([
      'papers[0].arxivCategory: is not an arXiv category such as cs.LG or hep-th: the text "cs.LG}, note = {pwned"',
      'papers[1].arxivCategory: is not an arXiv category such as cs.LG or hep-th: the text "cs.LG\\nsecret: x"',
      'papers[2].arxivCategory: expected text, found number 42',
      'papers[3].arxivCategory: is 403 characters long, more than the 300 allowed',
    ]);
  });

  it('refuses duplicate ids and records of papers not in the backup', () => {
    const broken = copy(backupOf());
    const papers = broken.papers as Record<string, unknown>[];
    papers.push({ ...papers[0] });
    const notes = broken.notes as Record<string, unknown>[];
    notes.push({ ...notes[0] });
    (broken.timers as Record<string, unknown>[]).push({
      ...(broken.timers as Record<string, unknown>[])[0],
      paperKey: 'arxiv:nowhere',
    });
    const errors = errorsOf(broken);
    expect(errors).toContain(`papers[5]: paper "${String(papers[0]!.key)}" repeats papers[0]`);
    expect(errors.some((e) => /^notes\[12\]: the \w+ note repeats notes\[0\]$/.test(e))).toBe(true);
    expect(
      errors.some((e) =>
        /^timers\[\d+\]: belongs to paper "arxiv:nowhere", which is not in the backup$/.test(e),
      ),
    ).toBe(true);
  });

  it('refuses a one-megabyte title with its size', () => {
    const broken = copy(backupOf());
    (broken.papers as Record<string, unknown>[])[1]!.title = 'x'.repeat(1024 * 1024);
    expect(errorsOf(broken)).toEqual([
      'papers[1].title: is 1,048,576 characters long, more than the 1,000 allowed',
    ]);
  });

  it('strips control characters, keeping line breaks in notes, and says so', () => {
    const spoiled = copy(backupOf());
    (spoiled.papers as Record<string, unknown>[])[0]!.title = 'Bell\u0007 and\u0000 null\u009b';
    (spoiled.notes as Record<string, unknown>[])[0]!.text = 'line\none\u0008\ttab';
    const result = validateBackup(spoiled);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.papers[0]!.title).toBe('Bell and null');
    expect(result.backup.notes[0]!.text).toBe('line\none\ttab');
    expect(result.warnings).toEqual(['Removed 4 control characters from text in the backup.']);
  });

  it('drops unknown fields and keeps "__proto__" ids as plain data', () => {
    const spoiled = copy(backupOf());
    const paper = (spoiled.papers as Record<string, unknown>[])[0]!;
    paper.extra = '<script>';
    paper.checklist = JSON.parse('{"__proto__": 5, "p1-title": 6}') as Record<string, number>;
    const result = validateBackup(spoiled);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.papers[0]).not.toHaveProperty('extra');
    expect(Object.getPrototypeOf(result.backup.papers[0]!.checklist)).toBe(Object.prototype);
    expect(Object.entries(result.backup.papers[0]!.checklist)).toEqual([
      ['__proto__', 5],
      ['p1-title', 6],
    ]);
  });

  it('lists the first 20 problems and says it stopped there', () => {
    const broken = copy(backupOf(40, 0));
    for (const paper of broken.papers as Record<string, unknown>[]) paper.addedAt = 'yesterday';
    const errors = errorsOf(broken);
    expect(errors).toHaveLength(BACKUP_LIMITS.errorsShown + 1);
    expect(errors.at(-1)).toBe('Checking stopped after the first 20 problems.');
  });
});

describe('parseBackupText', () => {
  it('says a truncated file is not complete JSON', () => {
    const text = backupToJson(backupOf());
    const result = parseBackupText(text.slice(0, text.length / 2));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatch(/^The file is not valid JSON: it may be cut short/);
  });

  it('refuses an empty file and one over the size cap without parsing it', () => {
    expect(parseBackupText('')).toEqual({ ok: false, errors: ['The file is empty.'] });
    const huge = { length: BACKUP_LIMITS.fileChars + 1 } as string;
    const result = parseBackupText(huge);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatch(
        /^The file is 128 MB, larger than the 128 MB a backup may be/,
      );
  });
});

describe('fuzz: validateBackup', () => {
  const valid = copy(backupOf(3, 6));

  it('fuzz: never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateBackup(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: fuzzRuns, seed: 61 },
    );
  });

  it('fuzz: never throws on a valid backup with one value replaced anywhere', () => {
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (typeof value === 'object' && value !== null) {
        for (const [k, v] of Object.entries(value))
          walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
      }
    };
    walk(valid, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.slice(1)), fc.jsonValue(), (path, replacement) => {
        const spoiled = structuredClone(valid);
        let target = spoiled as Record<string | number, unknown>;
        for (const step of path.slice(0, -1))
          target = target[step] as Record<string | number, unknown>;
        target[path.at(-1)!] = replacement;
        const result = validateBackup(spoiled);
        if (result.ok) {
          // Whatever got through is well formed: the round trip through JSON is lossless.
          expect(validateBackup(JSON.parse(JSON.stringify(result.backup)))).toEqual(result);
        }
      }),
      { numRuns: fuzzRuns, seed: 62 },
    );
  });

  it('fuzz: never throws on truncated or byte-flipped backup text', () => {
    const text = JSON.stringify(valid);
    fc.assert(
      fc.property(
        fc.nat({ max: text.length }),
        fc.nat({ max: text.length - 1 }),
        fc.string({ minLength: 1, maxLength: 1 }),
        (cut, at, ch) => {
          const mutated = (text.slice(0, at) + ch + text.slice(at + 1)).slice(0, cut);
          expect(typeof parseBackupText(mutated).ok).toBe('boolean');
        },
      ),
      { numRuns: fuzzRuns, seed: 63 },
    );
  });

  it('fuzz: generated libraries round-trip through the backup', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer(),
        (papers, notes, seed) => {
          const backup = createBackup(generateLibrary({ papers, notes, seed, hostile: true }), now);
          expect(parseBackupText(backupToJson(backup))).toEqual({ ok: true, backup, warnings: [] });
        },
      ),
      { numRuns: Math.min(fuzzRuns, 300), seed: 64 },
    );
  });
});
