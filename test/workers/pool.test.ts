import { expect } from 'chai';
import { DecodePool } from '../../src/journal/photo-decode.ts';
import { WorkerPool, WorkerTaskError, type WorkerFailure } from '../../src/workers/pool.ts';
import { describeResampleFailure, startResampleWorker } from '../../src/workers/resample.ts';
import { asFile, makeJpeg } from '../helpers/images.ts';

/** A real worker running `source` (a classic script), from a blob URL. */
function scriptWorker(source: string): Worker {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(url);
  URL.revokeObjectURL(url);
  return worker;
}

/** A worker whose script is missing (the server answers 404), so it never starts. */
const missingWorker = () => new Worker(new URL('./no-such.worker.js', import.meta.url), { type: 'module' });

/** Echoes each message, with an id of its own, except "stall", which it never answers. */
const ECHO = `const me = Math.random();
onmessage = (event) => { if (event.data.text !== 'stall') postMessage({ me, text: event.data.text, bytes: event.data.bytes?.byteLength }); };`;

/** `createWorker` giving each of `makers` once, in order, then the last one again. */
function oneAfterAnother(...makers: (() => Worker)[]): () => Worker {
  let next = 0;
  return () => (makers[Math.min(next++, makers.length - 1)] as () => Worker)();
}

interface Echo {
  me: number;
  text: string;
  bytes?: number;
}

const describeFailure = (reason: WorkerFailure, request: { text: string }) => `“${request.text}” ${reason}.`;

async function rejection(promise: Promise<unknown>): Promise<WorkerTaskError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the task failed').to.be.instanceOf(WorkerTaskError);
  return error as WorkerTaskError;
}

describe('the worker pool (real workers)', () => {
  it('fails a photo whose worker cannot load with a sentence naming it, and decodes the next one in a fresh worker', async () => {
    const pool = new DecodePool(1, { createWorker: oneAfterAnother(missingWorker, startResampleWorker) });
    try {
      const photo = asFile(await makeJpeg(640, 480), 'IMG_1234.jpg');
      expect(await pool.decode(photo)).to.deep.equal({
        ok: false,
        reason: 'unfinished',
        error: '“IMG_1234.jpg” could not be read: the photo reader stopped working. Try again, or reload the page.',
      });
      const next = await pool.decode(photo);
      expect(next.ok && [next.width, next.height]).to.deep.equal([640, 480]);
      expect(next.ok && (await createImageBitmap(next.thumbnail)).width).to.equal(480);
    } finally {
      pool.close();
    }
  });

  it('ends a task its worker never answers after the time limit the task set, with a sentence, and goes on with a fresh worker', async () => {
    const started: string[] = [];
    const pool = new WorkerPool<{ text: string }, Echo>({
      size: 1,
      timeLimitMs: 60_000,
      createWorker: () => (started.push('worker'), scriptWorker(ECHO)),
      describeFailure,
    });
    try {
      const stalled = await rejection(pool.run({ text: 'stall' }, { timeLimitMs: 200 }));
      expect(stalled.reason).to.equal('timed-out');
      expect(stalled.message).to.equal('“stall” timed-out.');
      expect((await pool.run({ text: 'after' })).text).to.equal('after');
      expect(started, 'the silent worker was replaced').to.have.length(2);
    } finally {
      pool.close();
    }
  });

  it('words a photo that did not decode in time by its file name', () => {
    expect(describeResampleFailure('timed-out', asFile(new Blob(['x']), 'IMG_1234.jpg'))).to.equal(
      '“IMG_1234.jpg” could not be read: its picture did not decode in time. Try again, or try another photo.',
    );
    expect(describeResampleFailure('timed-out', new Blob(['x']))).to.match(/^The photo could not be read/);
  });

  it('fails the task of a worker that throws at once, without waiting for the time limit', async () => {
    const pool = new WorkerPool<{ text: string }, Echo>({
      size: 1,
      timeLimitMs: 60_000,
      createWorker: oneAfterAnother(
        () => scriptWorker('onmessage = () => { throw new Error("boom"); };'),
        () => scriptWorker(ECHO),
      ),
      describeFailure,
    });
    try {
      expect((await rejection(pool.run({ text: 'crash' }))).message).to.equal('“crash” failed.');
      expect((await pool.run({ text: 'next' })).text).to.equal('next');
    } finally {
      pool.close();
    }
  });

  it('runs as many tasks at once as it has workers, queues the rest, and moves transferred bytes', async () => {
    const pool = new WorkerPool<{ text: string; bytes?: ArrayBuffer }, Echo>({
      size: 2,
      timeLimitMs: 60_000,
      createWorker: () => scriptWorker(ECHO),
      describeFailure,
    });
    try {
      const bytes = new ArrayBuffer(1024);
      const replies = await Promise.all([
        pool.run({ text: 'a', bytes }, { transfer: [bytes] }),
        ...['b', 'c', 'd', 'e'].map((text) => pool.run({ text })),
      ]);
      expect(replies.map((r) => r.text)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
      expect(new Set(replies.map((r) => r.me)).size, 'workers used').to.equal(2);
      expect(replies[0]!.bytes, 'the worker got the bytes').to.equal(1024);
      expect(bytes.byteLength, 'moved, not copied').to.equal(0);
    } finally {
      pool.close();
    }
  });

  it('fails running and waiting tasks when closed, and refuses later ones', async () => {
    const pool = new WorkerPool<{ text: string }, Echo>({
      size: 1,
      timeLimitMs: 60_000,
      createWorker: () => scriptWorker(ECHO),
      describeFailure,
    });
    const running = pool.run({ text: 'stall' });
    const waiting = pool.run({ text: 'waiting' });
    pool.close();
    expect((await rejection(running)).reason).to.equal('closed');
    expect((await rejection(waiting)).message).to.equal('“waiting” closed.');
    expect((await rejection(pool.run({ text: 'later' }))).reason).to.equal('closed');
  });
});
