import { expect } from 'chai';
import type { IsoDate } from '../../src/rules/index.ts';
import { isReminderTime, nextReminderAt, reminderDue, type ReminderTime } from '../../src/reminder/photo-reminder.ts';

const at = (text: string) => new Date(text); // local time (no zone in the text)
const time = (text: string) => text as ReminderTime;
const day = (text: string) => text as IsoDate;

describe('the daily photo reminder: when it is due', () => {
  const base = { time: time('19:30'), now: at('2026-03-05T19:30:00'), photoToday: false, lastShown: null };

  it('is due once the time is reached, today has no photo and none was shown today', () => {
    expect(reminderDue(base)).to.equal(true);
    expect(reminderDue({ ...base, now: at('2026-03-05T23:59:59') }), 'later the same day').to.equal(true);
    expect(reminderDue({ ...base, lastShown: day('2026-03-04') }), 'shown yesterday').to.equal(true);
  });

  it('is not due before the time', () => {
    expect(reminderDue({ ...base, now: at('2026-03-05T19:29:59') })).to.equal(false);
    expect(reminderDue({ ...base, now: at('2026-03-05T00:00:00') })).to.equal(false);
  });

  it('stays quiet when today’s photo exists, once it was shown today, and when off', () => {
    expect(reminderDue({ ...base, photoToday: true })).to.equal(false);
    expect(reminderDue({ ...base, lastShown: day('2026-03-05') })).to.equal(false);
    expect(reminderDue({ ...base, time: null })).to.equal(false);
  });

  it('counts midnight and the last minute of the day', () => {
    expect(reminderDue({ ...base, time: time('00:00'), now: at('2026-03-05T00:00:00') })).to.equal(true);
    expect(reminderDue({ ...base, time: time('23:59'), now: at('2026-03-05T23:58:59') })).to.equal(false);
    expect(reminderDue({ ...base, time: time('23:59'), now: at('2026-03-05T23:59:00') })).to.equal(true);
  });
});

describe('the daily photo reminder: its time', () => {
  it('takes HH:MM on a 24-hour clock only', () => {
    for (const good of ['00:00', '07:05', '19:30', '23:59']) expect(isReminderTime(good), good).to.equal(true);
    for (const bad of ['24:00', '7:05', '19:60', '19:30:00', '7pm', '', ' 19:30', 1930, null])
      expect(isReminderTime(bad), String(bad)).to.equal(false);
  });

  it('comes next today while the time is ahead, else tomorrow', () => {
    expect(nextReminderAt(time('19:30'), at('2026-03-05T08:00:00')).getTime()).to.equal(
      at('2026-03-05T19:30:00').getTime(),
    );
    expect(nextReminderAt(time('19:30'), at('2026-03-05T19:30:00')).getTime(), 'exactly then: tomorrow').to.equal(
      at('2026-03-06T19:30:00').getTime(),
    );
    expect(nextReminderAt(time('07:00'), at('2026-12-31T22:00:00')).getTime(), 'across a year').to.equal(
      at('2027-01-01T07:00:00').getTime(),
    );
  });

  it('keeps the wall-clock time across a clock change (London, 29 March 2026)', () => {
    // Whatever the zone, the next reminder reads 19:30 on the local clock the next day.
    const next = nextReminderAt(time('19:30'), at('2026-03-28T20:00:00'));
    expect([next.getDate(), next.getHours(), next.getMinutes()]).to.deep.equal([29, 19, 30]);
  });
});
