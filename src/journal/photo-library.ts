/**
 * The photo diary's storage: metadata, thumbnails and originals in three stores (see db.ts),
 * written together in one transaction and read apart. Images are kept as Blobs or as bytes, as
 * this browser allows (image-storage.ts), and always read back as Blobs.
 */
import { msg, str } from '@lit/localize';
import { localToday } from '../calendar/local-date.ts';
import { compareDates, describeDate, type IsoDate } from '../rules/index.ts';
import { SentenceError } from '../vocabulary/index.ts';
import { isHeifType } from '../workers/image-type.ts';
import type { JournalSchema } from './db.ts';
import { imageBlob, type ImageStorage } from './image-storage.ts';
import { checkPhoto, InvalidRecordError, type PhotoRecord, type ScalpArea } from './records.ts';
import type { WatchedDb } from './watchdog.ts';
import { guardWrite } from './write-guard.ts';

/** Everything stored for one photo, e.g. to undo a delete. */
export interface StoredPhoto {
  readonly record: PhotoRecord;
  readonly original: Blob;
  readonly thumbnail: Blob;
}

/** What can be changed on a stored photo. */
export type PhotoChanges = Partial<Pick<PhotoRecord, 'area' | 'date' | 'note'>>;

/** What a write of photos may be given: a signal that stops it (the screen gave up on the work). */
export interface PhotoWriteOptions {
  readonly signal?: AbortSignal | undefined;
}

/**
 * A photo's record as it may be written here: dated 1900–2100 (the schema) and not after today, so
 * nothing in the diary is dated in the future. (A backup's photos are checked with a day's grace for
 * time zones, see snapshot-check.ts.)
 */
function checkedPhoto(input: unknown): PhotoRecord {
  const record = checkPhoto(input);
  if (compareDates(record.date, localToday()) > 0)
    throw new InvalidRecordError(
      msg(str`A photo cannot be dated ${describeDate(record.date)}: that day is still to come.`),
    );
  return record;
}

/** The photo diary. */
export interface PhotoLibrary {
  /** Stores a photo (metadata, original, thumbnail) all at once, or nothing. */
  add(photo: StoredPhoto, options?: PhotoWriteOptions): Promise<void>;
  /** All photo metadata, oldest day first (never the images). */
  list(): Promise<PhotoRecord[]>;
  /** Metadata of one area's photos, oldest first. */
  listArea(area: ScalpArea): Promise<PhotoRecord[]>;
  /** The last photo of an area on or before a date, for the camera's ghost overlay. */
  latestOf(area: ScalpArea, onOrBefore: IsoDate): Promise<PhotoRecord | undefined>;
  thumbnail(id: string): Promise<Blob | undefined>;
  original(id: string): Promise<Blob | undefined>;
  /** The image to show for a photo: its original, or for a HEIC/HEIF (which only Safari shows in an <img>) its thumbnail. */
  viewable(record: PhotoRecord): Promise<Blob | undefined>;
  update(id: string, changes: PhotoChanges): Promise<PhotoRecord>;
  /** Removes a photo and returns all of it, so the app can offer "Undo". */
  remove(id: string): Promise<StoredPhoto | undefined>;
  count(): Promise<number>;
}

/** The photo diary in IndexedDB. */
export class IdbPhotoLibrary implements PhotoLibrary {
  constructor(
    private readonly journal: WatchedDb<JournalSchema>,
    /** How originals are written (tests force one). */
    private readonly storage: ImageStorage,
  ) {}

  async add(photo: StoredPhoto, options?: PhotoWriteOptions): Promise<void> {
    const record = checkedPhoto(photo.record);
    // The write path (and the probe it may run) loads with the first photo written, not at start-up.
    const { writePhoto } = await import('./photo-write.ts');
    await writePhoto(this.journal, { ...photo, record }, this.storage, options);
  }

  list(): Promise<PhotoRecord[]> {
    return this.journal.run(['photos'], 'readonly', (tx) => tx.store.index('by-date').getAll());
  }

  listArea(area: ScalpArea): Promise<PhotoRecord[]> {
    const range = IDBKeyRange.bound([area, ''], [area, '\uffff']);
    return this.journal.run(['photos'], 'readonly', (tx) => tx.store.index('by-area-date').getAll(range));
  }

  latestOf(area: ScalpArea, onOrBefore: IsoDate): Promise<PhotoRecord | undefined> {
    const range = IDBKeyRange.bound([area, ''], [area, onOrBefore]);
    return this.journal.run(['photos'], 'readonly', async (tx) => {
      const cursor = await tx.store.index('by-area-date').openCursor(range, 'prev');
      return cursor?.value;
    });
  }

  thumbnail(id: string): Promise<Blob | undefined> {
    return this.journal.run(['thumbnails'], 'readonly', async (tx) => imageBlob(await tx.store.get(id)));
  }

  original(id: string): Promise<Blob | undefined> {
    return this.journal.run(['originals'], 'readonly', async (tx) => imageBlob(await tx.store.get(id)));
  }

  viewable(record: PhotoRecord): Promise<Blob | undefined> {
    // The thumbnail is the picture libheif decoded at import, upright; the original stays as it came.
    return isHeifType(record.type) ? this.thumbnail(record.id) : this.original(record.id);
  }

  update(id: string, changes: PhotoChanges): Promise<PhotoRecord> {
    return guardWrite(() =>
      this.journal.run(['photos'], 'readwrite', async (tx) => {
        const current = await tx.store.get(id);
        if (!current) throw new SentenceError(msg('That photo is no longer in the journal.'));
        const next = checkedPhoto({ ...current, ...changes });
        await tx.store.put(next);
        return next;
      }),
    );
  }

  remove(id: string): Promise<StoredPhoto | undefined> {
    return this.journal.run(['photos', 'originals', 'thumbnails'], 'readwrite', async (tx) => {
      const [record, original, thumbnail] = await Promise.all([
        tx.objectStore('photos').get(id),
        tx.objectStore('originals').get(id),
        tx.objectStore('thumbnails').get(id),
      ]);
      await Promise.all([
        tx.objectStore('photos').delete(id),
        tx.objectStore('originals').delete(id),
        tx.objectStore('thumbnails').delete(id),
      ]);
      const [originalBlob, thumbnailBlob] = [imageBlob(original), imageBlob(thumbnail)];
      return record && originalBlob && thumbnailBlob
        ? { record, original: originalBlob, thumbnail: thumbnailBlob }
        : undefined;
    });
  }

  count(): Promise<number> {
    return this.journal.run(['photos'], 'readonly', (tx) => tx.store.count());
  }
}
