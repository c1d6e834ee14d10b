import { expect } from 'chai';
import { deleteDB, openDB } from 'idb';
import { JOURNAL_DB_VERSION } from '../../src/journal/db.ts';
import { ChangedElsewhereError, InvalidRecordError, type CheckInRecord } from '../../src/journal/records.ts';
import { IdbJournalStore } from '../../src/journal/store.ts';
import type { IsoDate } from '../../src/rules/index.ts';

let counter = 0;
const names: string[] = [];
/** A fresh, real IndexedDB database for each test; deleted in teardown. */
async function openFresh(): Promise<IdbJournalStore> {
  const name = `test-journal-${Date.now()}-${(counter += 1)}`;
  names.push(name);
  return IdbJournalStore.open(name);
}

const checkIn = (date: string, extra: Partial<CheckInRecord> = {}): CheckInRecord => ({
  date: date as IsoDate,
  swelling: 'mild',
  note: '',
  flags: [],
  savedAt: '2026-03-03T10:00:00.000Z',
  ...extra,
});

describe('the journal store (real IndexedDB)', () => {
  let store: IdbJournalStore;
  beforeEach(async () => (store = await openFresh()));
  afterEach(async () => {
    store.close();
    for (const name of names.splice(0)) await deleteDB(name);
  });

  it('migrates from an empty database to the current version with its stores', async () => {
    const name = names[0]!;
    store.close();
    const db = await openDB(name);
    expect(db.version).to.equal(JOURNAL_DB_VERSION);
    expect([...db.objectStoreNames].sort()).to.deep.equal([
      'adherence',
      'checkIns',
      'meta',
      'originals',
      'photos',
      'thumbnails',
    ]);
    db.close();
    store = await IdbJournalStore.open(name);
  });

  it('starts with an empty plan and default settings', async () => {
    expect((await store.loadPlan()).sessions).to.deep.equal([]);
    expect(await store.loadSettings()).to.deep.equal({ temperatureUnit: 'C', persistenceAsked: false });
  });

  it('saves the plan sorted and reads it back after reopening', async () => {
    await store.savePlan({ sessions: [{ date: '2026-03-20' }, { date: '2026-03-01', note: 'Studio' }] });
    store.close();
    store = await IdbJournalStore.open(names[0]);
    expect((await store.loadPlan()).sessions.map((s) => s.date)).to.deep.equal(['2026-03-01', '2026-03-20']);
  });

  it('refuses an invalid plan with a sentence and keeps the old one', async () => {
    await store.savePlan({ sessions: [{ date: '2026-03-01' }] });
    let error: unknown;
    try {
      await store.savePlan({ sessions: [{ date: '2026-03-01' }, { date: '2026-03-01' }] });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(InvalidRecordError);
    expect(String(error)).to.match(/was not saved.*same date/);
    expect((await store.loadPlan()).sessions).to.deep.equal([{ date: '2026-03-01' }]);
  });

  it('keeps one check-in per date, lists them newest first, finds the previous one', async () => {
    await store.saveCheckIn(checkIn('2026-03-02'));
    await store.saveCheckIn(checkIn('2026-03-04'));
    await store.saveCheckIn(checkIn('2026-03-03', { swelling: 'none' }));
    await store.saveCheckIn(checkIn('2026-03-03', { swelling: 'moderate' }));
    expect((await store.checkIns()).map((c) => c.date)).to.deep.equal(['2026-03-04', '2026-03-03', '2026-03-02']);
    expect((await store.checkInOn('2026-03-03' as IsoDate))?.swelling).to.equal('moderate');
    expect((await store.checkInBefore('2026-03-04' as IsoDate))?.date).to.equal('2026-03-03');
    expect(await store.checkInBefore('2026-03-02' as IsoDate)).to.equal(undefined);
  });

  it('refuses a check-in with an impossible temperature and writes nothing', async () => {
    let error: unknown;
    try {
      await store.saveCheckIn(checkIn('2026-03-02', { temperatureC: 52 }));
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.match(
      /^InvalidRecordError: The check-in was not saved: the temperature is 52 °C, above 45 °C, which is not plausible\.$/,
    );
    expect(await store.checkIns()).to.deep.equal([]);
  });

  it('refuses a check-in on an impossible date', async () => {
    let error: unknown;
    try {
      await store.saveCheckIn(checkIn('2026-02-30'));
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.match(
      /the date is “2026-02-30”, which is not a date this app can use: 2026-02 has no day 30/,
    );
  });

  it('keeps adherence ticks per day', async () => {
    await store.saveAdherence({ date: '2026-03-07' as IsoDate, counts: { moisturise: 2 } });
    expect((await store.adherenceOn('2026-03-07' as IsoDate)).counts).to.deep.equal({ moisturise: 2 });
    expect((await store.adherenceOn('2026-03-08' as IsoDate)).counts).to.deep.equal({});
  });

  it('saves only the settings changed, so another connection’s setting saved meanwhile stays', async () => {
    const other = await IdbJournalStore.open(names[names.length - 1]!);
    try {
      await other.saveSettings({ theme: 'dark' });
      await store.saveSettings({ temperatureUnit: 'F', temperatureUnitChosen: true });
      expect(await other.loadSettings()).to.deep.equal({
        temperatureUnit: 'F',
        temperatureUnitChosen: true,
        theme: 'dark',
        persistenceAsked: false,
      });
    } finally {
      other.close();
    }
  });

  it('remembers the temperature unit', async () => {
    await store.saveSettings({ temperatureUnit: 'F', persistenceAsked: true });
    expect((await store.loadSettings()).temperatureUnit).to.equal('F');
  });

  it('refuses a check-in for a day still to come, naming it, and writes nothing', async () => {
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    const date = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`;
    let error: unknown;
    try {
      await store.saveCheckIn(checkIn(date));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(InvalidRecordError);
    expect((error as Error).message).to.match(
      /^The check-in of \w{3} \d+ \w{3} \d{4} was not saved: that day is still to come\.$/,
    );
    expect(await store.checkIns()).to.deep.equal([]);
  });

  describe('two tabs on one journal (two connections to the same database)', () => {
    let other: IdbJournalStore;
    beforeEach(async () => (other = await IdbJournalStore.open(names[0])));
    afterEach(() => other.close());

    it('refuses a check-in that would overwrite one saved since its form was filled, and keeps the newer', async () => {
      const theirs = checkIn('2026-03-03', { swelling: 'severe', savedAt: '2026-03-03T10:05:00.000Z' });
      await other.saveCheckIn(theirs);
      let error: unknown;
      try {
        // This tab's form was filled when there was no check-in of the day (basis null).
        await store.saveCheckIn(checkIn('2026-03-03', { swelling: 'none', savedAt: '2026-03-03T10:06:00.000Z' }), null);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(ChangedElsewhereError);
      expect((error as Error).message).to.equal(
        'The check-in of Tue 3 Mar 2026 was saved in another tab or window after this form was opened, so yours was not saved.',
      );
      expect(await store.checkInOn('2026-03-03' as IsoDate)).to.deep.equal(theirs);
      // Filled from theirs, the save goes through; without a basis (the person chose "Save mine") too.
      await store.saveCheckIn(
        checkIn('2026-03-03', { note: 'after theirs', savedAt: '2026-03-03T10:07:00.000Z' }),
        theirs,
      );
      expect((await other.checkInOn('2026-03-03' as IsoDate))?.note).to.equal('after theirs');
      await store.saveCheckIn(checkIn('2026-03-03', { note: 'mine anyway' }));
      expect((await other.checkInOn('2026-03-03' as IsoDate))?.note).to.equal('mine anyway');
    });

    it('tells two saves of the same millisecond apart (a check-in is compared whole, not by its time)', async () => {
      await store.saveCheckIn(checkIn('2026-03-03', { swelling: 'mild' }), null);
      const [shown] = await store.checkIns();
      await other.saveCheckIn(checkIn('2026-03-03', { swelling: 'severe' }), shown);
      let error: unknown;
      try {
        await store.saveCheckIn(checkIn('2026-03-03', { note: 'mine' }), shown);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(ChangedElsewhereError);
      expect((await store.checkInOn('2026-03-03' as IsoDate))?.swelling).to.equal('severe');
    });

    it('refuses a plan saved over one it did not show, and keeps the newer', async () => {
      const shown = await store.loadPlan();
      await other.savePlan({ sessions: [{ date: '2026-03-01' }, { date: '2026-03-20' }] });
      let error: unknown;
      try {
        await store.savePlan({ sessions: [{ date: '2026-03-05' }] }, shown);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(ChangedElsewhereError);
      expect((error as Error).message).to.match(/^Your plan was changed in another tab or window/);
      expect((await store.loadPlan()).sessions.map((s) => s.date)).to.deep.equal(['2026-03-01', '2026-03-20']);
      const current = await store.loadPlan();
      await store.savePlan({ sessions: [{ date: '2026-03-05' }] }, current);
      expect((await other.loadPlan()).sessions.map((s) => s.date)).to.deep.equal(['2026-03-05']);
    });

    it('keeps the ticks another tab made on the same day when this one ticks another box', async () => {
      const day = '2026-03-07' as IsoDate;
      await other.saveTick(day, 'hydrate', 1);
      await store.saveTick(day, 'damp-cloth', 2);
      expect((await other.adherenceOn(day)).counts).to.deep.equal({ hydrate: 1, 'damp-cloth': 2 });
      await store.saveTick(day, 'hydrate', 0);
      expect((await other.adherenceOn(day)).counts).to.deep.equal({ hydrate: 0, 'damp-cloth': 2 });
    });

    it('refuses a tick whose rule id is longer than a regimen may use, writing nothing', async () => {
      const day = '2026-03-07' as IsoDate;
      let error: unknown;
      try {
        await store.saveTick(day, 'a'.repeat(61), 1);
      } catch (e) {
        error = e;
      }
      expect((error as Error).message).to.match(
        /^The day’s ticks were not saved: the rule id “a+…” is too long \(at most 60 characters\)\.$/,
      );
      expect((await store.adherenceOn(day)).counts).to.deep.equal({});
    });
  });

  it('tells an old tab to step aside when a newer version opens', async () => {
    const name = names[0]!;
    let told = false;
    store.close();
    store = await IdbJournalStore.open(name, { onVersionChange: () => (told = true) });
    const newer = await openDB(name, JOURNAL_DB_VERSION + 1);
    expect(told).to.equal(true);
    expect(newer.version).to.equal(JOURNAL_DB_VERSION + 1);
    newer.close();
  });
});
