/**
 * What is stored where, and why (IndexedDB through `idb`, one typed schema):
 * - `meta`: single records under fixed keys: the plan (`plan`), the settings (`settings`) and a
 *   technician's own regimen (`regimen`; absent = the built-in one), and when the last backup
 *   was made (`backup`), for the backup reminder.
 *   The plan is one record so a change to it is all-or-nothing.
 * - `checkIns`: one symptom check-in per calendar date (key: the date), editable.
 * - `adherence`: ticks of the day's "do" items, one record per date.
 * - `photos`: photo metadata only (date, area, note, size), indexed by date and by area + date.
 * - `thumbnails`: a small JPEG per photo (key: the photo id), all that lists and the timeline load.
 * - `originals`: the photo's original bytes, untouched (key: the photo id), read only to show one
 *   photo large, to compare, or to export. Kept apart so a year of photos opens like a week.
 * A photo is written to all three in one transaction, so it is never half there.
 * Every migration is in `upgrade`.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Regimen } from '../rules/index.ts';
import type { AdherenceRecord, BackupInfo, CheckInRecord, PhotoRecord, PlanRecord, Settings } from './records.ts';

/** The typed schema of the journal database. */
export interface JournalSchema extends DBSchema {
  meta: {
    key: 'plan' | 'settings' | 'regimen' | 'backup';
    value: PlanRecord | Settings | Regimen | BackupInfo;
  };
  checkIns: {
    key: string;
    value: CheckInRecord;
  };
  adherence: {
    key: string;
    value: AdherenceRecord;
  };
  photos: {
    key: string;
    value: PhotoRecord;
    indexes: { 'by-date': string; 'by-area-date': [string, string] };
  };
  thumbnails: {
    key: string;
    value: Blob;
  };
  originals: {
    key: string;
    value: Blob;
  };
}

/** Current schema version (exported for the migration tests). */
export const JOURNAL_DB_VERSION = 2;
/** Default database name. */
export const JOURNAL_DB_NAME = 'smp-aftercare-journal';

/** What the app is told when another tab stands in the way of an upgrade, or needs this one gone. */
export interface OpenCallbacks {
  /** Another tab with an older version keeps the database open: ask the person to close it. */
  onBlocked?: () => void;
  /** A newer version (in another tab) wants to upgrade: this connection has been closed. */
  onVersionChange?: () => void;
}

/** Opens (creating or migrating) the journal database. */
export function openJournalDb(
  name = JOURNAL_DB_NAME,
  callbacks: OpenCallbacks = {},
): Promise<IDBPDatabase<JournalSchema>> {
  return openDB<JournalSchema>(name, JOURNAL_DB_VERSION, {
    upgrade(db, oldVersion) {
      // Each step takes the database from one version to the next; never edit a released step.
      if (oldVersion < 1) {
        db.createObjectStore('meta');
        db.createObjectStore('checkIns', { keyPath: 'date' });
        db.createObjectStore('adherence', { keyPath: 'date' });
      }
      if (oldVersion < 2) {
        const photos = db.createObjectStore('photos', { keyPath: 'id' });
        photos.createIndex('by-date', 'date');
        photos.createIndex('by-area-date', ['area', 'date']);
        db.createObjectStore('thumbnails');
        db.createObjectStore('originals');
      }
    },
    blocked() {
      callbacks.onBlocked?.();
    },
    blocking(_current, _blocked, event) {
      // Let the newer version upgrade instead of waiting forever for this tab.
      (event.target as IDBDatabase).close();
      callbacks.onVersionChange?.();
    },
  });
}
