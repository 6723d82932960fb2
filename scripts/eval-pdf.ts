/**
 * `npm run eval:pdf -- <corpus-dir> [--json]`: runs the PDF structure analysis (Node, pdf.js
 * legacy build) on every PDF labelled in <corpus-dir>/labels/pdf.jsonl and compares it with the
 * labels: title (case, whitespace and punctuation folded), top-level headings (numbering
 * stripped; precision, recall, F1), figure and table counts (exact), reference count (within
 * 10%), time per paper. Fields null in a label are skipped; PDFs labelled text_layer "none" are
 * reported apart. With --json, prints only the totals.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analysePdfWith, PdfAnalysisError } from '../src/adapters/pdfjs';
import { loadNodePdfjs } from '../src/adapters/pdfjs/load-node';
import { foldText, stripHeadingNumber } from '../src/core/pdf-structure/fold-text';
import type { PdfStructure } from '../src/core/pdf-structure/pdf-structure';

interface PdfLabel {
  file: string;
  title: string | null;
  text_layer: 'good' | 'ocr' | 'type3-garbled' | 'none';
  headings: string[] | null;
  figures: number | null;
  tables: number | null;
  references: number | null;
}

interface FileResult {
  file: string;
  ms: number;
  error?: string;
  textLayer: PdfLabel['text_layer'];
  hasTextLayer?: boolean;
  title?: boolean;
  headings?: { precision: number; recall: number; f1: number };
  figures?: { got: number; want: number };
  tables?: { got: number; want: number };
  references?: { got: number; want: number };
}

const foldHeading = (text: string) => foldText(stripHeadingNumber(text));

export function headingScores(
  predicted: string[],
  labelled: string[],
): { precision: number; recall: number; f1: number } {
  const remaining = labelled.map(foldHeading);
  let matched = 0;
  for (const text of predicted.map(foldHeading)) {
    const at = remaining.indexOf(text);
    if (at >= 0) {
      matched++;
      remaining.splice(at, 1);
    }
  }
  if (predicted.length === 0 && labelled.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = predicted.length ? matched / predicted.length : 0;
  const recall = labelled.length ? matched / labelled.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function withinTenPercent(got: number, want: number): boolean {
  return Math.abs(got - want) <= Math.max(want * 0.1, 0);
}

function compare(label: PdfLabel, structure: PdfStructure, ms: number): FileResult {
  const result: FileResult = {
    file: label.file,
    ms,
    textLayer: label.text_layer,
    hasTextLayer: structure.hasTextLayer,
  };
  if (label.title !== null) {
    result.title = foldText(structure.title ?? '') === foldText(label.title);
  }
  if (label.headings !== null) {
    const topLevel = structure.headings.filter((h) => h.level === 1).map((h) => h.text);
    result.headings = headingScores(topLevel, label.headings);
  }
  if (label.figures !== null)
    result.figures = { got: structure.figures.length, want: label.figures };
  if (label.tables !== null) result.tables = { got: structure.tables.length, want: label.tables };
  if (label.references !== null) {
    result.references = { got: structure.references.length, want: label.references };
  }
  return result;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('Usage: npm run eval:pdf -- <corpus-dir> [--json]');
    process.exit(2);
  }
  const corpus = resolve(dir);
  const labels = readFileSync(resolve(corpus, 'labels/pdf.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as PdfLabel);
  const runtime = await loadNodePdfjs();
  const results: FileResult[] = [];
  for (const label of labels) {
    const data = new Uint8Array(readFileSync(resolve(corpus, label.file)));
    const started = performance.now();
    try {
      const structure = await analysePdfWith(runtime, { data });
      results.push(compare(label, structure, performance.now() - started));
    } catch (error) {
      const message = error instanceof PdfAnalysisError ? error.message : String(error);
      results.push({
        file: label.file,
        ms: performance.now() - started,
        error: message,
        textLayer: label.text_layer,
      });
    }
  }
  const scored = results.filter((r) => r.textLayer !== 'none');
  const share = (values: boolean[]) =>
    values.length ? values.filter(Boolean).length / values.length : NaN;
  const mean = (values: number[]) =>
    values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
  const times = scored.map((r) => r.ms).sort((a, b) => a - b);
  const totals = {
    papers: scored.length,
    title: share(
      scored.filter((r) => r.title !== undefined || r.error).map((r) => r.title ?? false),
    ),
    headingsF1: mean(scored.filter((r) => r.headings || r.error).map((r) => r.headings?.f1 ?? 0)),
    figuresExact: share(
      scored
        .filter((r) => r.figures || r.error)
        .map((r) => r.figures?.got === r.figures?.want && !!r.figures),
    ),
    tablesExact: share(
      scored
        .filter((r) => r.tables || r.error)
        .map((r) => r.tables?.got === r.tables?.want && !!r.tables),
    ),
    referencesWithin10: share(
      scored
        .filter((r) => r.references || r.error)
        .map((r) => !!r.references && withinTenPercent(r.references.got, r.references.want)),
    ),
    medianMs: times.length ? times[Math.floor((times.length - 1) / 2)]! : NaN,
  };
  const round = (n: number, digits = 3) => Number(n.toFixed(digits));
  const totalsRounded = {
    papers: totals.papers,
    title: round(totals.title),
    headingsF1: round(totals.headingsF1),
    figuresExact: round(totals.figuresExact),
    tablesExact: round(totals.tablesExact),
    referencesWithin10: round(totals.referencesWithin10),
    medianMs: round(totals.medianMs, 1),
  };
  if (json) {
    console.log(JSON.stringify(totalsRounded));
    return;
  }
  const mark = (ok: boolean | undefined) => (ok === undefined ? '-' : ok ? 'ok' : 'NO');
  const count = (
    c: { got: number; want: number } | undefined,
    ok: (c: { got: number; want: number }) => boolean,
  ) => (c ? `${c.got}/${c.want}${ok(c) ? '' : ' NO'}` : '-');
  console.table(
    scored.map((r) => ({
      file: r.file.replace(/^pdf\//, ''),
      title: r.error ? 'ERROR' : mark(r.title),
      'headings P/R': r.headings
        ? `${r.headings.precision.toFixed(2)}/${r.headings.recall.toFixed(2)}`
        : '-',
      figures: count(r.figures, (c) => c.got === c.want),
      tables: count(r.tables, (c) => c.got === c.want),
      refs: count(r.references, (c) => withinTenPercent(c.got, c.want)),
      ms: Math.round(r.ms),
      ...(r.error ? { error: r.error } : {}),
    })),
  );
  const unscanned = results.filter((r) => r.textLayer === 'none');
  if (unscanned.length) {
    console.log('Labelled without a text layer (not in the totals):');
    for (const r of unscanned) {
      console.log(
        `  ${r.file}: ${r.error ? `error: ${r.error}` : r.hasTextLayer ? 'NOT detected (text layer reported)' : 'detected as having no text layer'}`,
      );
    }
  }
  console.log(JSON.stringify(totalsRounded));
}

main().catch((error: unknown) => {
  console.error(`eval:pdf failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
