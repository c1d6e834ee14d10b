/**
 * Makes the backup file: a ZIP streamed by client-zip, one photo read from IndexedDB at a time,
 * so making it needs about one photo's worth of memory whatever the size of the journal.
 * Photos are stored, not compressed (JPEGs do not shrink), and kept byte for byte.
 */
import { makeZip } from 'client-zip';
import type { JournalStore } from '../journal/store.ts';
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

/** The journal as one ZIP file; `today` names the file. Throws a sentence if a photo is missing its bytes. */
export async function makeBackup(store: JournalStore, today: string, now = new Date()): Promise<File> {
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
  async function* entries(): AsyncGenerator<ZipInput> {
    yield { name: MANIFEST_NAME, lastModified: now, input: JSON.stringify(manifest, null, 2) };
    yield { name: JOURNAL_NAME, lastModified: now, input: JSON.stringify(snapshot) };
    for (const photo of snapshot.photos) {
      const [original, thumbnail] = await Promise.all([
        store.photos.original(photo.id),
        store.photos.thumbnail(photo.id),
      ]);
      if (!original || !thumbnail)
        throw new Error(`The photo of ${photo.date} could not be read from this device, so no backup was made.`);
      const taken = new Date(photo.addedAt);
      yield { name: originalPath(photo), lastModified: taken, input: original };
      yield { name: thumbnailPath(photo), lastModified: taken, input: thumbnail };
    }
  }
  // Chromium collects a streamed body into a Blob outside the page's memory (on disk when large).
  const zip = await new Response(makeZip(entries())).blob();
  return new File([zip], backupFileName(today), { type: 'application/zip', lastModified: now.getTime() });
}
