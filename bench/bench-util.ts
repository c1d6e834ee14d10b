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

let phonePhoto: Promise<Blob> | null = null;

/**
 * A 4000 × 3000 JPEG of noise, about 3.5 MB as a phone photo is (made once per page): real bytes a
 * browser decodes, which a restore checks.
 */
export function phoneJpeg(): Promise<Blob> {
  phonePhoto ??= (async () => {
    const canvas = new OffscreenCanvas(4000, 3000);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    const image = context.createImageData(4000, 3000);
    let seed = 7;
    for (let i = 0; i < image.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const v = 150 + (seed % 40);
      image.data[i] = v;
      image.data[i + 1] = v - 20;
      image.data[i + 2] = v - 40;
      image.data[i + 3] = 255;
    }
    context.putImageData(image, 0, 0);
    return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  })();
  return phonePhoto;
}

/** A plain JPEG of one colour (a thumbnail's stand-in). */
export async function smallJpeg(width: number, height: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  context.fillStyle = '#c8b4a0';
  context.fillRect(0, 0, width, height);
  return canvas.convertToBlob({ type: 'image/jpeg' });
}

/** `jpeg` with a comment segment (COM) right after its start marker: the same picture, different bytes. */
export function withComment(jpeg: Blob, text: string): Blob {
  const body = new TextEncoder().encode(text);
  const length = body.length + 2;
  const segment = new Uint8Array([0xff, 0xfe, length >> 8, length & 0xff, ...body]);
  return new Blob([jpeg.slice(0, 2), segment, jpeg.slice(2)], { type: 'image/jpeg' });
}
