/**
 * Writing a photo: its original as a Blob or as bytes, as this browser's IndexedDB allows (found
 * once per page by blob-probe.ts), in one transaction with its record and thumbnail, shaped as
 * WebKit needs (image-storage.ts says why). Loaded with the first photo written.
 */
import { blobsRefused, blobsStorable } from './blob-probe.ts';
import type { JournalSchema, StoredBytes, StoredImage } from './db.ts';
import type { ImageStorage } from './image-storage.ts';
import type { PhotoWriteOptions, StoredPhoto } from './photo-library.ts';
import type { WatchedDb } from './watchdog.ts';
import { guardWrite } from './write-guard.ts';

/** A Blob's bytes and type, to store where Blobs cannot go. */
async function imageBytes(blob: Blob): Promise<StoredBytes> {
  return { bytes: await blob.arrayBuffer(), type: blob.type };
}

/** Whether a failed write is IndexedDB refusing a Blob (then the bytes are written instead). */
function isBlobRefusal(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'UnknownError' || error.name === 'DataCloneError');
}

/**
 * Writes one photo in one transaction: its original first and the only Blob in it (see
 * image-storage.ts), then its record and its thumbnail's bytes. Where a Blob is refused although
 * the probe passed, the original is written again as bytes, and so are later ones. The record
 * must be checked already.
 */
export async function writePhoto(
  journal: WatchedDb<JournalSchema>,
  { record, original, thumbnail }: StoredPhoto,
  storage: ImageStorage,
  { signal }: PhotoWriteOptions = {},
): Promise<void> {
  const thumbnailBytes = await imageBytes(thumbnail);
  const put = (stored: StoredImage) =>
    guardWrite(() =>
      journal.run(
        ['originals', 'photos', 'thumbnails'],
        'readwrite',
        async (tx) => {
          await Promise.all([
            tx.objectStore('originals').put(stored, record.id),
            tx.objectStore('photos').put(record),
            tx.objectStore('thumbnails').put(thumbnailBytes, record.id),
          ]);
        },
        { bytes: original.size, signal },
      ),
    );
  const mode = storage === 'auto' ? await blobsStorable() : storage;
  if (mode === 'bytes') return put(await imageBytes(original));
  try {
    await put(original);
  } catch (error) {
    if (!isBlobRefusal(error)) throw error;
    console.warn('IndexedDB refused a photo as a Blob; photos are kept as bytes from now on. It said:', error);
    blobsRefused();
    await put(await imageBytes(original));
  }
}
