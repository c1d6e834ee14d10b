/**
 * Decoding photos as they are imported: each is decoded once in a resample worker (two at once,
 * see src/workers) to check its size and make its thumbnail, as decoding is what an import costs.
 * HEIC/HEIF photos too: the worker decodes them with libheif (src/workers/heif.ts), loaded with the first.
 */
import { WorkerTaskError, type WorkerPool } from '../workers/pool.ts';
import {
  createResamplePool,
  describeMissingHeifDecoder,
  type ResamplePoolOptions,
  type ResampleReply,
  type ResampleRequest,
} from '../workers/resample.ts';

/** Largest photo accepted, in pixels (a 50-megapixel one is refused with a sentence; 48-megapixel phone photos pass). */
export const MAX_PIXELS = 49_000_000;
/** Longest edge of a thumbnail, in CSS pixels × 2 for sharp phone screens. */
export const THUMBNAIL_EDGE = 480;
const THUMBNAIL_QUALITY = 0.8;

/** What decoding a photo gave: its upright size and thumbnail, or why not (`unfinished` carries a sentence). */
export type DecodeReply =
  | { readonly ok: true; readonly width: number; readonly height: number; readonly thumbnail: Blob }
  | { readonly ok: false; readonly reason: 'damaged' }
  | { readonly ok: false; readonly reason: 'too-large'; readonly width: number; readonly height: number }
  | { readonly ok: false; readonly reason: 'unfinished'; readonly error: string };

/** What checking a photo gave: its size, or why it does not decode. */
export type DecodeCheck =
  { readonly ok: true; readonly width: number; readonly height: number } | Exclude<DecodeReply, { readonly ok: true }>;

/** Hands photos to a few workers and resolves each with its decoded size and thumbnail; never rejects. */
export class DecodePool {
  private readonly pool: WorkerPool<ResampleRequest, ResampleReply>;

  /** `size` workers (one per core, at most two, by default); `options` are for tests. */
  constructor(size?: number, options: Omit<ResamplePoolOptions, 'size'> = {}) {
    this.pool = createResamplePool({ ...options, size });
  }

  /** Decodes one photo. */
  async decode(file: Blob): Promise<DecodeReply> {
    let reply: ResampleReply;
    try {
      reply = await this.pool.run({ file, maxEdge: THUMBNAIL_EDGE, quality: THUMBNAIL_QUALITY, maxPixels: MAX_PIXELS });
    } catch (error) {
      if (error instanceof WorkerTaskError) return { ok: false, reason: 'unfinished', error: error.message };
      throw error;
    }
    if (!reply.ok) return this.failure(reply, file);
    const thumbnail = new Blob([reply.jpeg], { type: 'image/jpeg' });
    return { ok: true, width: reply.sourceWidth, height: reply.sourceHeight, thumbnail };
  }

  /**
   * Proves a photo decodes, without a thumbnail (a restore's check); `headerSize`, the size its header
   * gives, lets a JPEG decode at an eighth of it where the browser can.
   */
  async check(file: Blob, headerSize: { width: number; height: number } | null): Promise<DecodeCheck> {
    let reply: ResampleReply;
    try {
      reply = await this.pool.run({ file, maxEdge: 0, quality: 0, maxPixels: MAX_PIXELS, headerSize });
    } catch (error) {
      if (error instanceof WorkerTaskError) return { ok: false, reason: 'unfinished', error: error.message };
      throw error;
    }
    return reply.ok ? { ok: true, width: reply.sourceWidth, height: reply.sourceHeight } : this.failure(reply, file);
  }

  /** A worker's refusal as a decode's: a HEIC whose decoder could not be loaded is unfinished, with its sentence. */
  private failure(
    reply: Exclude<ResampleReply, { readonly ok: true }>,
    file: Blob,
  ): Exclude<DecodeReply, { ok: true }> {
    return reply.reason === 'no-decoder'
      ? { ok: false, reason: 'unfinished', error: describeMissingHeifDecoder(file) }
      : reply;
  }

  /** Stops the workers; photos still decoding or waiting end as `unfinished`. */
  close(): void {
    this.pool.close();
  }
}
