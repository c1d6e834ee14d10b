import { expect } from 'chai';
import {
  BlobReader,
  BlobWriter,
  Uint8ArrayReader,
  ZipReader,
  ZipWriter,
  type FileEntry,
} from '@zip.js/zip.js/lib/zip-core-native.js';
import { readEntry } from '../../src/backup/entries.ts';
import { matchesChecksum } from '../../src/backup/checksum.ts';

/** A ZIP holding `bytes` stored (not deflated) as "photos/a.jpg", as the app's backups hold photos. */
async function storedZip(bytes: Uint8Array): Promise<Uint8Array> {
  const writer = new ZipWriter(new BlobWriter('application/zip'));
  await writer.add('photos/a.jpg', new Uint8ArrayReader(bytes), { level: 0 });
  return new Uint8Array(await (await writer.close()).arrayBuffer());
}

const photoBytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 31 + (i >> 8)) & 0xff);

/** Reads the ZIP's one entry with `readEntry`; resolves with its bytes, or the clause it refused with. */
async function read(zip: Uint8Array, checksum: Parameters<typeof readEntry>[4]): Promise<Uint8Array | string> {
  const file = new Blob([zip as Uint8Array<ArrayBuffer>]);
  const reader = new ZipReader(new BlobReader(file));
  const [entry] = await reader.getEntries();
  const fail = (why: string): never => {
    throw new Error(why);
  };
  try {
    const blob = await readEntry(entry as FileEntry, 'image/jpeg', fail, file, checksum);
    expect(blob.type).to.equal('image/jpeg');
    return new Uint8Array(await blob.arrayBuffer());
  } catch (error) {
    return (error as Error).message;
  } finally {
    await reader.close();
  }
}

const paths: [string, Parameters<typeof readEntry>[4]][] = [
  ['checked by the browser’s zlib', matchesChecksum],
  ['checked by zip.js (where the browser cannot)', () => Promise.resolve(null)],
];

describe('a stored photo read from a backup (entries.ts)', () => {
  for (const [path, checksum] of paths) {
    describe(path, () => {
      it('comes back byte for byte', async () => {
        expect(await read(await storedZip(photoBytes), checksum)).to.deep.equal(photoBytes);
      });

      it('is refused as damaged when one of its bytes changed after it was zipped', async () => {
        const zip = await storedZip(photoBytes);
        // The stored bytes follow the 30-byte local header and the 12-character name.
        const at = 30 + 'photos/a.jpg'.length + 100_000;
        zip[at] = (zip[at] ?? 0) ^ 0x01;
        expect(await read(zip, checksum)).to.equal(
          '“photos/a.jpg” inside it is damaged (its contents do not match its checksum or size)',
        );
      });
    });
  }
});
