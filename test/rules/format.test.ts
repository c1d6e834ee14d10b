import { expect } from 'chai';
import fc from 'fast-check';
import { describeDate, shiftDays, type IsoDate } from '../../src/rules/index.ts';

// The words Intl gives for a date in English, in UTC: what describeDate must say without it.
const intl = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const intlWords = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const parts = Object.fromEntries(intl.formatToParts(new Date(Date.UTC(y, m - 1, d))).map((p) => [p.type, p.value]));
  return `${parts['weekday']} ${parts['day']} ${parts['month']} ${parts['year']}`;
};

describe('describeDate', () => {
  it('words a date as "Thu 5 Mar 2026"', () => {
    expect(describeDate('2026-03-05' as IsoDate)).to.equal('Thu 5 Mar 2026');
    expect(describeDate('2028-02-29' as IsoDate)).to.equal('Tue 29 Feb 2028');
    expect(describeDate('2025-12-31' as IsoDate)).to.equal('Wed 31 Dec 2025');
  });

  it('says what Intl says in English for any date from 1970 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 84_000 }), (offset) => {
        const date = shiftDays('1970-01-01' as IsoDate, offset);
        return describeDate(date) === intlWords(date);
      }),
      { numRuns: 2000 },
    );
  });
});
