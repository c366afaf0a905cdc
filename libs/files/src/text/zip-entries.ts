import { inflateRawSync } from 'node:zlib';

/** One file in a ZIP archive's central directory. */
interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of up to 65,535. */
const END_SEARCH_BYTES = 22 + 0xffff;
const MAX_ENTRIES = 10_000;

/** The entries of the central directory of `zip`; empty when it has none that can be read (ZIP64 is not read). */
function entriesOf(zip: Buffer): ZipEntry[] {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - END_SEARCH_BYTES); i--) {
    if (zip.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = Math.min(zip.readUInt16LE(end + 10), MAX_ENTRIES);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count && offset + 46 <= zip.length; i++) {
    if (zip.readUInt32LE(offset) !== DIRECTORY_ENTRY) break;
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
      name: zip.toString('utf8', offset + 46, Math.min(zip.length, offset + 46 + nameLength)),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The contents of the entries of `zip` whose names `wanted` accepts, in archive order, each
 * inflated to at most `maxBytes` (an entry that would grow past it, is encrypted, or is damaged
 * is left out): enough to read the XML inside OpenDocument and Office Open XML files.
 */
export function readZipEntries(zip: Buffer, wanted: (name: string) => boolean, maxBytes: number): Array<{ name: string; data: Buffer }> {
  const found: Array<{ name: string; data: Buffer }> = [];
  for (const entry of entriesOf(zip)) {
    if (!wanted(entry.name)) continue;
    const at = entry.localHeaderOffset;
    if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) continue;
    if (zip.readUInt16LE(at + 6) & 0x1) continue;
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const raw = zip.subarray(start, Math.min(zip.length, start + entry.compressedSize));
    try {
      if (entry.method === 0) found.push({ name: entry.name, data: raw.subarray(0, maxBytes) });
      else if (entry.method === 8) found.push({ name: entry.name, data: inflateRawSync(raw, { maxOutputLength: maxBytes }) });
    } catch {
      // past maxBytes or damaged: left out
    }
  }
  return found;
}
