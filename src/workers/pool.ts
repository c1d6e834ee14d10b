/**
 * One small pool of workers for the heavy work of the app (decoding photos): at most one worker
 * per core (two at most), tasks queued in order, one task per worker at a time. No task waits
 * forever: a worker that fails to load or crashes, a reply that cannot be read, or a task that
 * outlasts its time limit ends that worker (a fresh one starts for the next task) and fails the
 * task with a sentence for people. The engine's own text goes to the console only.
 */
import { SentenceError } from '../vocabulary/index.ts';

/** Why a task did not finish: its worker failed, it ran out of time, or the pool was closed. */
export type WorkerFailure = 'failed' | 'timed-out' | 'closed';

/** A task that did not finish; the message is a sentence for people. */
export class WorkerTaskError extends SentenceError {
  override readonly name = 'WorkerTaskError';

  constructor(
    message: string,
    /** What went wrong, for callers that answer each case differently. */
    readonly reason: WorkerFailure,
  ) {
    super(message);
  }
}

/** How a pool starts its workers and words its failures. */
export interface WorkerPoolOptions<Request> {
  /** Starts one worker (the `new Worker(new URL(…))` a bundler sees); called again to replace one that failed. */
  readonly createWorker: () => Worker;
  /** How long a task may run once a worker has it, in milliseconds, before the worker is ended (unless the task says). */
  readonly timeLimitMs: number;
  /** The sentence for a task that did not finish, naming what it was working on where it can. */
  readonly describeFailure: (reason: WorkerFailure, request: Request) => string;
  /** How many workers at most; one per core, at most two, by default. */
  readonly size?: number;
}

/** One worker per core, at most two: decoding is what costs, and two decodes at once use both cores. */
export function defaultPoolSize(): number {
  return Math.min(2, Math.max(1, navigator.hardwareConcurrency || 1));
}

/** What a task may add to its request. */
export interface TaskOptions {
  /** Moved to the worker, not copied. */
  readonly transfer?: readonly Transferable[];
  /** This task's time limit, in milliseconds, when the pool's does not fit its work. */
  readonly timeLimitMs?: number;
}

interface Task<Request, Reply> {
  readonly request: Request;
  readonly transfer: readonly Transferable[];
  readonly timeLimitMs: number;
  readonly resolve: (reply: Reply) => void;
  readonly reject: (error: WorkerTaskError) => void;
}

interface Running<Request, Reply> {
  readonly task: Task<Request, Reply>;
  readonly timer: ReturnType<typeof setTimeout>;
}

/** Runs tasks on a few workers: each worker answers one message with one reply. */
export class WorkerPool<Request, Reply> {
  /** How many tasks run at once. */
  readonly size: number;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Running<Request, Reply>>();
  private readonly queue: Task<Request, Reply>[] = [];
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions<Request>) {
    this.size = Math.max(1, options.size ?? defaultPoolSize());
  }

  /** Sends `request` to the next free worker and resolves with its reply; rejects with a `WorkerTaskError` sentence. */
  run(request: Request, options: TaskOptions = {}): Promise<Reply> {
    if (this.closed) return Promise.reject(this.failure('closed', request));
    const { transfer = [], timeLimitMs = this.options.timeLimitMs } = options;
    return new Promise<Reply>((resolve, reject) => {
      this.queue.push({ request, transfer, timeLimitMs, resolve, reject });
      this.pump();
    });
  }

  /** Ends the workers; tasks running or waiting fail (reason `closed`), and later ones are refused. */
  close(): void {
    this.closed = true;
    for (const worker of this.idle.splice(0)) worker.terminate();
    for (const [worker, { task, timer }] of this.busy) {
      clearTimeout(timer);
      worker.terminate();
      task.reject(this.failure('closed', task.request));
    }
    this.busy.clear();
    for (const task of this.queue.splice(0)) task.reject(this.failure('closed', task.request));
  }

  private pump(): void {
    while (!this.closed && this.queue.length > 0 && (this.idle.length > 0 || this.busy.size < this.size)) {
      const task = this.queue.shift() as Task<Request, Reply>;
      let worker: Worker;
      try {
        worker = this.idle.pop() ?? this.start();
      } catch (error) {
        console.warn('A worker could not be started:', error);
        task.reject(this.failure('failed', task.request));
        continue;
      }
      const timer = setTimeout(
        () => this.end(worker, 'timed-out', `no reply within ${task.timeLimitMs} ms`),
        task.timeLimitMs,
      );
      this.busy.set(worker, { task, timer });
      try {
        worker.postMessage(task.request, [...task.transfer]);
      } catch (error) {
        this.end(worker, 'failed', error);
      }
    }
  }

  /** A new worker, listening: its reply settles its task; any error ends it. */
  private start(): Worker {
    const worker = this.options.createWorker();
    worker.addEventListener('message', (event: MessageEvent<Reply>) => this.settle(worker, event.data));
    worker.addEventListener('error', (event) => {
      // Handled here: not reported again to the page as an uncaught error.
      event.preventDefault();
      this.end(worker, 'failed', event instanceof ErrorEvent ? event.message : 'the worker failed to load');
    });
    worker.addEventListener('messageerror', () => this.end(worker, 'failed', 'its reply could not be read'));
    return worker;
  }

  private settle(worker: Worker, reply: Reply): void {
    const running = this.busy.get(worker);
    if (!running) return;
    clearTimeout(running.timer);
    this.busy.delete(worker);
    this.idle.push(worker);
    running.task.resolve(reply);
    this.pump();
  }

  /** Ends `worker` (a fresh one starts when a task needs it) and fails the task it had, if any. */
  private end(worker: Worker, reason: WorkerFailure, detail: unknown): void {
    worker.terminate();
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    const running = this.busy.get(worker);
    this.busy.delete(worker);
    console.warn(`A worker was stopped (${reason}):`, detail);
    if (running) {
      clearTimeout(running.timer);
      running.task.reject(this.failure(reason, running.task.request));
    }
    this.pump();
  }

  private failure(reason: WorkerFailure, request: Request): WorkerTaskError {
    return new WorkerTaskError(this.options.describeFailure(reason, request), reason);
  }
}
