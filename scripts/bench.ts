/**
 * `npm run bench [-- --quick] [-- --corpus DIR]`: runs every benchmark in bench/, prints one table,
 * writes bench-results.json.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Benchmark, BenchContext, BenchRow } from '../bench/harness';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const corpusArg = args.indexOf('--corpus');
const defaultCorpus = resolve(root, '../shared/corpus');
const ctx: BenchContext = {
  corpusDir:
    corpusArg >= 0
      ? resolve(args[corpusArg + 1] ?? '')
      : existsSync(defaultCorpus)
        ? defaultCorpus
        : undefined,
  quick: args.includes('--quick'),
};
const only = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--corpus');

const fmt = (n: number) =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3);

async function main(): Promise<void> {
  const files = readdirSync(resolve(root, 'bench'))
    .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
    .sort();
  const rows: BenchRow[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(resolve(root, 'bench', file)).href)) as {
      default: Benchmark;
    };
    process.stderr.write(`running ${mod.default.name}...\n`);
    try {
      rows.push(...(await mod.default.run(ctx)));
    } catch (error) {
      rows.push({
        name: `${mod.default.name} (failed)`,
        unit: '',
        median: NaN,
        spread: NaN,
        note: String(error),
      });
    }
  }
  const table = rows.map((r) => ({
    benchmark: r.name,
    median: `${fmt(r.median)} ${r.unit}`,
    spread: fmt(r.spread),
    baseline: r.baseline ? `${r.baseline.name}: ${fmt(r.baseline.median)} ${r.unit}` : '',
    ratio: r.baseline ? `${fmt(r.median / r.baseline.median)}x` : '',
    target: r.target ?? '',
    note: r.note ?? '',
  }));
  console.table(table);
  const results = rows.map((r) => ({
    ...r,
    ratio: r.baseline ? r.median / r.baseline.median : undefined,
  }));
  writeFileSync(
    resolve(root, 'bench-results.json'),
    JSON.stringify({ date: new Date().toISOString(), rows: results }, null, 2),
  );
  console.log('Wrote bench-results.json');
}

main().catch((error: unknown) => {
  console.error(`Benchmarks failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
