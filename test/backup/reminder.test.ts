import { expect } from 'chai';
import { backupReminderDue } from '../../src/backup/reminder.ts';

const now = new Date('2026-03-20T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

describe('the backup reminder', () => {
  it('stays quiet when there are no photos at all', () => {
    expect(backupReminderDue(undefined, [], now)).to.equal(false);
  });

  it('stays quiet when no photo was added since the last backup, however old it is', () => {
    expect(backupReminderDue(daysAgo(40), [daysAgo(41), daysAgo(50)], now)).to.equal(false);
  });

  it('stays quiet when photos are new but the last backup is less than a week old', () => {
    expect(backupReminderDue(daysAgo(6.9), [daysAgo(1)], now)).to.equal(false);
  });

  it('reminds when the last backup is a week old and photos were added since', () => {
    expect(backupReminderDue(daysAgo(7), [daysAgo(1)], now)).to.equal(true);
    expect(backupReminderDue(daysAgo(30), [daysAgo(31), daysAgo(2)], now)).to.equal(true);
  });

  it('with no backup ever, reminds once the oldest photo is a week old', () => {
    expect(backupReminderDue(undefined, [daysAgo(3), daysAgo(1)], now)).to.equal(false);
    expect(backupReminderDue(undefined, [daysAgo(8), daysAgo(1)], now)).to.equal(true);
  });
});
