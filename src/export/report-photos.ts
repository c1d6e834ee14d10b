/**
 * Photos made fit to leave the device in a report: decoded in a resample worker with the EXIF
 * rotation applied, scaled down and re-encoded as a fresh JPEG. The canvas writes pixels only, so
 * no EXIF (no GPS position, no camera, no time) survives. The pool (one worker per core, at most
 * two) keeps at most two decoded photos in memory at once, however many a report has. A HEIC
 * original is decoded there too (libheif, src/workers/heif.ts), so the report draws its decoded copy.
 */
import { msg } from '@lit/localize';
import { SentenceError } from '../vocabulary/index.ts';
import { WorkerTaskError, type WorkerPool } from '../workers/pool.ts';
import {
  createResamplePool,
  describeMissingHeifDecoder,
  type ResampleReply,
  type ResampleRequest,
} from '../workers/resample.ts';

/** Longest edge of a photo in a report, in pixels: sharp when printed at about 10 cm. */
export const REPORT_PHOTO_EDGE = 1400;
/** JPEG quality of report photos. */
export const REPORT_PHOTO_QUALITY = 0.82;

/** A photo ready for a report. */
export interface ReportPhoto {
  /** A JPEG with no metadata, rotation applied. */
  readonly jpeg: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** Thrown when a stored photo cannot be decoded; the message is for people. */
export class UnreadablePhotoError extends SentenceError {
  override readonly name = 'UnreadablePhotoError';
}

let pool: WorkerPool<ResampleRequest, ResampleReply> | null = null;

function sharedPool(): WorkerPool<ResampleRequest, ResampleReply> {
  pool ??= createResamplePool();
  return pool;
}

/** How many photos are decoded at once (the pool's size); a report keeps this many in flight. */
export function reportPhotoConcurrency(): number {
  return sharedPool().size;
}

/**
 * `original` as a report photo: rotation applied, long edge at most `maxEdge` (never enlarged),
 * re-encoded as JPEG without any metadata. Rejects with `UnreadablePhotoError` when it cannot be decoded.
 */
export async function downscaleForReport(original: Blob, maxEdge = REPORT_PHOTO_EDGE): Promise<ReportPhoto> {
  let reply: ResampleReply;
  try {
    reply = await sharedPool().run({ file: original, maxEdge, quality: REPORT_PHOTO_QUALITY, maxPixels: Infinity });
  } catch (error) {
    throw error instanceof WorkerTaskError ? new UnreadablePhotoError(error.message) : error;
  }
  if (!reply.ok && reply.reason === 'no-decoder') throw new UnreadablePhotoError(describeMissingHeifDecoder(original));
  if (!reply.ok) throw new UnreadablePhotoError(msg('This photo could not be read; it may be damaged.'));
  return { jpeg: new Uint8Array(reply.jpeg), width: reply.width, height: reply.height };
}

/** Stops the workers (the next report starts new ones); photos still waiting are refused. */
export function closeReportPhotoPool(): void {
  pool?.close();
  pool = null;
}
