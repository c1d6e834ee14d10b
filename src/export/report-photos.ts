/**
 * Photos made fit to leave the device in a report: decoded in a worker with the EXIF rotation
 * applied, scaled down and re-encoded as a fresh JPEG. The canvas writes pixels only, so no EXIF
 * (no GPS position, no camera, no time) survives. A small pool of workers (one per core, at most
 * two) keeps at most two decoded photos in memory at once, however many a report has.
 */

/** Longest edge of a photo in a report, in pixels: sharp when printed at about 10 cm. */
export const REPORT_PHOTO_EDGE = 1400;
/** JPEG quality of report photos. */
export const REPORT_PHOTO_QUALITY = 0.82;

/** A photo for the worker. */
export interface ReportPhotoRequest {
  readonly id: number;
  readonly original: Blob;
  readonly maxEdge: number;
  readonly quality: number;
}

/** What the worker answers: the new JPEG's bytes (transferred) and size, or why not. */
export type ReportPhotoReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly jpeg: ArrayBuffer;
      readonly width: number;
      readonly height: number;
    }
  | { readonly id: number; readonly ok: false };

/** A photo ready for a report. */
export interface ReportPhoto {
  /** A JPEG with no metadata, rotation applied. */
  readonly jpeg: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** Thrown when a stored photo cannot be decoded; the message is for people. */
export class UnreadablePhotoError extends Error {
  override readonly name = 'UnreadablePhotoError';
}

class ReportPhotoPool {
  readonly size: number;
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { request: ReportPhotoRequest; settle: (reply: ReportPhotoReply) => void }[] = [];
  private readonly pending = new Map<number, (reply: ReportPhotoReply) => void>();
  private readonly working = new Map<Worker, number>();
  private readonly broken = new Set<Worker>();
  private nextId = 1;

  constructor(size: number) {
    this.size = size;
    for (let i = 0; i < size; i += 1) {
      const worker = new Worker(new URL('./report-photo.worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event: MessageEvent<ReportPhotoReply>) => this.settle(worker, event.data));
      // A worker that cannot run (its script failed to load) is dropped, and its photo fails
      // instead of waiting forever; with no worker left, every waiting photo fails.
      worker.addEventListener('error', () => {
        this.broken.add(worker);
        const id = this.working.get(worker);
        if (id !== undefined) this.settle(worker, { id, ok: false });
        else this.pump();
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  run(original: Blob, maxEdge: number, quality: number): Promise<ReportPhotoReply> {
    return new Promise((settle) => {
      this.queue.push({ request: { id: this.nextId++, original, maxEdge, quality }, settle });
      this.pump();
    });
  }

  close(): void {
    for (const worker of this.workers) worker.terminate();
    for (const settle of this.pending.values()) settle({ id: 0, ok: false });
    for (const job of this.queue.splice(0)) job.settle({ id: job.request.id, ok: false });
    this.pending.clear();
  }

  private settle(worker: Worker, reply: ReportPhotoReply): void {
    this.pending.get(reply.id)?.(reply);
    this.pending.delete(reply.id);
    this.working.delete(worker);
    if (!this.broken.has(worker)) this.idle.push(worker);
    this.pump();
  }

  private pump(): void {
    if (this.broken.size === this.workers.length) {
      for (const job of this.queue.splice(0)) job.settle({ id: job.request.id, ok: false });
    }
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      if (this.broken.has(worker)) continue;
      const job = this.queue.shift() as (typeof this.queue)[number];
      this.pending.set(job.request.id, job.settle);
      this.working.set(worker, job.request.id);
      worker.postMessage(job.request);
    }
  }
}

let pool: ReportPhotoPool | null = null;

function sharedPool(): ReportPhotoPool {
  pool ??= new ReportPhotoPool(Math.min(2, Math.max(1, navigator.hardwareConcurrency || 1)));
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
  const reply = await sharedPool().run(original, maxEdge, REPORT_PHOTO_QUALITY);
  if (!reply.ok) throw new UnreadablePhotoError('This photo could not be read; it may be damaged.');
  return { jpeg: new Uint8Array(reply.jpeg), width: reply.width, height: reply.height };
}

/** Stops the workers (the next report starts new ones); photos still waiting are refused. */
export function closeReportPhotoPool(): void {
  pool?.close();
  pool = null;
}
