/**
 * Finds out, once per page, whether this browser's IndexedDB keeps Blobs: it writes a tiny Blob to
 * a scratch database and reads it back, byte for byte. Anything else (a refusal, an error, no
 * answer within a few seconds, different bytes) means photos are kept as bytes (image-storage.ts).
 * The scratch database is apart from the journal, so a probe that WebKit leaves stuck cannot hold
 * up the journal's stores. Loaded with the first photo written, never at start-up.
 */
import { openDB, type DBSchema } from 'idb';
import { inTransaction } from './watchdog.ts';

/** The scratch database's name. */
export const PROBE_DB_NAME = 'smp-aftercare-blob-probe';
/** How long the probe may take; it is a few bytes, so a slow answer is as good as a refusal. */
const PROBE_TIME_LIMIT_MS = 5_000;
const PROBE_BYTES = [0x53, 0x4d, 0x50, 0x0a, 0xff, 0x00];
const PROBE_TYPE = 'image/x-smp-probe';

interface ProbeSchema extends DBSchema {
  probe: { key: string; value: unknown };
}

let found: Promise<'blob' | 'bytes'> | null = null;

/** 'blob' when IndexedDB keeps Blobs in this browser, else 'bytes'; found once per page. */
export function blobsStorable(): Promise<'blob' | 'bytes'> {
  found ??= probe().then(
    (kept) => (kept ? 'blob' : 'bytes'),
    (error: unknown) => {
      console.warn('IndexedDB does not keep Blobs here; photos are kept as bytes. It said:', error);
      return 'bytes' as const;
    },
  );
  return found;
}

/** A Blob was refused although the probe passed: photos are kept as bytes for the rest of the page. */
export function blobsRefused(): void {
  found = Promise.resolve('bytes');
}

/** Rejects after `ms` unless `promise` settles first. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

async function probe(): Promise<boolean> {
  const opening = openDB<ProbeSchema>(PROBE_DB_NAME, 1, { upgrade: (db) => void db.createObjectStore('probe') });
  let db;
  try {
    db = await within(opening, PROBE_TIME_LIMIT_MS, 'opening the probe database');
  } catch (error) {
    void opening.then(
      (late) => late.close(),
      () => undefined,
    );
    throw error;
  }
  const limits = { limitMs: PROBE_TIME_LIMIT_MS };
  try {
    const blob = new Blob([new Uint8Array(PROBE_BYTES)], { type: PROBE_TYPE });
    await inTransaction(db, ['probe'], 'readwrite', (tx) => tx.store.put(blob, 'blob'), limits);
    const back = await inTransaction(db, ['probe'], 'readonly', (tx) => tx.store.get('blob'), limits);
    if (!(back instanceof Blob) || back.type !== PROBE_TYPE) return false;
    const bytes = new Uint8Array(await within(back.arrayBuffer(), PROBE_TIME_LIMIT_MS, 'reading the probe back'));
    await inTransaction(db, ['probe'], 'readwrite', (tx) => tx.store.delete('blob'), limits);
    return bytes.length === PROBE_BYTES.length && PROBE_BYTES.every((b, i) => bytes[i] === b);
  } finally {
    db.close();
  }
}
