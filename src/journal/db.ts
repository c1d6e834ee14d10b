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
 * An image is stored as a Blob where this browser's IndexedDB keeps Blobs, else as its bytes with
 * their type (`StoredBytes`: WebKit's private browsing refuses Blobs); thumbnails always as bytes,
 * so a transaction carries one Blob at most (image-storage.ts says why). Readers take either, so a
 * journal holding both (after a browser update) reads whole. No migration: both kinds of value fit
 * the same stores.
 * Every migration is in `upgrade`.
 */
import { msg } from '@lit/localize';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Regimen } from '../rules/index.ts';
import type { AdherenceRecord, BackupInfo, CheckInRecord, PhotoRecord, PlanRecord, Settings } from './records.ts';
import { JOURNAL_TIME_LIMIT_MS, JournalTimeoutError } from './watchdog.ts';

const openTimedOut = (): string =>
  msg('Your journal did not open in time. Reload the page; if it happens again, restart the browser.');

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
    value: StoredImage;
  };
  originals: {
    key: string;
    value: StoredImage;
  };
}

/** An image's bytes and MIME type, as stored where IndexedDB refuses Blobs. */
export interface StoredBytes {
  readonly bytes: ArrayBuffer;
  readonly type: string;
}

/** An image as stored: a Blob, or its bytes and type. */
export type StoredImage = Blob | StoredBytes;

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

/**
 * Opens (creating or migrating) the journal database. An open that neither succeeds nor fails
 * within `timeLimitMs` (WebKit has left opens hanging) is given up with a sentence; one blocked by
 * another tab waits, as the person is asked to close it (`onBlocked`).
 */
export function openJournalDb(
  name = JOURNAL_DB_NAME,
  callbacks: OpenCallbacks = {},
  timeLimitMs = JOURNAL_TIME_LIMIT_MS,
): Promise<IDBPDatabase<JournalSchema>> {
  let blocked = false;
  const opening = openDB<JournalSchema>(name, JOURNAL_DB_VERSION, {
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
      blocked = true;
      callbacks.onBlocked?.();
    },
    blocking(_current, _blocked, event) {
      // Let the newer version upgrade instead of waiting forever for this tab.
      (event.target as IDBDatabase).close();
      callbacks.onVersionChange?.();
    },
  });
  return new Promise((resolve, reject) => {
    let gaveUp = false;
    const timer = setTimeout(() => {
      if (blocked) return;
      gaveUp = true;
      console.warn(`IndexedDB: opening ${name} got no answer within ${timeLimitMs} ms.`);
      reject(new JournalTimeoutError(openTimedOut()));
    }, timeLimitMs);
    opening.then(
      (db) => {
        clearTimeout(timer);
        if (gaveUp)
          db.close(); // Too late: the page has already said so.
        else resolve(db);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
