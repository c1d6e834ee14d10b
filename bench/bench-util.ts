// Small helpers for the benchmark page's modules: a GC and the heap (Chromium runs the bench with
// --expose-gc and precise memory info), and the metadata of a seeded photo.
import type { PhotoRecord } from '../src/journal/records.ts';

/** Forces a garbage collection when the browser allows it. */
export const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** The JS heap in use, in bytes (0 where the browser does not say). */
export const usedHeap = (): number =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

/** A JPEG photo's metadata for seeding a benchmark journal: the given fields, the rest plain. */
export function seededPhoto(
  fields: Pick<PhotoRecord, 'id' | 'date' | 'area' | 'bytes' | 'width' | 'height'> & { note?: string },
): PhotoRecord {
  return { takenAt: null, note: '', type: 'image/jpeg', orientation: 1, addedAt: new Date().toISOString(), ...fields };
}
