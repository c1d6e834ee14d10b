import { expect } from 'chai';
import { localDateOf, msUntilNextLocalMidnight } from '../../src/calendar/local-date.ts';
import { statusOn } from '../../src/rules/index.ts';

// Chromium may report Kathmandu by its older spelling.
const ZONES = ['Europe/London', 'America/Santiago', 'Pacific/Auckland', 'Asia/Kathmandu', 'Asia/Katmandu'];
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`calendar dates in the time zone ${zone}`, () => {
  it('runs in one of the configured zones (TZ reached the browser)', () => {
    expect(ZONES).to.include(zone);
  });

  it('turns local instants into the local calendar date, at both ends of the day', () => {
    expect(localDateOf(new Date(2026, 2, 29, 0, 0, 1))).to.equal('2026-03-29');
    expect(localDateOf(new Date(2026, 2, 29, 23, 59, 59))).to.equal('2026-03-29');
    expect(localDateOf(new Date(2026, 8, 6, 0, 30))).to.equal('2026-09-06');
    expect(localDateOf(new Date(2026, 9, 25, 1, 30))).to.equal('2026-10-25');
  });

  it('gives the same day number at every hour of a DST day', () => {
    for (let hour = 0; hour < 24; hour += 1) {
      const today = localDateOf(new Date(2026, 2, 29, hour, 15));
      expect(statusOn({ sessions: [{ date: '2026-03-27' }] }, today).day, `hour ${hour}`).to.equal(3);
    }
  });

  it('finds the next local midnight within a day', () => {
    const wait = msUntilNextLocalMidnight(new Date(2026, 2, 28, 23, 0));
    const after = new Date(new Date(2026, 2, 28, 23, 0).getTime() + wait);
    expect(localDateOf(after)).to.equal('2026-03-29');
    expect(wait)
      .to.be.greaterThan(0)
      .and.at.most(2 * 3600 * 1000);
  });
});
