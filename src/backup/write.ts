/**
 * Makes the backup file: a ZIP streamed by client-zip, one photo read from IndexedDB at a time,
 * so making it needs about one photo's worth of memory whatever the size of the journal.
 * Photos are stored, not compressed (JPEGs do not shrink), and kept byte for byte.
 */
import { msg, str } from '@lit/localize';
import { makeZip } from 'client-zip';
import type { JournalStore } from '../journal/store.ts';
import { SentenceError } from '../vocabulary/index.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  JOURNAL_NAME,
  MANIFEST_NAME,
  backupFileName,
  originalPath,
  thumbnailPath,
  type BackupManifest,
} from './format.ts';

interface ZipInput {
  name: string;
  lastModified: Date;
  input: Blob | string;
}

/** What making a backup may be given: progress (photos read of all), and a signal that stops it. */
export interface BackupOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * The journal as one ZIP file; `today` names the file. Throws a sentence if a photo is missing its
 * bytes or the journal does not answer (the store's watchdog), or the signal's reason once stopped.
 */
export async function makeBackup(
  store: JournalStore,
  today: string,
  now = new Date(),
  { onProgress, signal }: BackupOptions = {},
): Promise<File> {
  const snapshot = await store.snapshot();
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    app: 'SMP Aftercare Journal',
    counts: {
      photos: snapshot.photos.length,
      checkIns: snapshot.checkIns.length,
      adherence: snapshot.adherence.length,
    },
  };
  // The stream reports a failure of the entries as its own error: keep the sentence to throw it.
  let failure: unknown = null;
  async function* entries(): AsyncGenerator<ZipInput> {
    yield { name: MANIFEST_NAME, lastModified: now, input: JSON.stringify(manifest, null, 2) };
    yield { name: JOURNAL_NAME, lastModified: now, input: JSON.stringify(snapshot) };
    onProgress?.(0, snapshot.photos.length);
    for (const [i, photo] of snapshot.photos.entries()) {
      signal?.throwIfAborted();
      const [original, thumbnail] = await Promise.all([
        store.photos.original(photo.id),
        store.photos.thumbnail(photo.id),
      ]);
      if (!original || !thumbnail)
        throw new SentenceError(
          msg(str`The photo of ${photo.date} could not be read from this device, so no backup was made.`),
        );
      const taken = new Date(photo.addedAt);
      yield { name: originalPath(photo), lastModified: taken, input: original };
      yield { name: thumbnailPath(photo), lastModified: taken, input: thumbnail };
      onProgress?.(i + 1, snapshot.photos.length);
    }
  }
  async function* watched(): AsyncGenerator<ZipInput> {
    try {
      yield* entries();
    } catch (error) {
      failure = error;
      throw error;
    }
  }
  try {
    // Chromium collects a streamed body into a Blob outside the page's memory (on disk when large).
    const zip = await new Response(makeZip(watched())).blob();
    signal?.throwIfAborted();
    return new File([zip], backupFileName(today), { type: 'application/zip', lastModified: now.getTime() });
  } catch (error) {
    throw failure ?? error;
  }
}
