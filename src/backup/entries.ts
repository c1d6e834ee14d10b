/**
 * Reading one entry of a backup (read.ts checks the whole file): its bytes against its checksum
 * and declared size, a stored photo as a slice of the backup file rather than a copy, the journal's
 * JSON. A failure is a clause for read.ts's refusal, through its `fail`.
 */
import { msg, str } from '@lit/localize';
import type { FileEntry } from '@zip.js/zip.js/lib/zip-core-native.js';
import { shownName } from '../vocabulary/text.ts';
import { matchesChecksum } from './checksum.ts';

const LOCAL_HEADER = 0x04034b50;

/**
 * Where a stored (uncompressed) entry's bytes begin in the file, or null when it is compressed or its
 * local header is not where and what the directory says (then it is read the usual way).
 */
async function storedDataStart(file: Blob, entry: FileEntry): Promise<number | null> {
  if (entry.compressionMethod !== 0 || entry.compressedSize !== entry.uncompressedSize) return null;
  const header = new DataView(await file.slice(entry.offset, entry.offset + 30).arrayBuffer());
  if (header.byteLength < 30 || header.getUint32(0, true) !== LOCAL_HEADER) return null;
  const start = entry.offset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  return start + entry.uncompressedSize <= file.size ? start : null;
}

/** The clause for an entry whose bytes do not match its checksum or size. */
const damaged = (filename: string): string =>
  msg(str`“${shownName(filename)}” inside it is damaged (its contents do not match its checksum or size)`);

/**
 * Reads an entry into a Blob, refusing to write more than it declared (a lying header). Photos are
 * stored, not deflated: such an entry becomes a slice of the backup file itself, so hundreds of
 * photos are not copied into memory, though every byte is still read once for its checksum (by the
 * browser's zlib where it can, checksum.ts; else by zip.js). `checksum` is that native check (the
 * tests pass one that declines, to take zip.js's path in a browser that has both).
 */
export async function readEntry(
  entry: FileEntry,
  type: string,
  fail: (why: string) => never,
  file?: Blob,
  checksum: (bytes: Blob, crc32: number) => Promise<boolean | null> = matchesChecksum,
): Promise<Blob> {
  const start = file ? await storedDataStart(file, entry) : null;
  if (file && start !== null && entry.crc32 !== undefined) {
    // Checked natively where the browser can: the slice itself is what is checked and handed on.
    const bytes = file.slice(start, start + entry.uncompressedSize, type);
    const matches = await checksum(bytes, entry.crc32);
    if (matches === false) fail(damaged(entry.filename));
    if (matches === true) return bytes;
  }
  const chunks: Uint8Array[] = [];
  let first: Uint8Array | null = null;
  let written = 0;
  const writable = new WritableStream<Uint8Array>({
    write(chunk) {
      written += chunk.length;
      if (written > entry.uncompressedSize) throw new Error('larger than declared');
      if (start === null) chunks.push(chunk);
      else first ??= chunk.slice(0, 4096);
    },
  });
  try {
    await entry.getData(writable, { checkSignature: true });
  } catch {
    fail(damaged(entry.filename));
  }
  if (written !== entry.uncompressedSize) fail(damaged(entry.filename));
  if (start === null || !file) return new Blob(chunks as BlobPart[], { type });
  // The slice must start where zip.js read the checksummed bytes (a crafted header could point elsewhere).
  const expected: Uint8Array = first ?? new Uint8Array();
  const head = new Uint8Array(await file.slice(start, start + expected.length).arrayBuffer());
  if (head.length !== expected.length || head.some((byte, i) => byte !== expected[i])) fail(damaged(entry.filename));
  return file.slice(start, start + written, type);
}

/** Reads an entry holding JSON; `fail` says it is damaged or not JSON. */
export async function readJson(entry: FileEntry, fail: (why: string) => never): Promise<unknown> {
  const text = await (await readEntry(entry, 'application/json', fail)).text();
  try {
    return JSON.parse(text);
  } catch {
    const name = shownName(entry.filename);
    return fail(msg(str`“${name}” inside it is not readable JSON`));
  }
}
