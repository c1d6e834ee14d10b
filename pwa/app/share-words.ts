/** The Share screen's sentences: the check-ins' CSV panel, what a restore added, and what is said when an action got stuck. */
import type { MergeSummary } from '../../src/journal/snapshot.ts';
import { plural } from '../../src/vocabulary/index.ts';
import type { JournalState } from './journal-state.ts';

/** What the screen says when an action stopped making progress and was given up. */
export const STALLED = {
  backup: 'Making the backup got stuck, so no file was saved. Try again; if it happens again, reload the page.',
  restore: 'Restoring got stuck, so nothing was changed. Try again; if it happens again, reload the page.',
  report: 'Making the report got stuck, so no report was made. Try again; if it happens again, reload the page.',
} as const;

/** The words of the check-ins' CSV panel. */
export const CSV_WORDS = {
  heading: 'Check-ins as a spreadsheet',
  hint: 'Every check-in as one row of a CSV file (date, day of healing, each answer, the flags and your note), for a doctor or a spreadsheet app.',
  none: 'No check-ins yet: once you have checked in, you can save them all as a CSV file for a doctor or a spreadsheet app.',
  button: 'Download check-ins (CSV)',
  saved: (name: string, count: number) =>
    `Saved “${name}” (${plural(count, 'check-in')}). Open it in a spreadsheet app, or send it to your doctor.`,
} as const;

/** The largest photo of the journal, in bytes: what sizes how long one step may take. */
export const largestPhoto = (journal: JournalState) => journal.photos.reduce((most, p) => Math.max(most, p.bytes), 0);

/** What a restore added, in a sentence. */
export function summarise(summary: MergeSummary): string {
  const added = [
    summary.photos ? plural(summary.photos, 'photo') : '',
    summary.checkIns ? plural(summary.checkIns, 'check-in') : '',
    summary.adherence ? plural(summary.adherence, 'day', 'days') + ' of ticks' : '',
    summary.plan ? 'the treatment plan' : '',
    summary.regimen ? 'the technician’s regimen' : '',
  ].filter(Boolean);
  if (added.length === 0) return 'Everything in that backup was already in your journal: nothing needed restoring.';
  return `Restored ${added.join(', ')}. Everything that was already in your journal is unchanged.`;
}
