/** How much the journal uses of the device's storage, and whether the browser keeps it. */

/** What Settings shows about storage. */
export interface StorageHealth {
  /** Bytes used by this origin, when the browser tells. */
  readonly usage: number | null;
  /** Bytes this origin may use, when the browser tells. */
  readonly quota: number | null;
  /** True when the browser will not evict the journal under storage pressure. */
  readonly persisted: boolean;
}

/** Reads usage, quota and persistence. */
export async function readStorageHealth(): Promise<StorageHealth> {
  const storage = navigator.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => undefined),
    storage?.persisted?.().catch(() => false) ?? Promise.resolve(false),
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted: persisted === true };
}

/** Asks the browser to keep the journal; returns whether it now is. */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) === true;
  } catch {
    return false;
  }
}
