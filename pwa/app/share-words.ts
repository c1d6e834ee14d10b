/** The Share screen's sentences: what a restore added, and what is said when an action got stuck. */
import type { MergeSummary } from '../../src/journal/snapshot.ts';
import { plural } from '../../src/vocabulary/index.ts';
import type { JournalState } from './journal-state.ts';

/** What the screen says when an action stopped making progress and was given up. */
export const STALLED = {
  backup: 'Making the backup got stuck, so no file was saved. Try again; if it happens again, reload the page.',
  restore: 'Restoring got stuck, so nothing was changed. Try again; if it happens again, reload the page.',
  report: 'Making the report got stuck, so no report was made. Try again; if it happens again, reload the page.',
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
