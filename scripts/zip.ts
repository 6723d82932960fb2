/**
 * A small, reproducible zip writer: entries sorted by name, one fixed timestamp, fixed file modes
 * and deflate at a fixed level, so the same files always give the same bytes (store packages are
 * compared and reviewed by hash). No zip64: an extension is far below 4 GB.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, with forward slashes (e.g. "panel/sidepanel.html"). */
  name: string;
  data: Uint8Array;
}

/** 1980-01-01 00:00, the earliest DOS date: the same for every entry in every run. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const MADE_BY_UNIX = (3 << 8) | 20;
const VERSION_NEEDED = 20;
/** Regular file, rw-r--r--. */
const FILE_MODE = 0o100644;
const LIMIT = 0xffff_ffff;

export function zip(entries: readonly ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [index, entry] of sorted.entries()) {
    if (!isSafeName(entry.name))
      throw new Error(`not a relative path inside the zip: ${entry.name}`);
    if (index > 0 && sorted[index - 1]!.name === entry.name) {
      throw new Error(`two entries named ${entry.name}`);
    }
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = deflateRawSync(entry.data, { level: 9 });
    // Store what does not shrink (images, wasm): smaller and still reproducible.
    const method = deflated.length < entry.data.length ? 8 : 0;
    const body = method === 8 ? deflated : Buffer.from(entry.data);
    const checksum = crc32(entry.data);
    if (offset > LIMIT || entry.data.length > LIMIT) throw new Error('zip too large (no zip64)');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    central.writeUInt16LE(VERSION_NEEDED, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal attributes: all 0
    central.writeUInt32LE((FILE_MODE << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }
  if (sorted.length > 0xffff) throw new Error('too many entries (no zip64)');
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Relative, forward-slashed, no empty, "." or ".." segments: what every unzip tool extracts safely. */
function isSafeName(name: string): boolean {
  if (name === '' || name.startsWith('/') || name.includes('\\')) return false;
  return name.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
