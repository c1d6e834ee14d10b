import { expect } from 'chai';
import fc from 'fast-check';
import { BlobWriter, Uint8ArrayReader, ZipWriter, BlobReader, ZipReader } from '@zip.js/zip.js/lib/zip-core-native.js';
import { matchesChecksum } from '../../src/backup/checksum.ts';

/** The CRC-32 zip.js writes for `bytes` (stored, as the app's backups are). */
async function zipCrc(bytes: Uint8Array): Promise<number> {
  const writer = new ZipWriter(new BlobWriter('application/zip'));
  await writer.add('entry', new Uint8ArrayReader(bytes), { level: 0 });
  const reader = new ZipReader(new BlobReader(await writer.close()));
  const [entry] = await reader.getEntries();
  await reader.close();
  return entry!.crc32!;
}

function bytesOf(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('a stored entry checked against its CRC-32 by the browser’s zlib (checksum.ts)', () => {
  it('is done natively here (Chromium has a gzip decoder that checks)', async () => {
    expect(await matchesChecksum(new Blob(['x']), 0x8cdc1683)).to.equal(true);
  });

  // Sizes around the 65,535-byte stored block and the browser's 64 KiB stream chunks.
  for (const size of [0, 1, 65_535, 65_536, 65_537, 131_070, 300_001]) {
    it(`takes ${size} bytes with their own CRC-32 and refuses them with any other, or with one byte changed`, async () => {
      const bytes = bytesOf(size, size + 7);
      const crc = await zipCrc(bytes);
      expect(await matchesChecksum(new Blob([bytes]), crc)).to.equal(true);
      expect(await matchesChecksum(new Blob([bytes]), (crc ^ 1) >>> 0)).to.equal(false);
      if (size > 0) {
        const changed = bytes.slice();
        changed[size >> 1] = (changed[size >> 1] ?? 0) ^ 0x10;
        expect(await matchesChecksum(new Blob([changed]), crc)).to.equal(false);
      }
    });
  }

  it('agrees with zip.js for any bytes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 140_000 }), async (bytes) => {
        expect(await matchesChecksum(new Blob([bytes as Uint8Array<ArrayBuffer>]), await zipCrc(bytes))).to.equal(true);
      }),
      { numRuns: 25 },
    );
  });
});
