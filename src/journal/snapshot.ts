/**
 * The whole journal as data, for a backup, and merging a restored one back in. A snapshot holds
 * every record but the image bytes; the images travel beside it (see src/backup).
 *
 * Merging is by key and never loses what is here: a photo, adherence day, setting or regimen
 * already in the journal stays as it is; a check-in or the plan is replaced only by a newer save
 * of it. So restoring the same backup twice changes nothing the second time.
 */
import type { IDBPDatabase } from 'idb';
import type { Regimen } from '../rules/index.ts';
import type { JournalSchema } from './db.ts';
import type { AdherenceRecord, CheckInRecord, PhotoRecord, PlanRecord, Settings } from './records.ts';
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
export async function readSnapshot(db: IDBPDatabase<JournalSchema>): Promise<JournalSnapshot> {
  const tx = db.transaction(['meta', 'checkIns', 'adherence', 'photos']);
  const [plan, settings, regimen, checkIns, adherence, photos] = await Promise.all([
    tx.objectStore('meta').get('plan') as Promise<PlanRecord | undefined>,
    tx.objectStore('meta').get('settings') as Promise<Settings | undefined>,
    tx.objectStore('meta').get('regimen') as Promise<Regimen | undefined>,
    tx.objectStore('checkIns').getAll(),
    tx.objectStore('adherence').getAll(),
    tx.objectStore('photos').getAll(),
  ]);
  return { plan: plan ?? null, settings: settings ?? null, regimen: regimen ?? null, checkIns, adherence, photos };
}

/**
 * Merges a checked import into the journal in one transaction: all of it is written, or (a full
 * disk, a closed tab) none of it. Every photo in `incoming.photos` must have its two images.
 */
export async function mergeSnapshot(db: IDBPDatabase<JournalSchema>, incoming: JournalImport): Promise<MergeSummary> {
  for (const photo of incoming.photos) {
    if (!incoming.originals.has(photo.id) || !incoming.thumbnails.has(photo.id))
      throw new Error(`The images of photo ${photo.id} are missing, so nothing was restored.`);
  }
  return guardWrite(async () => {
    const tx = db.transaction(['meta', 'checkIns', 'adherence', 'photos', 'originals', 'thumbnails'], 'readwrite');
    const meta = tx.objectStore('meta');
    const summary = { photos: 0, checkIns: 0, adherence: 0, plan: false, settings: false, regimen: false };
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
    for (const photo of incoming.photos) {
      if ((await tx.objectStore('photos').count(photo.id)) > 0) continue;
      await Promise.all([
        tx.objectStore('photos').put(photo),
        tx.objectStore('originals').put(incoming.originals.get(photo.id) as Blob, photo.id),
        tx.objectStore('thumbnails').put(incoming.thumbnails.get(photo.id) as Blob, photo.id),
      ]);
      summary.photos += 1;
    }
    await tx.done;
    return summary;
  });
}
