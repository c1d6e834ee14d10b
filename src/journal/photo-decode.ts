/**
 * Decoding photos in workers: a small pool (one worker per core, at most two) so batches use
 * both cores, as decoding is what an import costs.
 */

/** Largest photo accepted, in pixels (a 50-megapixel one is refused with a sentence; 48-megapixel phone photos pass). */
export const MAX_PIXELS = 49_000_000;
/** Longest edge of a thumbnail, in CSS pixels × 2 for sharp phone screens. */
export const THUMBNAIL_EDGE = 480;

/** A photo to decode. */
export interface DecodeRequest {
  readonly id: number;
  readonly file: Blob;
}

/** What a worker answers. */
export type DecodeReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly width: number;
      readonly height: number;
      readonly thumbnail: Blob;
    }
  | { readonly id: number; readonly ok: false; readonly reason: 'damaged' }
  | {
      readonly id: number;
      readonly ok: false;
      readonly reason: 'too-large';
      readonly width: number;
      readonly height: number;
    };

/** Hands photos to a few workers and resolves each with its decoded size and thumbnail. */
export class DecodePool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { request: DecodeRequest; resolve: (reply: DecodeReply) => void }[] = [];
  private readonly pending = new Map<number, (reply: DecodeReply) => void>();
  private nextId = 1;

  constructor(size = Math.min(2, Math.max(1, navigator.hardwareConcurrency || 1))) {
    for (let i = 0; i < size; i += 1) {
      const worker = new Worker(new URL('./thumbnail.worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event: MessageEvent<DecodeReply>) => {
        this.pending.get(event.data.id)?.(event.data);
        this.pending.delete(event.data.id);
        this.idle.push(worker);
        this.pump();
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Decodes one photo. */
  decode(file: Blob): Promise<DecodeReply> {
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, file }, resolve });
      this.pump();
    });
  }

  /** Stops the workers. */
  close(): void {
    for (const worker of this.workers) worker.terminate();
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as (typeof this.queue)[number];
      this.pending.set(job.request.id, job.resolve);
      worker.postMessage(job.request);
    }
  }
}
