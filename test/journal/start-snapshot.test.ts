import { expect } from 'chai';
import { clearStartSnapshot, readStartSnapshot, saveStartSnapshot } from '../../src/journal/start-snapshot.ts';
import { DEFAULT_REGIMEN, type IsoDate } from '../../src/rules/index.ts';

const snapshot = {
  plan: { sessions: [{ date: '2026-03-01', final: true }] },
  regimen: DEFAULT_REGIMEN,
  adherence: { date: '2026-03-03' as IsoDate, counts: { moisturise: 1 } },
  latestCheckIn: null,
  photoToday: true,
  backupDue: false,
  today: '2026-03-03' as IsoDate,
};

describe('the start-up snapshot (real localStorage)', () => {
  afterEach(() => clearStartSnapshot());

  it('reads back what was saved', () => {
    saveStartSnapshot(snapshot);
    expect(readStartSnapshot()).to.deep.equal(snapshot);
  });

  it('is null when nothing was saved, or after clearing', () => {
    expect(readStartSnapshot()).to.equal(null);
    saveStartSnapshot(snapshot);
    clearStartSnapshot();
    expect(readStartSnapshot()).to.equal(null);
  });

  it('ignores a damaged or tampered copy instead of painting it', () => {
    localStorage.setItem('smp-aftercare-start', '{not json');
    expect(readStartSnapshot()).to.equal(null);
    localStorage.setItem(
      'smp-aftercare-start',
      JSON.stringify({ ...snapshot, plan: { sessions: [{ date: '2026-02-30' }] } }),
    );
    expect(readStartSnapshot()).to.equal(null);
    localStorage.setItem('smp-aftercare-start', JSON.stringify({ ...snapshot, adherence: { date: 'x', counts: {} } }));
    expect(readStartSnapshot()).to.equal(null);
  });
});
