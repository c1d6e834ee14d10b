/** Writes that fail for want of space become a sentence a person can act on. */
import { msg, str } from '@lit/localize';
import { SentenceError, describeBytes } from '../vocabulary/index.ts';

/** A write refused because the device's storage is full; says what to do. */
export class StorageFullError extends SentenceError {
  override readonly name = 'StorageFullError';
}

/** Turns a failed write into a sentence a person can act on; the transaction has rolled back. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'QuotaExceededError') {
      console.warn('A write was refused for want of space:', error);
      let used: string | null = null;
      try {
        const estimate = await navigator.storage?.estimate?.();
        if (estimate?.usage !== undefined) used = describeBytes(estimate.usage, 'MB');
      } catch {
        // The estimate is a courtesy; the refusal stands without it.
      }
      throw new StorageFullError(
        used === null
          ? msg(
              "The device's storage for this app is full, so nothing was saved. Free some space on the device or make a backup and remove old photos, then try again.",
            )
          : msg(
              str`The device's storage for this app is full (${used} used), so nothing was saved. Free some space on the device or make a backup and remove old photos, then try again.`,
            ),
      );
    }
    throw error;
  }
}
