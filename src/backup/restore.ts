/**
 * Restoring a backup: read.ts reads and checks it while the journal's merge (src/journal/snapshot.ts)
 * writes each photo that has passed its checks, so the writing runs while the rest is read rather
 * than after it. Everything but the photos' bytes is checked before the first photo is written; a
 * photo refused later, a failed write or a screen giving up removes every photo written, so the
 * journal is as it was and the refusal's "Nothing was changed." holds.
 */
import type { JournalStore } from '../journal/store.ts';
import type { MergeSummary } from '../journal/snapshot.ts';
import { readBackup, type ReadBackupOptions } from './read.ts';

/** How a restore is run: as a read (`ReadBackupOptions`), its progress counting photos checked and in the journal. */
export type RestoreOptions = Omit<ReadBackupOptions, 'onChecked'>;

/**
 * Reads, checks and merges a backup into the journal. Progress is the photos checked and in the
 * journal (written, or there already) of all the backup's photos, with the size of its largest.
 * Refuses as `readBackup` does (a `BackupError`), fails as the merge does, and in both cases leaves
 * the journal as it was.
 */
export async function restoreBackup(
  file: Blob & { name?: string },
  store: JournalStore,
  { onProgress, signal, ...options }: RestoreOptions = {},
): Promise<MergeSummary> {
  const merge = await store.startMerge({ signal });
  let stored = 0;
  let total = 0;
  let largest = 0;
  const report = () => onProgress?.(stored, total, largest);
  let contents;
  try {
    contents = await readBackup(file, {
      ...options,
      // Stops when the screen gives up, and when a photo's write failed.
      signal: merge.signal,
      onProgress: (_read, all, biggest) => {
        [total, largest] = [all, biggest];
        report();
      },
      onChecked: (photo) =>
        void merge.add(photo).then((inJournal) => {
          if (!inJournal) return;
          stored += 1;
          report();
        }),
    });
  } catch (error) {
    await merge.undo();
    throw error;
  }
  // Undoes what it wrote itself if it fails.
  return merge.finish(contents);
}
