/**
 * No IndexedDB operation waits forever. WebKit has been seen to leave a transaction neither
 * completed nor aborted (a refused Blob written after another request), and every later
 * transaction on its stores waiting behind it until the page is reloaded; a tab holding a
 * transaction open, or a slow disk, can stall one too. So each transaction runs with a time limit
 * sized to its work: past it, the transaction is aborted where it still can be, and the caller
 * gets a sentence (reload the page: a reload ends the stuck transaction) while the raw story goes
 * to the console.
 */
import { msg } from '@lit/localize';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { SentenceError } from '../vocabulary/index.ts';

/** How long one IndexedDB operation may go unanswered before it is given up (more for large photos, see `timeLimitFor`). */
export const JOURNAL_TIME_LIMIT_MS = 20_000;
/** Each further this-many bytes an operation moves earns it one more second (a slow phone's disk writes ~5 MB/s). */
const BYTES_PER_SECOND = 5_000_000;

/** The time limit for an operation moving `bytes`: the base limit, plus a second per 5 MB. */
export function timeLimitFor(bytes: number, base = JOURNAL_TIME_LIMIT_MS): number {
  return base + Math.ceil(Math.max(0, bytes) / BYTES_PER_SECOND) * 1000;
}

/** An IndexedDB operation that did not answer in time; the message is a sentence. */
export class JournalTimeoutError extends SentenceError {
  override readonly name = 'JournalTimeoutError';
}

/** The sentence for an operation given up: a read, a write that was aborted, or one that could not be. */
function timeoutSentence(mode: IDBTransactionMode, aborted: boolean): string {
  if (mode === 'readonly') return msg('Your journal did not answer in time. Reload the page and try again.');
  return aborted
    ? msg('Your journal did not answer in time, so nothing was changed. Reload the page and try again.')
    : msg(
        'Your journal did not answer in time, and this change may not have been saved. Reload the page to see what was kept, then try again.',
      );
}

/** How long a transaction may take, and a signal that stops it (the screen gave up on the work). */
export interface WatchOptions {
  readonly limitMs: number;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Runs `work` in one transaction and settles with its result (a write: once committed). When no
 * answer comes within `limitMs`, or `signal` aborts, the transaction is aborted and the promise
 * rejects: with a `JournalTimeoutError` sentence, or the signal's reason.
 */
export function inTransaction<
  Schema extends DBSchema,
  const Names extends ArrayLike<StoreNames<Schema>>,
  Mode extends IDBTransactionMode,
  T,
>(
  db: IDBPDatabase<Schema>,
  names: Names,
  mode: Mode,
  work: (tx: IDBPTransaction<Schema, Names, Mode>) => Promise<T>,
  { limitMs, signal }: WatchOptions,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    let tx: IDBPTransaction<Schema, Names, Mode>;
    let finished: Promise<T>;
    try {
      const opened = db.transaction(names, mode);
      tx = opened;
      // Work that fails part way aborts its transaction, so nothing it wrote is kept.
      const worked = work(opened).catch((error: unknown) => {
        try {
          opened.abort();
        } catch {
          // Already finished or aborted.
        }
        throw error;
      });
      // A write is done when committed; a read when its requests answered (its `done` may reject
      // once the watchdog aborts it: nobody waits for it, so that is caught here).
      finished =
        mode === 'readonly'
          ? (opened.done.catch(() => undefined), worked)
          : Promise.all([worked, opened.done]).then(([value]) => value);
    } catch (error) {
      return reject(error);
    }
    let settled = false;
    const settle = (then: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      then();
    };
    const giveUp = (why: string, error: (aborted: boolean) => unknown) =>
      settle(() => {
        let aborted = true;
        try {
          tx.abort();
        } catch {
          aborted = false; // Already committing, or stuck past aborting (WebKit): say so.
        }
        console.warn(
          `IndexedDB ${mode} of ${Array.from(names).join(', ')} given up: ${why}; ${aborted ? '' : 'not '}aborted.`,
        );
        reject(error(aborted));
      });
    const timer = setTimeout(
      () =>
        giveUp(`no answer within ${limitMs} ms`, (aborted) => new JournalTimeoutError(timeoutSentence(mode, aborted))),
      limitMs,
    );
    const onAbort = () => giveUp('the work was stopped', () => signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    finished.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}

/** What one operation of a `WatchedDb` may add: the bytes it moves (more time) and a signal that stops it. */
export interface RunOptions {
  readonly bytes?: number;
  readonly signal?: AbortSignal | undefined;
}

/** A database whose every transaction runs under the watchdog, with limits from one base (tests pass a short one). */
export class WatchedDb<Schema extends DBSchema> {
  constructor(
    readonly db: IDBPDatabase<Schema>,
    /** The base time limit of one operation, in milliseconds. */
    readonly timeLimitMs = JOURNAL_TIME_LIMIT_MS,
  ) {}

  /** Runs `work` in one transaction of `names` (see `inTransaction`), its limit sized to `bytes`. */
  run<const Names extends ArrayLike<StoreNames<Schema>>, Mode extends IDBTransactionMode, T>(
    names: Names,
    mode: Mode,
    work: (tx: IDBPTransaction<Schema, Names, Mode>) => Promise<T>,
    { bytes = 0, signal }: RunOptions = {},
  ): Promise<T> {
    return inTransaction(this.db, names, mode, work, { limitMs: timeLimitFor(bytes, this.timeLimitMs), signal });
  }
}
