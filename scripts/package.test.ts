import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateRawSync, crc32 } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { zipDirectory } from './package';
import { zip } from './zip';

interface ReadEntry {
  name: string;
  data: Buffer;
  mode: number;
  dosDate: number;
}

/** Reads a zip through its central directory, as unzip tools do, checking every CRC. */
function readZip(archive: Buffer): ReadEntry[] {
  const end = archive.length - 22;
  expect(archive.readUInt32LE(end)).toBe(0x06054b50);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries: ReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const offset = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const localNameLength = archive.readUInt16LE(offset + 26);
    const start = offset + 30 + localNameLength + archive.readUInt16LE(offset + 28);
    const body = archive.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(crc32(data)).toBe(crc);
    entries.push({
      name,
      data,
      mode: archive.readUInt32LE(at + 38) >>> 16,
      dosDate: archive.readUInt16LE(at + 14),
    });
    at += 46 + nameLength;
  }
  return entries;
}

const files: Record<string, string> = {
  'manifest.json': '{"manifest_version":3,"name":"x","version":"1.0"}',
  'panel/sidepanel.html': '<!doctype html><title>Panel</title>'.repeat(20),
  'assets/a-b.js': 'console.log("é ✓");',
  'icons/icon.png': String.fromCharCode(...Array.from({ length: 64 }, (_, i) => (i * 37) % 256)),
  'z/deep/er/file.txt': '',
};

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder with `files`, written in the given order, every file dated `when`. */
function folder(order: string[], when: Date): string {
  const dir = mkdtempSync(join(tmpdir(), 'three-pass-package-'));
  made.push(dir);
  for (const name of order) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), files[name]!);
    utimesSync(join(dir, name), when, when);
  }
  return dir;
}

describe('zipDirectory', () => {
  it('holds every file of the folder, byte for byte, with forward-slash paths', () => {
    const entries = readZip(zipDirectory(folder(Object.keys(files), new Date())));
    expect(entries.map((e) => e.name)).toEqual(Object.keys(files).sort());
    for (const entry of entries) expect(entry.data.toString()).toBe(files[entry.name]);
    expect(entries.every((e) => e.mode === 0o100644)).toBe(true);
    // 1980-01-01, not the files' dates.
    expect(entries.every((e) => e.dosDate === (1 << 5) + 1)).toBe(true);
  });

  it('gives identical bytes for the same files written in another order on another day', () => {
    const names = Object.keys(files);
    const first = zipDirectory(folder(names, new Date('2020-03-04T05:06:07Z')));
    const second = zipDirectory(folder([...names].reverse(), new Date('2031-12-30T23:59:59Z')));
    expect(second.equals(first)).toBe(true);
  });

  it('changes when one byte of one file changes', () => {
    const dir = folder(Object.keys(files), new Date());
    const before = zipDirectory(dir);
    writeFileSync(join(dir, 'assets/a-b.js'), 'console.log("é ✗");');
    expect(zipDirectory(dir).equals(before)).toBe(false);
  });

  it('is read by the system unzip when there is one', (context) => {
    let unzipFound = true;
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    } catch {
      unzipFound = false;
    }
    if (!unzipFound) return context.skip('no unzip on this machine');
    const dir = folder(Object.keys(files), new Date());
    const out = mkdtempSync(join(tmpdir(), 'three-pass-package-out-'));
    made.push(out);
    const archive = join(out, 'extension.zip');
    writeFileSync(archive, zipDirectory(dir));
    expect(execFileSync('unzip', ['-t', archive], { encoding: 'utf8' })).toContain('No errors');
    expect(execFileSync('unzip', ['-p', archive, 'assets/a-b.js'], { encoding: 'utf8' })).toBe(
      files['assets/a-b.js'],
    );
  });
});

describe('zip', () => {
  it('refuses names that would extract outside the folder', () => {
    for (const name of ['../evil', '/etc/passwd', 'a/../../b', 'a\\b', '']) {
      expect(() => zip([{ name, data: new Uint8Array(1) }])).toThrow(/relative path/);
    }
  });

  it('refuses two entries with one name', () => {
    const data = new Uint8Array(1);
    expect(() =>
      zip([
        { name: 'a', data },
        { name: 'a', data },
      ]),
    ).toThrow(/two entries/);
  });

  it('writes an empty archive that readers accept', () => {
    expect(readZip(zip([]))).toEqual([]);
  });
});
