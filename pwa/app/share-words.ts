/** The Share screen's sentences: the check-ins' CSV panel, what a restore added, and what is said when an action got stuck. */
import { msg, str } from '@lit/localize';
import type { MergeSummary } from '../../src/journal/snapshot.ts';
import type { JournalState } from './journal-state.ts';

/** "1 photo", "3 photos", in the language in use. */
export const photoCount = (n: number) => (n === 1 ? msg('1 photo') : msg(str`${n} photos`));
/** "1 check-in", "3 check-ins", in the language in use. */
export const checkInCount = (n: number) => (n === 1 ? msg('1 check-in') : msg(str`${n} check-ins`));

/** What the screen says when an action stopped making progress and was given up. */
export const stalled = () => ({
  backup: msg('Making the backup got stuck, so no file was saved. Try again; if it happens again, reload the page.'),
  restore: msg('Restoring got stuck, so nothing was changed. Try again; if it happens again, reload the page.'),
  report: msg('Making the report got stuck, so no report was made. Try again; if it happens again, reload the page.'),
});

/** The words of the check-ins' CSV panel (read in the language in use). */
export const csvWords = () => ({
  heading: msg('Check-ins as a spreadsheet'),
  hint: msg(
    'Every check-in as one row of a CSV file (date, day of healing, each answer, the flags and your note), for a doctor or a spreadsheet app.',
  ),
  none: msg(
    'No check-ins yet: once you have checked in, you can save them all as a CSV file for a doctor or a spreadsheet app.',
  ),
  button: msg('Download check-ins (CSV)'),
  saved: (name: string, count: number) => {
    const counted = checkInCount(count);
    return msg(str`Saved “${name}” (${counted}). Open it in a spreadsheet app, or send it to your doctor.`);
  },
});

/** The largest photo of the journal, in bytes: what sizes how long one step may take. */
export const largestPhoto = (journal: JournalState) => journal.photos.reduce((most, p) => Math.max(most, p.bytes), 0);

/** What a restore added, in a sentence. */
export function summarise(summary: MergeSummary): string {
  const days = summary.adherence;
  const added = [
    summary.photos ? photoCount(summary.photos) : '',
    summary.checkIns ? checkInCount(summary.checkIns) : '',
    days ? (days === 1 ? msg('1 day of ticks') : msg(str`${days} days of ticks`)) : '',
    summary.plan ? msg('the treatment plan') : '',
    summary.regimen ? msg('the technician’s regimen') : '',
  ].filter(Boolean);
  if (added.length === 0)
    return msg('Everything in that backup was already in your journal: nothing needed restoring.');
  const list = added.join(', ');
  return msg(str`Restored ${list}. Everything that was already in your journal is unchanged.`);
}
