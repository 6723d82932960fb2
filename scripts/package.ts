/**
 * `npm run package`: store-ready zips from a fresh build, and the source for AMO review.
 *   artifacts/three-pass-reader-chrome-VERSION.zip    dist/chrome (Chrome Web Store)
 *   artifacts/three-pass-reader-firefox-VERSION.zip   dist/firefox (addons.mozilla.org)
 *   artifacts/three-pass-reader-source-VERSION.zip    the committed files (`git archive HEAD`)
 * The same commit gives the same bytes: entries sorted, one fixed timestamp (scripts/zip.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zip, type ZipEntry } from './zip';

const root = resolve(import.meta.dirname, '..');

/** Every file under `dir`, named by its path relative to `dir` with forward slashes. */
export function directoryEntries(dir: string): ZipEntry[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { name: relative(dir, path).split(sep).join('/'), data: readFileSync(path) };
    });
}

/** The zip of a folder's files: the same files give the same bytes, whatever their dates. */
export function zipDirectory(dir: string): Buffer {
  return zip(directoryEntries(dir));
}

function describe(path: string): string {
  const bytes = readFileSync(path);
  const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return `${relative(root, path)}  ${(bytes.length / 1024).toFixed(0)} KiB  sha256 ${sha}…`;
}

function main(): void {
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('package: the build failed, nothing was packaged');
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(resolve(root, 'dist/chrome/manifest.json'), 'utf8'));
  const version: string = manifest.version;
  const artifacts = resolve(root, 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  const written: string[] = [];
  for (const target of ['chrome', 'firefox']) {
    const path = resolve(artifacts, `three-pass-reader-${target}-${version}.zip`);
    writeFileSync(path, zipDirectory(resolve(root, 'dist', target)));
    written.push(path);
  }
  // Reviewers rebuild from the committed sources; `git archive` dates entries by the commit.
  const source = resolve(artifacts, `three-pass-reader-source-${version}.zip`);
  try {
    execFileSync(
      'git',
      ['archive', '--format=zip', `--prefix=three-pass-reader-${version}/`, '-o', source, 'HEAD'],
      { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch {
    rmSync(source, { force: true });
    console.error('package: no source zip: run it in a git clone (`git archive HEAD` failed)');
    process.exit(1);
  }
  written.push(source);
  const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  for (const path of written) console.log(describe(path));
  if (changed) {
    console.warn(
      'package: tracked files have uncommitted changes: the extension zips hold them, the source zip does not',
    );
  }
  console.log(`Packaged in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
