/**
 * The whole journal as data, for a backup, and merging a restored one back in. A snapshot holds
 * every record but the image bytes; the images travel beside it (see src/backup).
 *
 * Merging is by key and never loses what is here: a photo, adherence day, setting or regimen
 * already in the journal stays as it is; a check-in or the plan is replaced only by a newer save
 * of it. So restoring the same backup twice changes nothing the second time.
 *
 * A merge writes each new photo in a transaction of its own (one Blob each, as WebKit needs, and
 * one photo's bytes in memory at a time, not the whole backup's), then every other record in one
 * more. A restore gives it each photo as soon as that photo is checked (`startMerge`), so the
 * writing runs while the rest of the backup is read. If any of it fails, the read that feeds it
 * fails, or the screen gives up on it, the photos it added are removed again, so the journal is as
 * it was.
 */
import { msg, str } from '@lit/localize';
import type { IDBPTransaction } from 'idb';
import type { Regimen } from '../rules/index.ts';
import { SentenceError } from '../vocabulary/index.ts';
import type { JournalSchema } from './db.ts';
import type { ImageStorage } from './image-storage.ts';
import { writePhoto } from './photo-write.ts';
import type { AdherenceRecord, CheckInRecord, PhotoRecord, PlanRecord, Settings } from './records.ts';
import type { StoredPhoto } from './photo-library.ts';
import type { WatchedDb } from './watchdog.ts';
import { guardWrite } from './write-guard.ts';

/** Every record of a journal, without image bytes. */
export interface JournalSnapshot {
  readonly plan: PlanRecord | null;
  readonly settings: Settings | null;
  readonly regimen: Regimen | null;
  readonly checkIns: readonly CheckInRecord[];
  readonly adherence: readonly AdherenceRecord[];
  readonly photos: readonly PhotoRecord[];
}

/** A snapshot with the original and thumbnail of every photo in it (by photo id). */
export interface JournalImport extends JournalSnapshot {
  readonly originals: ReadonlyMap<string, Blob>;
  readonly thumbnails: ReadonlyMap<string, Blob>;
}

/** What a merge may be given: progress (photos written of those new), and a signal that stops it. */
export interface MergeOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/** What a merge added or replaced; everything else was already there. */
export interface MergeSummary {
  readonly photos: number;
  readonly checkIns: number;
  readonly adherence: number;
  readonly plan: boolean;
  readonly settings: boolean;
  readonly regimen: boolean;
}

const newer = (a: string, b: string) => Date.parse(a) > Date.parse(b);

/** Reads every record of the journal (no image bytes). */
export function readSnapshot(journal: WatchedDb<JournalSchema>): Promise<JournalSnapshot> {
  return journal.run(['meta', 'checkIns', 'adherence', 'photos'], 'readonly', async (tx) => {
    const [plan, settings, regimen, checkIns, adherence, photos] = await Promise.all([
      tx.objectStore('meta').get('plan') as Promise<PlanRecord | undefined>,
      tx.objectStore('meta').get('settings') as Promise<Settings | undefined>,
      tx.objectStore('meta').get('regimen') as Promise<Regimen | undefined>,
      tx.objectStore('checkIns').getAll(),
      tx.objectStore('adherence').getAll(),
      tx.objectStore('photos').getAll(),
    ]);
    return { plan: plan ?? null, settings: settings ?? null, regimen: regimen ?? null, checkIns, adherence, photos };
  });
}

type RecordsTx = IDBPTransaction<JournalSchema, readonly ['meta', 'checkIns', 'adherence'], 'readwrite'>;
type RecordsSummary = Omit<MergeSummary, 'photos'>;

/** Merges everything but the photos, in the transaction given. */
async function mergeRecords(tx: RecordsTx, incoming: JournalSnapshot): Promise<RecordsSummary> {
  const meta = tx.objectStore('meta');
  const summary = { checkIns: 0, adherence: 0, plan: false, settings: false, regimen: false };
  const [plan, settings, regimen] = await Promise.all([meta.get('plan'), meta.get('settings'), meta.get('regimen')]);
  const current = plan as PlanRecord | undefined;
  if (
    incoming.plan &&
    incoming.plan.sessions.length > 0 &&
    (!current || current.sessions.length === 0 || newer(incoming.plan.updatedAt, current.updatedAt))
  ) {
    await meta.put(incoming.plan, 'plan');
    summary.plan = true;
  }
  if (incoming.settings && !settings) {
    await meta.put(incoming.settings, 'settings');
    summary.settings = true;
  }
  if (incoming.regimen && !regimen) {
    await meta.put(incoming.regimen, 'regimen');
    summary.regimen = true;
  }
  for (const checkIn of incoming.checkIns) {
    const here = await tx.objectStore('checkIns').get(checkIn.date);
    if (!here || newer(checkIn.savedAt, here.savedAt)) {
      await tx.objectStore('checkIns').put(checkIn);
      summary.checkIns += 1;
    }
  }
  for (const day of incoming.adherence) {
    if ((await tx.objectStore('adherence').count(day.date)) === 0) {
      await tx.objectStore('adherence').put(day);
      summary.adherence += 1;
    }
  }
  return summary;
}

/** Removes the photos a failed merge added; if that fails too, says what is left (each photo is whole). */
async function removeAdded(journal: WatchedDb<JournalSchema>, ids: readonly string[]): Promise<void> {
  try {
    await journal.run(['photos', 'originals', 'thumbnails'], 'readwrite', async (tx) => {
      const stores = [tx.objectStore('photos'), tx.objectStore('originals'), tx.objectStore('thumbnails')];
      await Promise.all(ids.flatMap((id) => stores.map((store) => store.delete(id))));
    });
  } catch (error) {
    console.warn('The photos of a failed restore could not be removed again:', error);
    throw new SentenceError(
      ids.length === 1
        ? msg(
            'Restoring stopped part way: 1 photo from the backup was added, each whole, and nothing else. Reload the page, then restore the same file again to add the rest.',
          )
        : msg(
            str`Restoring stopped part way: ${ids.length} photos from the backup were added, each whole, and nothing else. Reload the page, then restore the same file again to add the rest.`,
          ),
    );
  }
}

/**
 * A merge under way: photos are written one at a time as they are given, the other records at the
 * end. A restore gives each photo once it is checked, while it reads the next.
 */
export interface MergeInProgress {
  /**
   * Queues a checked photo's write; a photo the journal has already (or was given before) is
   * skipped. Resolves true once the photo is in the journal, false when it was not written: then
   * `signal` is aborted and `finish` throws why.
   */
  add(photo: StoredPhoto): Promise<boolean>;
  /** Aborted when the merge's own signal is, or (with its error) when a photo's write failed: the read feeding the merge stops with it. */
  readonly signal: AbortSignal;
  /**
   * Writes every photo of `incoming` not given yet, waits for all the writes, then merges the other
   * records. If any of it fails, everything the merge wrote is removed again before it throws.
   */
  finish(incoming: JournalImport): Promise<MergeSummary>;
  /** Removes the photos written so far (the read that fed the merge failed); says so in a sentence if it cannot. */
  undo(): Promise<void>;
}

/**
 * Starts a merge into the journal (see `MergeInProgress`). `storage` says how originals are written
 * (image-storage.ts). Progress counts the photos written of those queued so far.
 */
export async function startMerge(
  journal: WatchedDb<JournalSchema>,
  storage: ImageStorage,
  { onProgress, signal }: MergeOptions = {},
): Promise<MergeInProgress> {
  const here = new Set<string>(await journal.run(['photos'], 'readonly', (tx) => tx.store.getAllKeys(), { signal }));
  const stop = new AbortController();
  const forward = () => stop.abort(signal?.reason);
  if (signal?.aborted) forward();
  else signal?.addEventListener('abort', forward, { once: true });
  const added: string[] = [];
  let queued = 0;
  // Once finishing or undoing, a photo given late (a check that ended after its read failed) is not written.
  let closed = false;
  // One write at a time, in the order given; after a failure the rest are skipped.
  let writing: Promise<unknown> = Promise.resolve();
  const add = (photo: StoredPhoto): Promise<boolean> => {
    const id = photo.record.id;
    if (closed) return Promise.resolve(false);
    if (here.has(id)) return Promise.resolve(true);
    here.add(id);
    queued += 1;
    const written = writing.then(async () => {
      if (stop.signal.aborted) return false;
      try {
        await writePhoto(journal, photo, storage, { signal: stop.signal });
      } catch (error) {
        if (!stop.signal.aborted) stop.abort(error);
        return false;
      }
      added.push(id);
      onProgress?.(added.length, queued);
      return true;
    });
    writing = written;
    return written;
  };
  const undo = async () => {
    closed = true;
    await writing;
    signal?.removeEventListener('abort', forward);
    if (added.length > 0) await removeAdded(journal, added.splice(0));
  };
  const finish = async (incoming: JournalImport): Promise<MergeSummary> => {
    try {
      // A write that failed already is why the merge fails.
      stop.signal.throwIfAborted();
      for (const photo of incoming.photos) {
        if (!incoming.originals.has(photo.id) || !incoming.thumbnails.has(photo.id))
          throw new SentenceError(msg(str`The images of photo ${photo.id} are missing, so nothing was restored.`));
      }
      for (const record of incoming.photos) {
        const original = incoming.originals.get(record.id) as Blob;
        const thumbnail = incoming.thumbnails.get(record.id) as Blob;
        void add({ record, original, thumbnail });
      }
      closed = true;
      onProgress?.(added.length, queued);
      await writing;
      stop.signal.throwIfAborted();
      const records = await guardWrite(() =>
        journal.run(['meta', 'checkIns', 'adherence'], 'readwrite', (tx) => mergeRecords(tx, incoming), {
          signal: stop.signal,
        }),
      );
      signal?.removeEventListener('abort', forward);
      return { ...records, photos: added.length };
    } catch (error) {
      await undo();
      throw error;
    }
  };
  return { add, signal: stop.signal, finish, undo };
}

/**
 * Merges a checked import into the journal: all of it is written, or (a full disk, a stuck
 * transaction, the screen giving up) none of it. Every photo in `incoming.photos` must have its
 * two images.
 */
export async function mergeSnapshot(
  journal: WatchedDb<JournalSchema>,
  incoming: JournalImport,
  storage: ImageStorage,
  options: MergeOptions = {},
): Promise<MergeSummary> {
  return (await startMerge(journal, storage, options)).finish(incoming);
}
