// Restore figures for `npm run bench`: a backup of the backup bench's journal restored into an
// empty database with the app's code (read, check every photo, and write it while the next is
// read), against the floor of reading the same ZIP with zip.js alone (every entry into a Blob,
// checksums checked); and the restore's checks alone.
import { BlobReader, BlobWriter, ZipReader, type FileEntry } from '@zip.js/zip.js/lib/zip-core-native.js';
import { deleteDB } from 'idb';
import { photoProblem, readBackup } from '../src/backup/read.ts';
import { restoreBackup } from '../src/backup/restore.ts';
import { DecodePool } from '../src/journal/photo-decode.ts';
import type { JournalImport } from '../src/journal/snapshot.ts';
import { makeBackup } from '../src/backup/write.ts';
import { IdbJournalStore } from '../src/journal/store.ts';
import type { IsoDate } from '../src/rules/index.ts';
import { measured } from './backup-bench.ts';

const TARGET = 'bench-restore-target';
const backups = new Map<string, File>();
const contents = new Map<string, JournalImport>();

/** The backup of database `name` (made once per page). */
async function backupOf(name: string): Promise<File> {
  let file = backups.get(name);
  if (!file) {
    const store = await IdbJournalStore.open(name);
    try {
      file = await makeBackup(store, '2026-03-01');
    } finally {
      store.close();
    }
    backups.set(name, file);
  }
  return file;
}

export const restoreBench = {
  /** Makes the backup of database `name` ahead of the timed runs; returns its size in bytes. */
  async prepareRestore(name: string): Promise<number> {
    return (await backupOf(name)).size;
  },
  /** The app's restore of the backup of `name` into an empty database: read, check, write (ms). */
  async restoreOnce(name: string, memory = false) {
    const file = await backupOf(name);
    await deleteDB(TARGET);
    const store = await IdbJournalStore.open(TARGET);
    try {
      return await measured(async () => {
        let photos = 0;
        const merged = await restoreBackup(file, store, {
          today: '2026-12-31' as IsoDate,
          onProgress: (_done, total) => (photos = total),
        });
        if (merged.photos !== photos) throw new Error(`restored ${merged.photos} of ${photos} photos`);
        return file.size;
      }, memory);
    } finally {
      store.close();
      await deleteDB(TARGET);
    }
  },
  /** The floor: the same ZIP read with zip.js alone, every entry into a Blob with its checksum checked (ms). */
  async unzipOnce(name: string, memory = false) {
    const file = await backupOf(name);
    return measured(async () => {
      const reader = new ZipReader(new BlobReader(file));
      let bytes = 0;
      for (const entry of await reader.getEntries()) {
        if (entry.directory) continue;
        bytes += (await (entry as FileEntry).getData(new BlobWriter(), { checkSignature: true })).size;
      }
      await reader.close();
      return bytes;
    }, memory);
  },
  /**
   * What the restore's checks cost alone: every photo of the backup of `name` checked as the restore
   * checks it (read.ts's `photoProblem`, two photos at a time), from slices read beforehand; no
   * read, no write (ms).
   */
  async checksOnce(name: string) {
    let restored = contents.get(name);
    if (!restored) {
      restored = await readBackup(await backupOf(name), { today: '2026-12-31' as IsoDate });
      contents.set(name, restored);
    }
    const { originals, thumbnails } = restored;
    const pool = new DecodePool();
    const started = performance.now();
    try {
      const checking = new Set<Promise<void>>();
      for (const photo of restored.photos) {
        const check: Promise<void> = photoProblem(
          photo,
          originals.get(photo.id) as Blob,
          thumbnails.get(photo.id) as Blob,
          pool,
        ).then((why) => {
          checking.delete(check);
          if (why) throw new Error(why);
        });
        checking.add(check);
        while (checking.size >= 2) await Promise.race(checking);
      }
      await Promise.all(checking);
      return performance.now() - started;
    } finally {
      pool.close();
    }
  },
};
