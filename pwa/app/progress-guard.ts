/**
 * No screen waits forever. Long work (an import, a backup, a restore, a report) reports each step
 * it finishes; when none comes for a while, the screen gives the work up: its signal aborts (the
 * work stops at its next step and aborts the transaction it is in, so nothing half-done is kept),
 * the screen says so in a sentence and gives the button back. The steps underneath have limits of
 * their own (a photo's decode, each IndexedDB operation) with more precise sentences, so the
 * screen's limit is theirs and a margin: it only catches what nothing else did.
 */
import { timeLimitFor } from '../../src/journal/watchdog.ts';
import { SentenceError } from '../../src/vocabulary/index.ts';
import { RESAMPLE_TIME_LIMIT_MS } from '../../src/workers/resample.ts';

/** Work a screen gave up on; the message is a sentence. */
export class StalledError extends SentenceError {
  override readonly name = 'StalledError';
}

/** How long past the longest step's own limit a screen waits before it gives up. */
const MARGIN_MS = 5_000;

/** How long work may go without progress, sized to its largest photo (`bytes`) and whether it decodes photos. */
export function quietLimit(bytes: number, decodes: boolean): number {
  return Math.max(timeLimitFor(bytes), decodes ? RESAMPLE_TIME_LIMIT_MS : 0) + MARGIN_MS;
}

/** What guarded work is given. */
export interface Progress {
  /** Call whenever the work moves on; `quietMs` resizes the wait from now on (e.g. once the largest photo is known). */
  readonly tick: (quietMs?: number) => void;
  /** Aborted, with the `StalledError` as its reason, when the screen gives up. */
  readonly signal: AbortSignal;
}

/**
 * Runs `work`, and gives it up when `quietMs` pass without a `tick()`: the signal aborts and the
 * promise rejects at once with a `StalledError` of `stalled`. What the work does after that is only
 * logged.
 */
export function guardProgress<T>(
  quietMs: number,
  stalled: string,
  work: (progress: Progress) => Promise<T>,
  /** Hears a failure of the work after it was given up, other than the stop itself (e.g. a restore that could not be undone). */
  onLateFailure?: (error: unknown) => void,
): Promise<T> {
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let limit = quietMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const giveUp = () => {
      if (settled) return;
      settled = true;
      console.warn(`Work given up after ${limit} ms without progress.`);
      const error = new StalledError(stalled);
      controller.abort(error);
      reject(error);
    };
    const tick = (quietMs?: number) => {
      if (settled) return;
      if (quietMs !== undefined) limit = quietMs;
      clearTimeout(timer);
      timer = setTimeout(giveUp, limit);
    };
    const finish = (then: () => void) => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      then();
    };
    tick();
    work({ tick, signal: controller.signal }).then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => {
        if (settled && error !== controller.signal.reason) {
          console.warn('Work given up earlier then failed:', error);
          onLateFailure?.(error);
        }
        finish(() => reject(error));
      },
    );
  });
}
