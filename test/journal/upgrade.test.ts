/**
 * A journal kept by the first released version of the app (schema version 1: `meta`, `checkIns`,
 * `adherence`, no photos yet) is opened by today's code: the upgrade adds the photo stores and
 * every record written then survives and reads as today's shape. The version-1 database is made
 * with raw IndexedDB, exactly as the version-1 `upgrade` and store wrote it (commit 8f80c71,
 * `src/journal/db.ts` and `store.ts`), so this test does not lean on the code it checks.
 */
import { expect } from 'chai';
import { deleteDB } from 'idb';
import { JOURNAL_DB_VERSION } from '../../src/journal/db.ts';
import {
  checkAdherence,
  checkCheckIn,
  checkSettings,
  type AdherenceRecord,
  type CheckInRecord,
  type PhotoRecord,
  type PlanRecord,
  type Settings,
} from '../../src/journal/records.ts';
import { checkSnapshot } from '../../src/journal/snapshot-check.ts';
import { IdbJournalStore } from '../../src/journal/store.ts';
import { DEFAULT_REGIMEN, validatePlan, type IsoDate } from '../../src/rules/index.ts';
import { makeJpeg } from '../helpers/images.ts';

const date = (value: string) => value as IsoDate;

// What a person had after a month with version 1: three sessions (one marked final, with notes),
// °F and persistence asked, check-ins with every kind of answer and the flags they raised then,
// and ticks of the "do" items.
const PLAN: PlanRecord = {
  sessions: [
    { date: '2026-02-01', note: 'Studio Ink, Leeds — Sam' },
    { date: '2026-02-15' },
    { date: '2026-03-01', final: true, note: 'Touch-up of the crown' },
  ],
  updatedAt: '2026-03-01T18:04:11.532Z',
};
const SETTINGS: Settings = { temperatureUnit: 'F', persistenceAsked: true };
const CHECK_INS: CheckInRecord[] = [
  {
    date: date('2026-02-02'),
    swelling: 'mild',
    note: '',
    flags: [
      {
        level: 'info',
        code: 'swelling-normal',
        message: 'A little swelling is normal in the first days. Keep an eye on it and check in again tomorrow.',
      },
    ],
    savedAt: '2026-02-02T08:30:00.000Z',
  },
  {
    date: date('2026-02-03'),
    swelling: 'moderate',
    temperatureC: 38.6,
    redness: 'spreading',
    pain: 'increasing',
    discharge: true,
    warmth: true,
    note: 'Woke up hot; scalp tender — “pins and needles”. 🤒',
    flags: [
      {
        level: 'urgent',
        code: 'fever-with-site-signs',
        message:
          'Seek medical help now: a fever of 38.6 °C together with more than mild swelling can mean an infection that is spreading. Call a doctor or urgent care today, and tell your technician.',
      },
      {
        level: 'watch',
        code: 'swelling',
        message: 'More than mild swelling can be a sign of infection. Contact your technician and see a doctor.',
      },
    ],
    savedAt: '2026-02-03T21:12:45.001Z',
  },
  {
    date: date('2026-02-10'),
    swelling: 'none',
    feverish: false,
    redness: 'none',
    pain: 'none',
    discharge: false,
    warmth: false,
    note: 'All calm.',
    flags: [],
    savedAt: '2026-02-10T07:00:00.000Z',
  },
  {
    date: date('2026-03-02'),
    swelling: 'mild',
    feverish: true,
    redness: 'at-site',
    pain: 'mild',
    note: '',
    flags: [
      {
        level: 'watch',
        code: 'fever',
        message:
          'Feeling feverish on its own is most likely not caused by the SMP. See a doctor if you feel unwell, and check the scalp again tomorrow.',
      },
    ],
    savedAt: '2026-03-02T19:45:00.000Z',
  },
];
const ADHERENCE: AdherenceRecord[] = [
  { date: date('2026-02-02'), counts: { 'damp-cloth': 2, hydrate: 5, 'hat-in-bed': 1 } },
  { date: date('2026-02-08'), counts: { 'gentle-wash': 1, moisturise: 3 } },
  { date: date('2026-03-02'), counts: {} },
];

/** Resolves with a request's result, or rejects with its error. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Resolves when a transaction commits. */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });
}

/** Creates `name` at version 1 with version 1's stores, fills it as version 1 did, and closes it. */
async function createVersion1Journal(name: string): Promise<void> {
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => {
    // Version 1's whole `upgrade` (commit 8f80c71).
    const db = request.result;
    db.createObjectStore('meta');
    db.createObjectStore('checkIns', { keyPath: 'date' });
    db.createObjectStore('adherence', { keyPath: 'date' });
  };
  const db = await done(request);
  const tx = db.transaction(['meta', 'checkIns', 'adherence'], 'readwrite');
  tx.objectStore('meta').put(PLAN, 'plan');
  tx.objectStore('meta').put(SETTINGS, 'settings');
  for (const record of CHECK_INS) tx.objectStore('checkIns').put(record);
  for (const record of ADHERENCE) tx.objectStore('adherence').put(record);
  await committed(tx);
  db.close();
}

/** The database's version and store names, read without the app's code. */
async function shapeOf(name: string): Promise<{ version: number; stores: string[]; indexes: string[] }> {
  const db = await done(indexedDB.open(name));
  const stores = [...db.objectStoreNames].sort();
  const indexes = stores.includes('photos') ? [...db.transaction('photos').objectStore('photos').indexNames] : [];
  const shape = { version: db.version, stores, indexes: indexes.sort() };
  db.close();
  return shape;
}

describe('upgrading a version-1 journal that holds data (real IndexedDB)', () => {
  let name: string;
  let store: IdbJournalStore | undefined;
  let oldTab: IDBDatabase | undefined;

  beforeEach(async () => {
    name = `test-upgrade-${Date.now()}-${Math.random()}`;
    await createVersion1Journal(name);
  });
  afterEach(async () => {
    oldTab?.close();
    store?.close();
    [store, oldTab] = [undefined, undefined];
    await deleteDB(name);
  });

  it('starts from a real version-1 database (no photo stores)', async () => {
    expect(JOURNAL_DB_VERSION, 'this test is about the upgrade from 1').to.be.greaterThan(1);
    expect(await shapeOf(name)).to.deep.equal({
      version: 1,
      stores: ['adherence', 'checkIns', 'meta'],
      indexes: [],
    });
  });

  it('adds the photo stores and keeps every record, read through the app as it was written', async () => {
    store = await IdbJournalStore.open(name);
    expect(await shapeOf(name)).to.deep.equal({
      version: JOURNAL_DB_VERSION,
      stores: ['adherence', 'checkIns', 'meta', 'originals', 'photos', 'thumbnails'],
      indexes: ['by-area-date', 'by-date'],
    });
    expect(await store.loadPlan()).to.deep.equal(PLAN);
    expect(await store.loadSettings()).to.deep.equal(SETTINGS);
    expect(await store.checkIns(), 'newest first').to.deep.equal([...CHECK_INS].reverse());
    expect(await store.checkInOn(date('2026-02-03'))).to.deep.equal(CHECK_INS[1]);
    expect(await store.checkInBefore(date('2026-03-01'))).to.deep.equal(CHECK_INS[2]);
    for (const record of ADHERENCE) expect(await store.adherenceOn(record.date)).to.deep.equal(record);
    // What version 1 had no place for reads as "none yet".
    expect(await store.loadRegimen()).to.equal(DEFAULT_REGIMEN);
    expect(await store.loadBackupInfo()).to.equal(undefined);
    expect(await store.photos.count()).to.equal(0);
    expect(await store.photos.list()).to.deep.equal([]);
  });

  it('reads every old record as today’s shape: each passes today’s validation unchanged', async () => {
    store = await IdbJournalStore.open(name);
    const plan = await store.loadPlan();
    const { updatedAt, ...sessions } = plan;
    const checked = validatePlan(sessions);
    expect(checked.ok, JSON.stringify(checked)).to.equal(true);
    expect(updatedAt).to.equal(PLAN.updatedAt);
    expect(checkSettings(await store.loadSettings())).to.deep.equal(SETTINGS);
    for (const record of await store.checkIns()) expect(checkCheckIn(record)).to.deep.equal(record);
    for (const record of ADHERENCE) expect(checkAdherence(await store.adherenceOn(record.date))).to.deep.equal(record);
    // The backup reads the same records: the upgraded journal is one a backup can carry and restore.
    const snapshot = await store.snapshot();
    const checkedSnapshot = checkSnapshot(JSON.parse(JSON.stringify(snapshot)), '2026-04-01' as IsoDate);
    expect(checkedSnapshot.ok, JSON.stringify(checkedSnapshot)).to.equal(true);
    expect(snapshot).to.deep.equal({
      plan: PLAN,
      settings: SETTINGS,
      regimen: null,
      checkIns: CHECK_INS,
      adherence: ADHERENCE,
      photos: [],
    });
  });

  it('takes photos (metadata, original and thumbnail) in the new stores, found by date and by area', async () => {
    store = await IdbJournalStore.open(name);
    const original = await makeJpeg(640, 480, '#6a4a30');
    const thumbnail = await makeJpeg(96, 72, '#6a4a30');
    const record: PhotoRecord = {
      id: 'photo-after-upgrade-1',
      date: date('2026-03-02'),
      takenAt: '2026-03-02T09:15:00',
      area: 'crown',
      note: 'first photo after updating the app',
      type: 'image/jpeg',
      bytes: original.size,
      width: 640,
      height: 480,
      orientation: 1,
      addedAt: '2026-03-02T09:20:00.000Z',
    };
    await store.photos.add({ record, original, thumbnail });
    store.close();
    store = await IdbJournalStore.open(name);
    expect(await store.photos.list()).to.deep.equal([record]);
    expect(await store.photos.listArea('crown')).to.deep.equal([record]);
    expect(await store.photos.latestOf('crown', date('2026-03-05'))).to.deep.equal(record);
    const bytes = async (blob: Blob | undefined) => [...new Uint8Array(await blob!.arrayBuffer())];
    expect(await bytes(await store.photos.original(record.id))).to.deep.equal(await bytes(original));
    expect(await bytes(await store.photos.thumbnail(record.id))).to.deep.equal(await bytes(thumbnail));
    // The old records are still there beside the new ones.
    expect(await store.checkIns()).to.have.length(CHECK_INS.length);
    expect((await store.loadPlan()).sessions).to.deep.equal(PLAN.sessions);
  });

  it('waits for a tab still on version 1 (saying so), then upgrades with nothing lost', async () => {
    // A tab of the old version keeps the database open and does not step aside.
    oldTab = await done(indexedDB.open(name, 1));
    let blocked = 0;
    let told!: () => void;
    const toldToClose = new Promise<void>((resolve) => (told = resolve));
    const opening = IdbJournalStore.open(name, {
      onBlocked: () => {
        blocked += 1;
        told();
      },
    });
    await toldToClose;
    expect(blocked, 'the person is asked to close the old tab').to.equal(1);
    oldTab.close();
    store = await opening;
    expect(await store.loadPlan()).to.deep.equal(PLAN);
    expect(await store.checkIns()).to.have.length(CHECK_INS.length);
    expect(await store.photos.count()).to.equal(0);
  });
});
