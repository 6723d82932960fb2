/**
 * `npm run eval:pages -- <corpus-dir> [--json]`: runs the extension's own page-metadata extractor
 * (src/core/metadata) on every labelled saved page of a corpus laid out as html/ plus
 * labels/html.jsonl, and compares with the hand-written labels.
 *
 * Fair comparison, as documented in the corpus README: titles match exactly after whitespace
 * folding (and Unicode NFC); author lists match when they hold the same names in the same order
 * after folding whitespace, case, diacritics and full stops ("Matthew J. Kourakis" =
 * "Matthew J Kourakis"); DOIs compare case-insensitively (DOIs are); arXiv ids and years exactly.
 * A field counts only on pages whose label gives it (with --json, a field no page labels is null);
 * pages of kind `negative` must come out as not a paper. Values extracted where the label has none are listed as "extra", not scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { extractPageMetadata } from '../src/core/metadata/extract-page-metadata';
import type { PageMetadata } from '../src/core/metadata/page-metadata';

interface Label {
  file: string;
  kind: string;
  title: string | null;
  authors: string[];
  doi: string | null;
  arxiv_id: string | null;
  year: number | null;
}

const EVALUATED_KINDS = new Set(['paper-landing', 'arxiv-abs', 'negative']);
const FIELDS = ['title', 'authors', 'doi', 'arxivId', 'year'] as const;
type Field = (typeof FIELDS)[number];
type Outcome = 'ok' | 'miss' | 'n/a';

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const foldName = (s: string) =>
  fold(s)
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
        outcome: got.title !== undefined && fold(got.title) === fold(label.title) ? 'ok' : 'miss',
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
  const rows: Record<string, string>[] = [];
  const misses: string[] = [];
  const extras: string[] = [];
  for (const label of labels) {
    const path = resolve(dir, label.file);
    let got: PageMetadata;
    if (existsSync(path)) {
      const url = pathToFileURL(path).href;
      got = extractPageMetadata(parseHtml(decode(readFileSync(path)), url), url);
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
        else
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
