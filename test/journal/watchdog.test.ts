import { expect } from 'chai';
import { deleteDB } from 'idb';
import { readBackup } from '../../src/backup/read.ts';
import { makeBackup } from '../../src/backup/write.ts';
import { explainFailure } from '../../src/journal/failures.ts';
import type { CheckInRecord, PhotoRecord } from '../../src/journal/records.ts';
import { IdbJournalStore } from '../../src/journal/store.ts';
import { JournalTimeoutError, timeLimitFor } from '../../src/journal/watchdog.ts';
import type { IsoDate } from '../../src/rules/index.ts';
import { SentenceError, failureSentence } from '../../src/vocabulary/index.ts';
import { holdTransaction } from '../helpers/hold.ts';
import { makeJpeg } from '../helpers/images.ts';

// A transaction is held open from another connection (as another tab's would be), so the journal's
// own waits behind it for as long as the test holds it: the watchdog's short limit here is the only
// clock, and it fires however fast the machine is.
const SHORT_LIMIT_MS = 1000;

const checkIn = (date: string, note: string): CheckInRecord => ({
  date: date as IsoDate,
  swelling: 'none',
  temperatureC: 36.8,
  note,
  flags: [],
  savedAt: `${date}T20:00:00.000Z`,
});

// A real picture (a restore decodes each photo), followed by bytes that differ from photo to photo.
const JPEG = new Uint8Array(await (await makeJpeg(8, 6)).arrayBuffer());

function photo(i: number): { record: PhotoRecord; original: Blob; thumbnail: Blob } {
  const bytes = Uint8Array.from({ length: JPEG.length + 2000 + i }, (_, n) => (n * 13 + i) % 256);
  bytes.set(JPEG);
  return {
    record: {
      id: `photo-${i}-abcdefghij`,
      date: `2026-03-0${i + 1}` as IsoDate,
      takenAt: null,
      area: 'crown',
      note: '',
      type: 'image/jpeg',
      bytes: bytes.length,
      width: 40,
      height: 30,
      orientation: 1,
      addedAt: `2026-03-0${i + 1}T10:00:00.000Z`,
    },
    original: new Blob([bytes as BlobPart], { type: 'image/jpeg' }),
    thumbnail: new Blob([JPEG as BlobPart], { type: 'image/jpeg' }),
  };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'it should have failed').to.be.instanceOf(Error);
  return error as Error;
}

describe('the journal watchdog (real IndexedDB, a transaction held open)', () => {
  let name: string;
  let store: IdbJournalStore;
  /** The same journal with a short time limit: what is held up here is given up quickly. */
  let impatient: IdbJournalStore;

  beforeEach(async () => {
    name = `test-watchdog-${Date.now()}-${Math.random()}`;
    store = await IdbJournalStore.open(name);
    impatient = await IdbJournalStore.open(name, {}, { timeLimitMs: SHORT_LIMIT_MS });
  });
  afterEach(async () => {
    store.close();
    impatient.close();
    await deleteDB(name);
  });

  it('gives up a write held up past its limit, aborts it, and says nothing was changed; the journal works once free', async () => {
    const held = await holdTransaction(name, ['checkIns']);
    const error = await failure(impatient.saveCheckIn(checkIn('2026-03-02', 'held')));
    await held.release();
    expect(error).to.be.instanceOf(JournalTimeoutError);
    expect(error.message).to.equal(
      'Your journal did not answer in time, so nothing was changed. Reload the page and try again.',
    );
    expect(await store.checkIns(), 'the aborted write left nothing').to.deep.equal([]);
    await impatient.saveCheckIn(checkIn('2026-03-02', 'free'));
    expect((await store.checkIns()).map((c) => c.note)).to.deep.equal(['free']);
  });

  it('gives up a read held up past its limit with a sentence', async () => {
    const held = await holdTransaction(name, ['photos']);
    const error = await failure(impatient.photos.list());
    await held.release();
    expect(error.message).to.equal('Your journal did not answer in time. Reload the page and try again.');
  });

  it('gives up a photo held up past its limit, and none of it is stored', async () => {
    const held = await holdTransaction(name, ['originals']);
    const error = await failure(impatient.photos.add(photo(0)));
    await held.release();
    expect(error).to.be.instanceOf(JournalTimeoutError);
    expect(await store.photos.count()).to.equal(0);
    expect(await store.photos.original(photo(0).record.id)).to.equal(undefined);
  });

  it('undoes the photos of a restore whose last transaction is held up, so the journal is as it was', async () => {
    const source = await IdbJournalStore.open(`${name}-source`);
    for (const i of [0, 1, 2]) await source.photos.add(photo(i));
    await source.saveCheckIn(checkIn('2026-03-03', 'from the backup'));
    const backup = await readBackup(await makeBackup(source, '2026-03-10'));
    source.close();
    await deleteDB(`${name}-source`);
    await store.photos.add(photo(1)); // already here: kept as it is
    const before = await store.photos.list();

    // The photos go in one transaction each; the check-ins last, and those are held.
    const held = await holdTransaction(name, ['checkIns']);
    const progress: number[] = [];
    const error = await failure(impatient.merge(backup, { onProgress: (done) => progress.push(done) }));
    await held.release();
    expect(progress, 'the two new photos were written, one at a time').to.deep.equal([0, 1, 2]);
    expect(error.message).to.equal(
      'Your journal did not answer in time, so nothing was changed. Reload the page and try again.',
    );
    expect(await store.photos.list()).to.deep.equal(before);
    expect(await store.photos.original(photo(0).record.id)).to.equal(undefined);
    expect(await store.checkIns()).to.deep.equal([]);
  });

  it('stops a restore when its signal aborts, with the reason given, and undoes what it wrote', async () => {
    const source = await IdbJournalStore.open(`${name}-source`);
    for (const i of [0, 1]) await source.photos.add(photo(i));
    const backup = await readBackup(await makeBackup(source, '2026-03-10'));
    source.close();
    await deleteDB(`${name}-source`);
    const controller = new AbortController();
    const reason = new SentenceError('Stopped by the screen.');
    const error = await failure(
      store.merge(backup, { signal: controller.signal, onProgress: (done) => done === 1 && controller.abort(reason) }),
    );
    expect(error).to.equal(reason);
    expect(await store.photos.count()).to.equal(0);
  });

  it('stops a merge fed photo by photo when a write is held up: later photos are not written, and it undoes the first', async () => {
    const merge = await impatient.startMerge();
    expect(await merge.add(photo(0)), 'the first photo is written').to.equal(true);
    const held = await holdTransaction(name, ['originals']);
    const second = merge.add(photo(1));
    const third = merge.add(photo(2));
    expect(await second, 'the held-up write failed').to.equal(false);
    expect(await third, 'and the next was not tried').to.equal(false);
    expect(merge.signal.aborted, 'the read feeding the merge is told to stop').to.equal(true);
    expect(merge.signal.reason).to.be.instanceOf(JournalTimeoutError);
    await held.release();
    const error = await failure(
      merge.finish({ ...(await store.snapshot()), originals: new Map(), thumbnails: new Map() }),
    );
    expect(error).to.be.instanceOf(JournalTimeoutError);
    expect(await store.photos.count(), 'the photo written first was removed again').to.equal(0);
  });

  it('writes nothing given to a merge after it was undone (a check that ended after its read failed)', async () => {
    const merge = await store.startMerge();
    expect(await merge.add(photo(0))).to.equal(true);
    await merge.undo();
    expect(await merge.add(photo(1))).to.equal(false);
    expect(await store.photos.count()).to.equal(0);
  });

  it('sizes the limit to the bytes moved', () => {
    expect(timeLimitFor(0)).to.equal(20_000);
    expect(timeLimitFor(12_000_000)).to.equal(23_000);
    expect(timeLimitFor(1, 500)).to.equal(1_500);
  });
});

describe('failures as sentences', () => {
  const dom = (name: string) => new DOMException(`Raw engine text for ${name}`, name);

  it('turns each engine error into a sentence that says what happened and what to do, naming the file', () => {
    const cases: [string, string | undefined, RegExp][] = [
      [
        'QuotaExceededError',
        'IMG_1.jpg',
        /^The device's storage for this app is full, so “IMG_1\.jpg” was not saved\. Free some space/,
      ],
      ['QuotaExceededError', undefined, /so nothing was saved\./],
      [
        'UnknownError',
        'IMG_1.jpg',
        /^This browser's storage refused “IMG_1\.jpg”, so nothing was saved\. Reload the page/,
      ],
      ['DataCloneError', undefined, /^This browser could not store the change, so nothing was saved\./],
      ['InvalidStateError', undefined, /^Your journal was closed .* Reload the page and try again\.$/],
      ['AbortError', 'IMG_1.jpg', /^Saving “IMG_1\.jpg” was interrupted, so nothing was changed\. Try again\.$/],
      ['TransactionInactiveError', undefined, /^Saving the change was interrupted/],
      ['NotFoundError', undefined, /^Part of your journal could not be found .* restore your last backup\.$/],
      ['NotReadableError', 'IMG_1.jpg', /^“IMG_1\.jpg” could not be read from the device .* Choose it again\.$/],
      ['VersionError', undefined, /^A newer version of the app has updated your journal\. Reload the page/],
      ['SecurityError', undefined, /^This browser does not let the app keep data on this device/],
      ['SomethingNewError', 'IMG_1.jpg', /^Something went wrong with “IMG_1\.jpg”, so nothing was changed\. Try again/],
    ];
    for (const [name, file, sentence] of cases) {
      const text = failureSentence(dom(name), { file });
      expect(text, name).to.match(sentence);
      expect(text, name).not.to.contain('Raw engine text');
    }
    expect(failureSentence(new TypeError('x is not a function'))).to.equal(
      'Something went wrong, so nothing was changed. Try again; if it happens again, reload the page.',
    );
    expect(failureSentence('a thrown string')).to.match(/^Something went wrong/);
  });

  it("keeps the app's own sentences as written", () => {
    expect(failureSentence(new SentenceError('The plan was not saved: the date is not real.'))).to.equal(
      'The plan was not saved: the date is not real.',
    );
    expect(explainFailure(new JournalTimeoutError('Your journal did not answer in time.'))).to.equal(
      'Your journal did not answer in time.',
    );
  });
});
