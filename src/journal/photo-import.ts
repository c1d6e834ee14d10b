/**
 * Adding photos to the diary: each file is checked (is it an image we can open, is it empty,
 * too large, damaged), dated from its EXIF when it has one, decoded once in a worker for its
 * size and thumbnail, and stored whole or not at all. A bad file gets a sentence; the rest of a
 * batch carries on.
 */
import { msg, str } from '@lit/localize';
import { localDateOf } from '../calendar/local-date.ts';
import { compareDates, type IsoDate } from '../rules/index.ts';
import type { DecodePool } from './photo-decode.ts';
import { MAX_PIXELS } from './photo-decode.ts';
import { SentenceError, shownName } from '../vocabulary/index.ts';
import { isHeifType, sniffImageType } from '../workers/image-type.ts';
import { explainFailure } from './failures.ts';
import type { PhotoLibrary } from './photo-library.ts';
import type { PhotoRecord, ScalpArea } from './records.ts';

/** What the person chose for a batch. */
export interface ImportOptions {
  readonly area: ScalpArea;
  readonly note: string;
  /** Today's local date: the day of a photo whose file carries no date. */
  readonly today: IsoDate;
}

/** The outcome for one file. */
export type ImportResult =
  | { readonly name: string; readonly ok: true; readonly record: PhotoRecord }
  | { readonly name: string; readonly ok: false; readonly error: string };

/** The image type from a file's first bytes (src/workers/image-type.ts); here too for the restore and the byte-level test. */
export { sniffImageType };

/** Pixel size from a PNG or JPEG header, so a huge photo is refused before it is decoded (an import, a restore). */
export function readHeaderSize(bytes: Uint8Array, type: string): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === 'image/png' && bytes.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (type !== 'image/jpeg') return null;
  let offset = 2;
  while (offset + 9 < bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1] as number;
    const length = view.getUint16(offset + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
    offset += 2 + length;
  }
  return null;
}

// EXIF tag numbers (exifr's small build reads tags by number).
const ORIENTATION = 274;
const DATE_TIME_ORIGINAL = 36867;
const DATE_TIME_DIGITIZED = 36868;
const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/;

/** An EXIF date ("2026:03:02 09:15:00", local time without a zone) as a local Date, or null. */
function parseExifDate(value: unknown): Date | null {
  const match = typeof value === 'string' ? EXIF_DATE.exec(value) : null;
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, s);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}

/**
 * The EXIF date and orientation of a JPEG or a HEIC, when it has them; never throws. exifr's small
 * build reads JPEGs; its lite build (loaded only for a HEIC) reads HEIC's EXIF too.
 */
async function readExif(file: Blob, heif: boolean): Promise<{ taken: Date | null; orientation: number }> {
  try {
    const exifr = heif ? await import('exifr/dist/lite.esm.mjs') : await import('exifr/dist/mini.esm.mjs');
    const tags = ((await exifr.parse(file, {
      exif: true,
      gps: false,
      interop: false,
      ifd1: false,
      translateKeys: false,
      translateValues: false,
      reviveValues: false,
    })) ?? {}) as Record<number, unknown>;
    const taken = parseExifDate(tags[DATE_TIME_ORIGINAL]) ?? parseExifDate(tags[DATE_TIME_DIGITIZED]);
    const raw = tags[ORIENTATION];
    const orientation = typeof raw === 'number' && raw >= 1 && raw <= 8 ? raw : 1;
    return { taken, orientation };
  } catch {
    return { taken: null, orientation: 1 };
  }
}

/** "2026-03-03T09:41:00" for a local Date (EXIF times carry no zone: keep them as local time). */
function localTimestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDateOf(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** What an import may be given: each file's outcome as it finishes, each step done (a file read, decoded, stored), and a signal that stops it. */
export interface ImportHooks {
  readonly onResult?: (result: ImportResult, done: number, total: number, file: File) => void;
  readonly onStep?: () => void;
  readonly signal?: AbortSignal;
}

async function importOne(
  file: File,
  options: ImportOptions,
  library: PhotoLibrary,
  pool: DecodePool,
  { onStep, signal }: ImportHooks,
): Promise<ImportResult> {
  const name = shownName(file.name) || msg('The photo');
  const fail = (error: string): ImportResult => ({ name, ok: false, error });
  if (file.size === 0) return fail(msg(str`“${name}” is empty (0 bytes), so nothing was added.`));
  const head = new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer());
  onStep?.();
  const type = sniffImageType(head);
  if (type === null)
    return fail(msg(str`“${name}” is not a photo this app can open: choose a JPEG, PNG, WebP or HEIC image.`));
  const heif = isHeifType(type);
  const tooLarge = (width: number, height: number) =>
    fail(
      msg(
        str`“${name}” is ${Math.round((width * height) / 1e6)} megapixels (${width} × ${height}); photos up to ${MAX_PIXELS / 1e6} megapixels can be added. Choose a smaller copy.`,
      ),
    );
  const header = readHeaderSize(head, type);
  if (header && header.width * header.height > MAX_PIXELS) return tooLarge(header.width, header.height);
  signal?.throwIfAborted();
  const [exif, decoded] = await Promise.all([
    type === 'image/jpeg' || heif ? readExif(file, heif) : { taken: null, orientation: 1 },
    pool.decode(file),
  ]);
  onStep?.();
  if (!decoded.ok && decoded.reason === 'too-large') return tooLarge(decoded.width, decoded.height);
  if (!decoded.ok && decoded.reason === 'unfinished') return fail(decoded.error);
  if (!decoded.ok) return fail(`“${name}” could not be opened: the file seems damaged, so nothing was added.`);
  const takenDay = exif.taken ? localDateOf(exif.taken) : null;
  // A camera clock set wrong can date a photo in the future: then it belongs to today.
  const date = takenDay && compareDates(takenDay, options.today) <= 0 ? takenDay : options.today;
  const record: PhotoRecord = {
    id: crypto.randomUUID(),
    date,
    takenAt: exif.taken ? localTimestamp(exif.taken) : null,
    area: options.area,
    note: options.note.trim(),
    type,
    bytes: file.size,
    width: decoded.width,
    height: decoded.height,
    // A HEIC turns by its own `irot`/`imir`, applied by libheif as it decodes; its EXIF orientation
    // is informative only (iPhones write the same turn in both), so it is not kept to be applied again.
    orientation: heif ? 1 : exif.orientation,
    addedAt: new Date().toISOString(),
  };
  signal?.throwIfAborted();
  // The same bytes, typed as they are (a system may call a HEIC "" or application/octet-stream).
  const original = file.type === type ? file : new Blob([file], { type });
  await library.add({ record, original, thumbnail: decoded.thumbnail }, { signal });
  return { name, ok: true, record };
}

/**
 * Adds photos, at most two decoding at once; reports each file as it finishes. Never rejects: a
 * file that fails, for whatever reason (a file that cannot be read, a full device, a journal that
 * does not answer, the import stopped), ends with its sentence, naming it.
 */
export async function importPhotos(
  files: readonly File[],
  options: ImportOptions,
  library: PhotoLibrary,
  pool: DecodePool,
  hooks: ImportHooks = {},
): Promise<ImportResult[]> {
  let done = 0;
  return Promise.all(
    files.map(async (file) => {
      const name = shownName(file.name) || msg('The photo');
      const result = await importOne(file, options, library, pool, hooks).catch((error: unknown): ImportResult => {
        const sentence = explainFailure(error, { file: name });
        // The app's own sentences do not name the file: say which one it was.
        return {
          name,
          ok: false,
          error: error instanceof SentenceError ? msg(str`“${name}” was not added. ${sentence}`) : sentence,
        };
      });
      done += 1;
      hooks.onResult?.(result, done, files.length, file);
      return result;
    }),
  );
}
