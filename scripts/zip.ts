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

    const fields: EntryFields = {
      method,
      checksum,
      storedSize: body.length,
      size: entry.data.length,
      nameLength: name.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields);
    // extra length: 0
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    writeEntryFields(central, 6, fields);
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

interface EntryFields {
  method: number;
  checksum: number;
  storedSize: number;
  size: number;
  nameLength: number;
}

/**
 * The fields a local header and its central directory record share, in the same order from
 * "version needed" to the name's length (26 bytes from `at`).
 */
function writeEntryFields(header: Buffer, at: number, fields: EntryFields): void {
  header.writeUInt16LE(VERSION_NEEDED, at);
  header.writeUInt16LE(UTF8_NAMES, at + 2);
  header.writeUInt16LE(fields.method, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(fields.checksum, at + 10);
  header.writeUInt32LE(fields.storedSize, at + 14);
  header.writeUInt32LE(fields.size, at + 18);
  header.writeUInt16LE(fields.nameLength, at + 22);
}

/** Relative, forward-slashed, no empty, "." or ".." segments: what every unzip tool extracts safely. */
function isSafeName(name: string): boolean {
  if (name === '' || name.startsWith('/') || name.includes('\\')) return false;
  return name.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
