/**
 * The photo diary's storage: metadata, thumbnails and originals in three stores (see db.ts),
 * written together in one transaction and read apart.
 */
import type { IDBPDatabase } from 'idb';
import type { IsoDate } from '../rules/index.ts';
import type { JournalSchema } from './db.ts';
import { checkPhoto, type PhotoRecord, type ScalpArea } from './records.ts';
import { guardWrite } from './write-guard.ts';

/** Everything stored for one photo, e.g. to undo a delete. */
export interface StoredPhoto {
  readonly record: PhotoRecord;
  readonly original: Blob;
  readonly thumbnail: Blob;
}

/** What can be changed on a stored photo. */
export type PhotoChanges = Partial<Pick<PhotoRecord, 'area' | 'date' | 'note'>>;

/** The photo diary. */
export interface PhotoLibrary {
  /** Stores a photo (metadata, original, thumbnail) all at once, or nothing. */
  add(photo: StoredPhoto): Promise<void>;
  /** All photo metadata, oldest day first (never the images). */
  list(): Promise<PhotoRecord[]>;
  /** Metadata of one area's photos, oldest first. */
  listArea(area: ScalpArea): Promise<PhotoRecord[]>;
  /** The last photo of an area on or before a date, for the camera's ghost overlay. */
  latestOf(area: ScalpArea, onOrBefore: IsoDate): Promise<PhotoRecord | undefined>;
  thumbnail(id: string): Promise<Blob | undefined>;
  original(id: string): Promise<Blob | undefined>;
  update(id: string, changes: PhotoChanges): Promise<PhotoRecord>;
  /** Removes a photo and returns all of it, so the app can offer "Undo". */
  remove(id: string): Promise<StoredPhoto | undefined>;
  count(): Promise<number>;
}

/** The photo diary in IndexedDB. */
export class IdbPhotoLibrary implements PhotoLibrary {
  constructor(private readonly db: IDBPDatabase<JournalSchema>) {}

  async add({ record, original, thumbnail }: StoredPhoto): Promise<void> {
    const checked = checkPhoto(record);
    await guardWrite(async () => {
      const tx = this.db.transaction(['photos', 'originals', 'thumbnails'], 'readwrite');
      await Promise.all([
        tx.objectStore('photos').put(checked),
        tx.objectStore('originals').put(original, checked.id),
        tx.objectStore('thumbnails').put(thumbnail, checked.id),
        tx.done,
      ]);
    });
  }

  list(): Promise<PhotoRecord[]> {
    return this.db.getAllFromIndex('photos', 'by-date');
  }

  listArea(area: ScalpArea): Promise<PhotoRecord[]> {
    return this.db.getAllFromIndex('photos', 'by-area-date', IDBKeyRange.bound([area, ''], [area, '\uffff']));
  }

  async latestOf(area: ScalpArea, onOrBefore: IsoDate): Promise<PhotoRecord | undefined> {
    const range = IDBKeyRange.bound([area, ''], [area, onOrBefore]);
    const cursor = await this.db.transaction('photos').store.index('by-area-date').openCursor(range, 'prev');
    return cursor?.value;
  }

  thumbnail(id: string): Promise<Blob | undefined> {
    return this.db.get('thumbnails', id);
  }

  original(id: string): Promise<Blob | undefined> {
    return this.db.get('originals', id);
  }

  async update(id: string, changes: PhotoChanges): Promise<PhotoRecord> {
    const tx = this.db.transaction('photos', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) throw new Error('That photo is no longer in the journal.');
    const next = checkPhoto({ ...current, ...changes });
    await guardWrite(() => Promise.all([tx.store.put(next), tx.done]));
    return next;
  }

  async remove(id: string): Promise<StoredPhoto | undefined> {
    const tx = this.db.transaction(['photos', 'originals', 'thumbnails'], 'readwrite');
    const [record, original, thumbnail] = await Promise.all([
      tx.objectStore('photos').get(id),
      tx.objectStore('originals').get(id),
      tx.objectStore('thumbnails').get(id),
    ]);
    await Promise.all([
      tx.objectStore('photos').delete(id),
      tx.objectStore('originals').delete(id),
      tx.objectStore('thumbnails').delete(id),
      tx.done,
    ]);
    return record && original && thumbnail ? { record, original, thumbnail } : undefined;
  }

  count(): Promise<number> {
    return this.db.count('photos');
  }
}
