import { expect } from 'chai';
import { html } from 'lit';
import { deleteDB } from 'idb';
import { JournalState } from '../../pwa/app/journal-state.ts';
import '../../pwa/app/photos-page.ts';
import type { PhotosPage } from '../../pwa/app/photos-page.ts';
import '../../pwa/app/share-page.ts';
import type { SharePage } from '../../pwa/app/share-page.ts';
import { makeBackup } from '../../src/backup/write.ts';
import { localToday } from '../../src/calendar/local-date.ts';
import { DecodePool } from '../../src/journal/photo-decode.ts';
import { clearStartSnapshot } from '../../src/journal/start-snapshot.ts';
import { IdbJournalStore } from '../../src/journal/store.ts';
import { shiftDays } from '../../src/rules/index.ts';
import { fixture } from '../helpers/fixture.ts';
import { holdTransaction } from '../helpers/hold.ts';
import { asFile, makeJpeg } from '../helpers/images.ts';

// The screens with real IndexedDB and real workers, stalled for real: a worker that never answers,
// a transaction held open from another connection. The limits are short here, and the stall lasts
// until the test releases it, so what is seen does not depend on how fast the machine is.

const SHORT_LIMIT_MS = 1000;
const TODAY = localToday();
const SILENT_WORKER = URL.createObjectURL(new Blob(['onmessage = () => {};'], { type: 'text/javascript' }));

let names: string[] = [];
let stores: IdbJournalStore[] = [];

/** A journal with a plan, its store given up on after `timeLimitMs`, as the app's state. */
async function journal(timeLimitMs?: number): Promise<{ state: JournalState; name: string; store: IdbJournalStore }> {
  const name = `test-stalls-${Date.now()}-${Math.random()}`;
  names.push(name);
  const store = await IdbJournalStore.open(name, {}, { timeLimitMs });
  stores.push(store);
  await store.savePlan({ sessions: [{ date: shiftDays(TODAY, -3) }] });
  const state = new JournalState({ onNotice: () => undefined });
  state.store = store;
  await state.reload();
  return { state, name, store };
}

/** Resolves once `check` is true, looking each frame (the test's own timeout bounds the wait). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Hands `files` to a file input as the file chooser would. */
function choose(input: HTMLInputElement, files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Downloads started by the page (each a click on a download link), kept from happening. */
const downloads: string[] = [];
const keepDownload = (event: Event) => {
  const link = event.target;
  if (link instanceof HTMLAnchorElement && link.download) {
    event.preventDefault();
    downloads.push(link.download);
  }
};

afterEach(async () => {
  for (const store of stores) store.close();
  for (const name of names) await deleteDB(name);
  [names, stores] = [[], []];
  downloads.length = 0;
  clearStartSnapshot();
});
before(() => window.addEventListener('click', keepDownload, true));
after(() => window.removeEventListener('click', keepDownload, true));

describe('adding photos that stall (the Photos screen)', () => {
  async function photosPage(state: JournalState, setUp: (page: PhotosPage) => void = () => {}) {
    const page = await fixture<PhotosPage>(html`<smp-photos-page .journal=${state}></smp-photos-page>`);
    setUp(page);
    const add = () => page.shadowRoot!.querySelector('smp-photo-add')!.shadowRoot!;
    return {
      page,
      choose: (files: File[]) => choose(add().querySelector<HTMLInputElement>('input[multiple]')!, files),
      alert: () => add().querySelector('[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      errors: () => [...add().querySelectorAll('[role=alert] li')].map((li) => li.textContent?.trim()),
      status: () => add().querySelector('[role=status]')?.textContent?.trim() ?? '',
      buttonBack: () =>
        !add().querySelector<HTMLButtonElement>('button')!.disabled &&
        [...add().querySelectorAll('input[type=file]')].every((input) => !(input as HTMLInputElement).disabled),
    };
  }

  it('says so, naming the photo, when its decoder never answers, and gives the buttons back', async () => {
    const { state, store } = await journal();
    const screen = await photosPage(state, (page) => {
      page.createPool = () => new DecodePool(1, { createWorker: () => new Worker(SILENT_WORKER), timeLimitMs: 300 });
    });
    screen.choose([asFile(await makeJpeg(64, 48), 'IMG_1.jpg')]);
    await until(() => screen.alert() !== '');
    expect(screen.alert()).to.equal(
      '“IMG_1.jpg” could not be read: its picture did not decode in time. Try again, or try another photo.',
    );
    expect(screen.buttonBack()).to.equal(true);
    expect(await store.photos.count()).to.equal(0);
  });

  it('says so, naming the photo, when the journal does not answer, and gives the buttons back', async () => {
    const { state, store, name } = await journal(SHORT_LIMIT_MS);
    const screen = await photosPage(state);
    const held = await holdTransaction(name, ['originals']);
    screen.choose([asFile(await makeJpeg(64, 48), 'IMG_1.jpg')]);
    await until(() => screen.alert() !== '');
    await held.release();
    expect(screen.alert()).to.equal(
      '“IMG_1.jpg” was not added. Your journal did not answer in time, so nothing was changed. Reload the page and try again.',
    );
    expect(screen.buttonBack()).to.equal(true);
    expect(await store.photos.count()).to.equal(0);
  });

  it('gives up an import that stops making progress, stops its decoding, and the next import works', async () => {
    const { state, store } = await journal();
    const screen = await photosPage(state, (page) => {
      page.quietLimitMs = 300;
      page.createPool = () =>
        new DecodePool(1, { createWorker: () => new Worker(SILENT_WORKER), timeLimitMs: 600_000 });
    });
    screen.choose([asFile(await makeJpeg(64, 48), 'IMG_1.jpg'), asFile(await makeJpeg(64, 48), 'IMG_2.jpg')]);
    await until(() => screen.alert() !== '');
    expect(screen.errors()).to.deep.equal(
      ['IMG_1.jpg', 'IMG_2.jpg'].map(
        (file) => `“${file}” was not added. Adding photos got stuck. Try again; if it happens again, reload the page.`,
      ),
    );
    expect(screen.buttonBack()).to.equal(true);
    screen.page.quietLimitMs = null;
    screen.page.createPool = () => new DecodePool(1);
    screen.choose([asFile(await makeJpeg(64, 48), 'IMG_3.jpg')]);
    await until(() => screen.status() === '1 photo added.');
    expect(await store.photos.count()).to.equal(1);
  });
});

describe('backup, restore and report that stall (the Share screen)', () => {
  async function sharePage(state: JournalState) {
    const page = await fixture<SharePage>(html`<smp-share-page .journal=${state}></smp-share-page>`);
    const root = page.shadowRoot!;
    const text = (selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const backupButton = () => [...root.querySelectorAll('button')].find((b) => /backup/.test(b.textContent ?? ''))!;
    const form = () => root.querySelector('smp-report-form')!.shadowRoot!;
    return {
      page,
      backup: () => backupButton().click(),
      backupButtonBack: () => !backupButton().disabled && backupButton().textContent?.trim() === 'Download a backup',
      restore: (file: File) => choose(root.querySelector<HTMLInputElement>('input[type=file]')!, [file]),
      restoreInputBack: () => !root.querySelector<HTMLInputElement>('input[type=file]')!.disabled,
      report: () => form().querySelector<HTMLButtonElement>('button[type=submit]')!.click(),
      reportButtonBack: () => !form().querySelector<HTMLButtonElement>('button[type=submit]')!.disabled,
      reportError: () => form().querySelector('[role=alert]')?.textContent?.trim() ?? '',
      alert: (panel: 'backup' | 'restore') => text(`section[aria-labelledby=${panel}-heading] [role=alert]`),
      done: (panel: 'backup' | 'restore') => text(`section[aria-labelledby=${panel}-heading] .done`),
    };
  }

  // Real pictures: a restore checks each photo's bytes before it writes anything.
  const addPhoto = async (store: IdbJournalStore, id: string) => {
    const original = await makeJpeg(4, 3, '#775533');
    return store.photos.add({
      record: {
        id,
        date: TODAY,
        takenAt: null,
        area: 'crown',
        note: '',
        type: 'image/jpeg',
        bytes: original.size,
        width: 4,
        height: 3,
        orientation: 1,
        addedAt: new Date().toISOString(),
      },
      original,
      thumbnail: await makeJpeg(2, 2, '#775533'),
    });
  };

  it('ends a backup whose journal does not answer with a sentence, and gives the button back', async () => {
    const { state, name } = await journal(SHORT_LIMIT_MS);
    const screen = await sharePage(state);
    const held = await holdTransaction(name, ['photos']);
    screen.backup();
    await until(() => screen.alert('backup') !== '');
    await held.release();
    expect(screen.alert('backup')).to.equal('Your journal did not answer in time. Reload the page and try again.');
    expect(screen.backupButtonBack()).to.equal(true);
    expect(downloads).to.deep.equal([]);
  });

  it('gives up a backup that stops making progress, saves no file, and the next one works', async () => {
    const { state, name, store } = await journal();
    await addPhoto(store, 'photo-one-0123456789');
    await state.reload();
    const screen = await sharePage(state);
    screen.page.quietLimitMs = 300;
    const held = await holdTransaction(name, ['originals']);
    screen.backup();
    await until(() => screen.alert('backup') !== '');
    expect(screen.alert('backup')).to.equal(
      'Making the backup got stuck, so no file was saved. Try again; if it happens again, reload the page.',
    );
    expect(screen.backupButtonBack()).to.equal(true);
    await held.release();
    screen.page.quietLimitMs = null;
    screen.backup();
    await until(() => screen.done('backup') !== '');
    expect(screen.done('backup')).to.match(/^✓ Saved “smp-aftercare-backup-.*\.zip” \(1 photo, /);
    expect(downloads, 'only the backup that finished was saved').to.have.length(1);
  });

  it('ends a restore whose journal does not answer with a sentence, undoes it, and gives the button back', async () => {
    const source = await journal();
    await addPhoto(source.store, 'photo-one-0123456789');
    await addPhoto(source.store, 'photo-two-0123456789');
    await source.store.saveCheckIn({
      date: TODAY,
      swelling: 'none',
      temperatureC: 36.8,
      note: '',
      flags: [],
      savedAt: new Date().toISOString(),
    });
    const file = new File([await makeBackup(source.store, TODAY)], 'backup.zip', { type: 'application/zip' });
    const { state, name, store } = await journal(SHORT_LIMIT_MS);
    const screen = await sharePage(state);
    const held = await holdTransaction(name, ['checkIns']);
    screen.restore(file);
    await until(() => screen.alert('restore') !== '');
    await held.release();
    expect(screen.alert('restore')).to.equal(
      'Your journal did not answer in time, so nothing was changed. Reload the page and try again.',
    );
    expect(screen.restoreInputBack()).to.equal(true);
    expect(await store.photos.count()).to.equal(0);
  });

  it('ends a report whose journal does not answer with a sentence, and gives the button back', async () => {
    const { state, name, store } = await journal(SHORT_LIMIT_MS);
    await addPhoto(store, 'photo-one-0123456789');
    await state.reload();
    const screen = await sharePage(state);
    const held = await holdTransaction(name, ['checkIns']);
    screen.report();
    await until(() => screen.reportError() !== '');
    await held.release();
    expect(screen.reportError()).to.equal('Your journal did not answer in time. Reload the page and try again.');
    expect(screen.reportButtonBack()).to.equal(true);
    expect(downloads).to.deep.equal([]);
  });
});
