/**
 * `npm run eval:pages -- <corpus-dir> [--json]`: runs the extension's own page-metadata extractor
 * (src/core/metadata) on every labelled saved page of a corpus laid out as html/ plus
 * labels/html.jsonl, and compares with the hand-written labels.
 *
 * Fair comparison, as documented in the corpus README: titles match exactly after whitespace
 * folding (and Unicode NFC); author lists match when they hold the same names in the same order
 * after folding whitespace, case, diacritics and full stops ("Matthew J. Kourakis" =
 * "Matthew J Kourakis"). Titles and names both read Unicode hyphens as "-" and drop spaces next
 * to a digit, as sub- and superscripts come out spaced or not ("Ni 12 P 5" = "Ni12P5"). DOIs
 * compare case-insensitively (DOIs are); arXiv ids and years exactly.
 * Kinds measured: paper-landing, paper-fulltext, arxiv-abs and negative. A field counts only on
 * pages whose label gives it (with --json, a field no page labels is null); pages of kind
 * `negative` must come out as not a paper (with --json, `negativesRefused` is the fraction that
 * did). After the totals, "Supplied by" says which reader (src/core/metadata/sources.ts) supplied
 * each scored field and how often it was right. Values extracted where the label has none are
 * listed as "extra", not scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { readPageMetadata } from '../src/core/metadata/extract-page-metadata';
import type { PageMetadata } from '../src/core/metadata/page-metadata';
import type { Provenance } from '../src/core/metadata/sources';

interface Label {
  file: string;
  kind: string;
  title: string | null;
  authors: string[];
  doi: string | null;
  arxiv_id: string | null;
  year: number | null;
}

const EVALUATED_KINDS = new Set(['paper-landing', 'paper-fulltext', 'arxiv-abs', 'negative']);
const FIELDS = ['title', 'authors', 'doi', 'arxivId', 'year'] as const;
type Field = (typeof FIELDS)[number];
type Outcome = 'ok' | 'miss' | 'n/a';
const PROVENANCE_KEY = {
  title: 'title',
  authors: 'authors',
  doi: 'doi',
  arxivId: 'arxivId',
  year: 'date',
} as const satisfies Record<Field, keyof Provenance>;

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
// Sub- and superscripts come out spaced or not depending on the markup ("Ni 12 P 5" for Ni12P5):
// spaces next to a digit are layout, not content, for titles and names alike.
const foldScripts = (s: string) => s.replace(/\s+(?=\d)|(?<=\d)\s+(?=\p{Lu})/gu, '');
// Unicode hyphens (U+2010 in Wiley's names) read as "-"; sub/superscript spacing ("Ni 12 P 5") is
// layout, not content, so spaces around digits are dropped for the comparison.
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d]/g;
const foldTitle = (s: string) => foldScripts(fold(s).replace(HYPHENS, '-'));
const foldName = (s: string) =>
  foldTitle(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The page's bytes as text: the charset it declares, else UTF-8, else Windows-1252. */
function decode(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // unknown label: fall through to sniffing
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function parseHtml(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function compare(
  field: Field,
  label: Label,
  got: PageMetadata,
): { outcome: Outcome; extra?: string } {
  switch (field) {
    case 'title':
      if (label.title === null) return { outcome: 'n/a' };
      return {
        outcome:
          got.title !== undefined && foldTitle(got.title) === foldTitle(label.title)
            ? 'ok'
            : 'miss',
      };
    case 'authors': {
      if (label.authors.length === 0) return { outcome: 'n/a' };
      const want = label.authors.map(foldName).join('|');
      return {
        outcome: got.authors.map((a) => foldName(a.name)).join('|') === want ? 'ok' : 'miss',
      };
    }
    case 'doi':
      if (label.doi === null) return { outcome: 'n/a', extra: got.doi };
      return { outcome: got.doi?.toLowerCase() === label.doi.toLowerCase() ? 'ok' : 'miss' };
    case 'arxivId':
      if (label.arxiv_id === null) return { outcome: 'n/a', extra: got.arxivId };
      return { outcome: got.arxivId === label.arxiv_id ? 'ok' : 'miss' };
    case 'year':
      if (label.year === null) return { outcome: 'n/a', extra: got.year?.toString() };
      return { outcome: got.year === label.year ? 'ok' : 'miss' };
  }
}

function expected(field: Field, label: Label): string {
  const value = {
    title: label.title,
    authors: label.authors.join('; '),
    doi: label.doi,
    arxivId: label.arxiv_id,
    year: label.year,
  }[field];
  return String(value ?? '');
}

function actual(field: Field, got: PageMetadata): string {
  return field === 'authors' ? got.authors.map((a) => a.name).join('; ') : String(got[field] ?? '');
}

function readLabels(dir: string): Label[] {
  const path = resolve(dir, 'labels/html.jsonl');
  if (!existsSync(path) || !existsSync(resolve(dir, 'html'))) {
    throw new Error(`${dir} is not a corpus folder: expected ${resolve(dir, 'html')}/ and ${path}`);
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as Label;
      } catch {
        throw new Error(`${path}:${i + 1} is not valid JSON`);
      }
    });
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dirArg = args.find((a) => !a.startsWith('--'));
  if (!dirArg) throw new Error('usage: npm run eval:pages -- <corpus-dir> [--json]');
  const dir = resolve(dirArg);
  const labels = readLabels(dir).filter((l) => EVALUATED_KINDS.has(l.kind));
  const scored = Object.fromEntries(FIELDS.map((f) => [f, { ok: 0, of: 0 }])) as Record<
    Field,
    { ok: number; of: number }
  >;
  const negatives = { ok: 0, of: 0 };
  // Which reader supplied each scored field, and how often it was right: a regression shows where.
  const bySource = Object.fromEntries(FIELDS.map((f) => [f, {}])) as Record<
    Field,
    Record<string, { ok: number; of: number }>
  >;
  const rows: Record<string, string>[] = [];
  const misses: string[] = [];
  const extras: string[] = [];
  for (const label of labels) {
    const path = resolve(dir, label.file);
    let got: PageMetadata;
    let provenance: Provenance = {};
    if (existsSync(path)) {
      const url = pathToFileURL(path).href;
      ({ metadata: got, provenance } = readPageMetadata(
        parseHtml(decode(readFileSync(path)), url),
        url,
      ));
    } else {
      misses.push(`${label.file}: file missing`);
      got = { isPaper: false, authors: [], unreadable: ['file missing'] };
    }
    const row: Record<string, string> = {
      file: label.file.replace(/^html\//, ''),
      kind: label.kind,
    };
    for (const field of FIELDS) {
      const { outcome, extra } = compare(field, label, got);
      row[field] = outcome === 'ok' ? 'ok' : outcome === 'miss' ? 'MISS' : '';
      if (outcome !== 'n/a') {
        scored[field].of++;
        if (outcome === 'ok') scored[field].ok++;
        if (label.kind !== 'negative') {
          const source = provenance[PROVENANCE_KEY[field]] ?? '(none)';
          const counts = (bySource[field][source] ??= { ok: 0, of: 0 });
          counts.of++;
          if (outcome === 'ok') counts.ok++;
        } else
          misses.push(
            `${label.file} ${field}: expected "${expected(field, label)}", got "${actual(field, got)}"`,
          );
      } else if (extra !== undefined && label.kind !== 'negative') {
        extras.push(`${label.file} ${field}: unlabelled, extracted "${extra}"`);
      }
    }
    row['isPaper'] = String(got.isPaper);
    if (label.kind === 'negative') {
      negatives.of++;
      if (!got.isPaper) negatives.ok++;
      else misses.push(`${label.file}: a negative page came out as a paper`);
    } else if (!got.isPaper) {
      misses.push(`${label.file}: not recognised as a paper`);
    }
    rows.push(row);
  }
  // No page labelled for a field: there is no fraction to give (null), rather than a made-up 100%.
  const fraction = (s: { ok: number; of: number }) =>
    s.of === 0 ? null : Number((s.ok / s.of).toFixed(4));
  if (json) {
    const totals = {
      pages: labels.length,
      ...Object.fromEntries(FIELDS.map((f) => [f, fraction(scored[f])])),
      negativesRefused: fraction(negatives),
    };
    console.log(JSON.stringify(totals));
    return;
  }
  console.table(rows);
  for (const field of FIELDS) {
    const s = scored[field];
    const f = fraction(s);
    console.log(
      `${field.padEnd(8)} ${s.ok}/${s.of} = ${f === null ? 'n/a' : `${(100 * f).toFixed(1)}%`}`,
    );
  }
  console.log(`negatives not a paper: ${negatives.ok}/${negatives.of}`);
  console.log('\nSupplied by (right/scored):');
  for (const field of FIELDS) {
    const counts = Object.entries(bySource[field])
      .sort((a, b) => b[1].of - a[1].of)
      .map(([source, c]) => `${source} ${c.ok}/${c.of}`);
    if (counts.length > 0) console.log(`  ${field.padEnd(8)} ${counts.join(', ')}`);
  }
  if (misses.length > 0) console.log(`\nMisses:\n  ${misses.join('\n  ')}`);
  if (extras.length > 0)
    console.log(`\nExtracted where the label has nothing (not scored):\n  ${extras.join('\n  ')}`);
}

try {
  main();
} catch (error) {
  console.error(`eval:pages: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
