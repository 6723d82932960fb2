import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseManifest, parsePaperDocument } from './document-schema';
import { documentName, emptyManifest, serialiseDocument, withHashes } from './manifest';
import { setNote } from './local-edits';
import { emptyPaperDocument } from './paper-document';
import { PAPER_KEY, run, stepsArbitrary } from './simulated-machines.test-helper';

const NAME = documentName(PAPER_KEY);
const note = setNote(emptyPaperDocument(PAPER_KEY, 0), 'context', 'my note', {
  machine: 'laptop',
  now: 5,
});
const body = serialiseDocument(note).body;

function errorOf(text: string, name = NAME): string {
  const checked = parsePaperDocument(text, name);
  if (checked.ok) throw new Error('expected the document to be refused');
  return checked.error;
}

const edited = (change: (doc: Record<string, unknown>) => void) => {
  const doc = JSON.parse(body) as Record<string, unknown>;
  change(doc);
  return JSON.stringify(doc);
};

describe('checking a paper document read from the server', () => {
  it('reads back every document the machines can write, unchanged (fuzz)', () => {
    fc.assert(
      fc.property(stepsArbitrary, (steps) => {
        for (const doc of run(steps).docs) {
          const checked = parsePaperDocument(serialiseDocument(doc).body, NAME);
          expect(checked).toEqual({ ok: true, value: doc });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a truncated file with a clear message', () => {
    expect(errorOf(body.slice(0, body.length / 2))).toBe(
      `The synced paper ${NAME} is not complete JSON (truncated or damaged)`,
    );
  });

  it('names the field that is wrong', () => {
    const error = errorOf(
      edited((doc) => {
        (doc.notes as Record<string, { texts: { text: unknown }[] }>).context!.texts[0]!.text = 42;
      }),
    );
    expect(error).toMatch(/^The synced paper \w+ is not valid: notes\.context\.texts\.0\.text: /);
  });

  it('refuses a note text its version counters do not cover (it would break the merge)', () => {
    const error = errorOf(
      edited((doc) => {
        (doc.notes as Record<string, { seen: Record<string, number> }>).context!.seen = {};
      }),
    );
    expect(error).toContain('"seen" counters do not cover');
  });

  it('refuses a document stored under another paper’s name', () => {
    expect(errorOf(body, documentName('doi:10.1/other'))).toContain(
      `holds another paper (${PAPER_KEY})`,
    );
  });

  it('refuses a document from a newer version, asking for an update', () => {
    expect(errorOf(edited((doc) => (doc.version = 2)))).toContain('newer version');
  });

  it('refuses oversized and hostile content', () => {
    const huge = 'x'.repeat(1_000_001);
    expect(
      errorOf(
        edited(
          (doc) =>
            ((doc.fields as Record<string, unknown>).title = {
              value: huge,
              v: { at: 1, n: 0, by: 'a' },
            }),
        ),
      ),
    ).toContain('fields.title.value');
    expect(errorOf(edited((doc) => (doc.running = { 'bad machine!': null })))).toContain('running');
    expect(errorOf(edited((doc) => (doc.script = '<script>')))).toContain('script');
    expect(errorOf('null')).toContain('is not valid');
  });

  it('does not let a "__proto__" key reach the merged data', () => {
    const hostile = body.replace(
      '"tags":{}',
      '"tags":{"__proto__":{"value":true,"v":{"at":1,"n":0,"by":"x"}}}',
    );
    const checked = parsePaperDocument(hostile, NAME);
    expect(checked.ok && Object.getPrototypeOf(checked.value.tags)).toBe(Object.prototype);
  });
});

describe('checking the manifest', () => {
  it('reads back a manifest as written', () => {
    const manifest = withHashes(emptyManifest(), { [NAME]: serialiseDocument(note).hash });
    expect(parseManifest(JSON.stringify(manifest))).toEqual({ ok: true, value: manifest });
  });

  it('refuses a manifest naming files outside the papers folder', () => {
    const manifest = { ...emptyManifest(), papers: { '../../etc/passwd': '0123456789abcdef' } };
    const checked = parseManifest(JSON.stringify(manifest));
    expect(checked.ok ? '' : checked.error).toMatch(/^The sync manifest is not valid: papers/);
  });
});
