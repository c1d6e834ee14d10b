// HEIC figures for `npm run bench`: importing a 12-megapixel HEIC (an iPhone's format, decoded by
// libheif in the photo worker) against importing the same picture as a JPEG (decoded by the
// browser), through the same import path; and the first HEIC of a fresh worker, which loads and
// compiles libheif's wasm.
import { deleteDB } from 'idb';
import { downscaleForReport } from '../src/export/report-photos.ts';
import { DecodePool } from '../src/journal/photo-decode.ts';
import { importPhotos } from '../src/journal/photo-import.ts';
import { IdbJournalStore } from '../src/journal/store.ts';
import type { IsoDate } from '../src/rules/index.ts';

// 4000 × 3000, made by heif-enc from a smooth picture (how: scripts/bench/heic.mjs).
const HEIC_URL = new URL('./photo-12mp.heic', import.meta.url);
let heic: Promise<Blob> | null = null;
let jpeg: Promise<Blob> | null = null;

/** The 12 MP HEIC. */
const heicPhoto = (): Promise<Blob> => (heic ??= fetch(HEIC_URL).then((r) => r.blob()));

/** The same picture as a JPEG of the same pixel size (decoded from the HEIC once, encoded at the report's quality). */
const jpegPhoto = (): Promise<Blob> =>
  (jpeg ??= heicPhoto().then(async (blob) => {
    const copy = await downscaleForReport(blob, 4000);
    if (copy.width !== 4000 || copy.height !== 3000) throw new Error(`the JPEG is ${copy.width} × ${copy.height}`);
    return new Blob([new Uint8Array(copy.jpeg)], { type: 'image/jpeg' });
  }));

/** Times one import of `blob` through the real path (check, EXIF, decode + thumbnail in a worker, store) (ms). */
export async function timeImport(blob: Blob, name: string, pool: DecodePool): Promise<number> {
  const database = `bench-import-${Math.random()}`;
  const store = await IdbJournalStore.open(database);
  const file = new File([blob], name, { type: blob.type });
  const start = performance.now();
  const [result] = await importPhotos(
    [file],
    { area: 'crown', note: '', today: '2026-03-03' as IsoDate },
    store.photos,
    pool,
  );
  const ms = performance.now() - start;
  store.close();
  await deleteDB(database);
  if (!result?.ok) throw new Error(`import failed: ${JSON.stringify(result)}`);
  return ms;
}

export const heicBench = {
  /** Bytes of the HEIC and of its JPEG. */
  async heicSizes(): Promise<{ heic: number; jpeg: number }> {
    return { heic: (await heicPhoto()).size, jpeg: (await jpegPhoto()).size };
  },
  /** Imports the 12 MP picture as `kind`, in a worker that has decoded one of that kind already (ms). */
  async importPicture(kind: 'heic' | 'jpeg'): Promise<number> {
    const blob = kind === 'heic' ? await heicPhoto() : await jpegPhoto();
    const pool = new DecodePool(1);
    try {
      // Warm the worker (and, for a HEIC, libheif in it): the figure is the import, not the start-up.
      await pool.decode(blob);
      return await timeImport(blob, `photo.${kind}`, pool);
    } finally {
      pool.close();
    }
  },
  /** The first 12 MP HEIC decoded in a fresh worker: libheif loaded and compiled, then the decode (ms). */
  async firstHeicDecode(): Promise<number> {
    const blob = await heicPhoto();
    const pool = new DecodePool(1);
    try {
      const start = performance.now();
      const reply = await pool.decode(blob);
      if (!reply.ok) throw new Error(`decode failed: ${JSON.stringify(reply)}`);
      return performance.now() - start;
    } finally {
      pool.close();
    }
  },
};
