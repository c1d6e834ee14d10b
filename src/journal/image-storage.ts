/**
 * How photo bytes are kept. A Blob where this browser's IndexedDB keeps Blobs; else the bytes as an
 * ArrayBuffer with their type: WebKit's private browsing (and so Safari's, and some Safari
 * versions outside it) refuses Blobs with "Error preparing Blob/File data". Which one is found
 * once per page, by a real write (blob-probe.ts, loaded with the first photo written). Both read
 * back as a Blob of the same bytes and type, so originals stay byte for byte and backups are the
 * same either way, and a journal holding both kinds reads whole.
 *
 * The shape of a photo's transaction matters in WebKit: a refused Blob written after another
 * request has left the transaction neither completed nor aborted, and every later transaction on
 * its stores waiting until a reload; written first, it aborts cleanly. So a photo's transaction
 * writes its original first and carries no other Blob (thumbnails are small, and always bytes).
 * Writing is photo-write.ts, loaded with the first photo written; reading is here, for lists.
 */
import type { StoredImage } from './db.ts';

/** How originals are written: 'auto' finds out once per page whether IndexedDB keeps Blobs; tests force one. */
export type ImageStorage = 'auto' | 'blob' | 'bytes';

/** A stored image as a Blob for the rest of the app, whichever way it was stored; undefined when absent. */
export function imageBlob(value: StoredImage | undefined): Blob | undefined {
  if (value === undefined || value instanceof Blob) return value;
  return value.bytes instanceof ArrayBuffer ? new Blob([value.bytes], { type: value.type }) : undefined;
}
