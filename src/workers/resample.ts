/**
 * Resampling photos in workers, for import (size check and thumbnail) and for the report
 * (an upright, smaller JPEG without metadata): one worker script, `resample.worker.ts`, on the
 * shared `WorkerPool`. A photo is decoded once, with its EXIF rotation applied, drawn smaller
 * and encoded again from its pixels, so nothing of the original file but the picture survives.
 * HEIC/HEIF photos are decoded by libheif in the same worker (heif.ts).
 */
import { msg, str } from '@lit/localize';
import { shownName } from '../vocabulary/text.ts';
import { WorkerPool, type WorkerFailure } from './pool.ts';

/** How long one photo may take in a worker: a 12 MP decode takes ~0.2 s here, so this spares a slow phone and a 48 MP photo. */
export const RESAMPLE_TIME_LIMIT_MS = 30_000;

/** A photo for the worker. */
export interface ResampleRequest {
  readonly file: Blob;
  /** Longest edge of the copy, in pixels; a smaller photo is never enlarged. 0: only prove it decodes (no copy: `jpeg` empty). */
  readonly maxEdge: number;
  /** JPEG quality of the copy, 0–1. */
  readonly quality: number;
  /** Largest photo decoded, in pixels (width × height); a larger one is answered `too-large`. */
  readonly maxPixels: number;
  /** The size its header gives (JPEG, PNG), when only proving it decodes: a JPEG is then decoded at an eighth of it. */
  readonly headerSize?: { readonly width: number; readonly height: number } | null;
}

/** What the worker answers: the copy's JPEG bytes (transferred) and both sizes, or why not. */
export type ResampleReply =
  | {
      readonly ok: true;
      /** The photo's own size, upright. */
      readonly sourceWidth: number;
      readonly sourceHeight: number;
      /** The copy's size. */
      readonly width: number;
      readonly height: number;
      readonly jpeg: ArrayBuffer;
    }
  | { readonly ok: false; readonly reason: 'damaged' }
  | { readonly ok: false; readonly reason: 'too-large'; readonly width: number; readonly height: number }
  /** A HEIC/HEIF photo whose decoder (libheif, loaded on demand) could not be loaded or started. */
  | { readonly ok: false; readonly reason: 'no-decoder' };

/** The sentence for a HEIC photo whose decoder could not be loaded, naming its file where there is one. */
export function describeMissingHeifDecoder(file: Blob): string {
  const label = file instanceof File && shownName(file.name) ? `“${shownName(file.name)}”` : msg('The photo');
  return msg(
    str`${label} is a HEIC photo, and the app's HEIC reader could not be loaded. Reload the app and try again.`,
  );
}

/** Where the pool's workers come from, and how long a photo may take (tests pass a broken or silent worker and a short limit). */
export interface ResamplePoolOptions {
  readonly size?: number;
  readonly timeLimitMs?: number;
  readonly createWorker?: () => Worker;
}

/** The sentence for a photo a worker did not finish, naming its file where there is one. */
export function describeResampleFailure(reason: WorkerFailure, file: Blob): string {
  const label = file instanceof File && shownName(file.name) ? `“${shownName(file.name)}”` : msg('The photo');
  switch (reason) {
    case 'timed-out':
      return msg(str`${label} could not be read: its picture did not decode in time. Try again, or try another photo.`);
    case 'failed':
      return msg(str`${label} could not be read: the photo reader stopped working. Try again, or reload the page.`);
    case 'closed':
      return msg(str`${label} was not read: reading photos was stopped before it was done. Try again.`);
  }
}

/** Starts one resample worker. */
export function startResampleWorker(): Worker {
  return new Worker(new URL('./resample.worker.ts', import.meta.url), { type: 'module' });
}

/** A pool of resample workers. */
export function createResamplePool(options: ResamplePoolOptions = {}): WorkerPool<ResampleRequest, ResampleReply> {
  return new WorkerPool<ResampleRequest, ResampleReply>({
    size: options.size,
    timeLimitMs: options.timeLimitMs ?? RESAMPLE_TIME_LIMIT_MS,
    createWorker: options.createWorker ?? startResampleWorker,
    describeFailure: (reason, request) => describeResampleFailure(reason, request.file),
  });
}
