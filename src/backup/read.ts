/**
 * Reads a backup file and checks all of it: that it is a ZIP, that it is ours and not from a newer
 * app, that every entry name is one we write (no path tricks), that no entry is absurdly large or
 * compressed beyond reason (a ZIP bomb), that every photo the journal lists is there with its size
 * and checksum, and nothing else is, all before any photo is read; then each photo's bytes, which
 * must be the picture its record says. zip.js reads the file in slices, so a backup larger than
 * memory can be read; each photo becomes a slice of the file (its checksum checked), not a copy.
 * A restore writes each photo once it has passed (`onChecked`) and undoes them if a later one fails.
 */
import { msg, str } from '@lit/localize';
import { BlobReader, ZipReader, configure, type Entry, type FileEntry } from '@zip.js/zip.js/lib/zip-core-native.js';
import { readEntry, readJson } from './entries.ts';
import { localToday } from '../calendar/local-date.ts';
import { DecodePool, MAX_PIXELS } from '../journal/photo-decode.ts';
import { readHeaderSize, sniffImageType } from '../journal/photo-import.ts';
import type { StoredPhoto } from '../journal/photo-library.ts';
import type { PhotoRecord } from '../journal/records.ts';
import { checkSnapshot } from '../journal/snapshot-check.ts';
import type { IsoDate } from '../rules/index.ts';
import { SentenceError, describeBytes, shownName } from '../vocabulary/index.ts';
import type { JournalImport } from '../journal/snapshot.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  JOURNAL_NAME,
  LIMITS,
  MANIFEST_NAME,
  originalPath,
  thumbnailPath,
} from './format.ts';

// Photos are stored, not deflated, and the JSON is small: no worker needed.
configure({ useWebWorkers: false });

/**
 * A backup refused before anything was written; the message is for people and ends "Nothing was
 * changed." Exported so a refusal can be told from a failure (the tests do).
 */
export class BackupError extends SentenceError {
  override readonly name = 'BackupError';
}

const ZIP_MAGIC = [0x50, 0x4b];
const ALLOWED_FOLDERS = new Set(['photos/', 'thumbnails/']);

/** Why an entry name is not one of ours, or null when it is harmless to look at. */
function unsafeName(name: string): string | null {
  if (name.includes('\\') || name.startsWith('/') || /^[a-z]:/i.test(name) || name.includes('\0'))
    return msg('points outside the backup');
  if (name.split('/').some((part) => part === '..' || part === '.')) return msg('points outside the backup');
  return null;
}

/**
 * How a backup is read: progress, a signal that stops it between photos, the day it counts as today
 * (check-ins and photos after it are refused), and the photo decoders.
 */
export interface ReadBackupOptions {
  /** Photos read of all, and the size of the largest (so a screen can size how long one may take). */
  readonly onProgress?: (done: number, total: number, largestBytes: number) => void;
  readonly signal?: AbortSignal;
  readonly today?: IsoDate;
  /** Decodes each photo to prove it is one (`check`); one is made (and closed) for the restore when not given. */
  readonly pool?: DecodePool;
  /** Hears each photo once it has passed every check, in any order (a restore writes it while the next are read). */
  readonly onChecked?: (photo: StoredPhoto) => void;
}

/** How many photos are decoded at once (as an import does). */
const DECODING_AT_ONCE = 2;

/**
 * Why a photo's bytes are not the picture its record says, as a clause, or null when they are: its
 * first bytes must be an image of the recorded type (its name and record can lie, its bytes cannot),
 * it must decode (within the import's size limit), and its thumbnail must be a JPEG that decodes.
 * Exported for the bench, which times these checks alone.
 */
export async function photoProblem(
  photo: PhotoRecord,
  original: Blob,
  thumbnail: Blob,
  pool: DecodePool,
): Promise<string | null> {
  const name = originalPath(photo);
  try {
    // As much as an import reads for the header's size (which lets a JPEG be checked at an eighth of it).
    const head = new Uint8Array(await original.slice(0, 256 * 1024).arrayBuffer());
    const sniffed = sniffImageType(head);
    if (sniffed === null) return msg(str`the photo file ${name} is not a picture (its contents are not an image)`);
    if (sniffed !== photo.type)
      return msg(str`the photo file ${name} is not the kind of picture its record says (${photo.type})`);
    const thumbnailHead = new Uint8Array(await thumbnail.slice(0, 64 * 1024).arrayBuffer());
    const notThumbnail = msg(str`the thumbnail ${thumbnailPath(photo)} is not a picture`);
    if (sniffImageType(thumbnailHead) !== 'image/jpeg') return notThumbnail;
    // The thumbnail is decoded too, as an import would show it (small: at most a few tens of KB,
    // at an eighth of its size where the header gives it): a JPEG signature alone proves nothing.
    // Both at once, so the thumbnail's check does not wait for the photo's.
    const [decoded, small] = await Promise.all([
      pool.check(original, readHeaderSize(head, sniffed)),
      pool.check(thumbnail, readHeaderSize(thumbnailHead, 'image/jpeg')),
    ]);
    if (decoded.ok) return small.ok ? null : small.reason === 'unfinished' ? unfinished(name) : notThumbnail;
    if (decoded.reason === 'too-large')
      return msg(
        str`the photo file ${name} is ${Math.round((decoded.width * decoded.height) / 1e6)} megapixels, more than the ${MAX_PIXELS / 1e6} this app takes`,
      );
    if (decoded.reason === 'damaged')
      return msg(str`the photo file ${name} is damaged (it does not open as a picture)`);
  } catch {
    // Like an unfinished decode: the photo could not be checked.
  }
  return unfinished(name);
}

/** The clause for a photo whose check did not finish. */
const unfinished = (name: string) => msg(str`the photo file ${name} could not be checked in time. Try again`);

/**
 * Reads and checks a whole backup; resolves with everything in it, ready to merge. Refuses with a
 * `BackupError` sentence, having written nothing.
 */
export async function readBackup(
  file: Blob & { name?: string },
  options: ReadBackupOptions = {},
): Promise<JournalImport> {
  const fail = (why: string): never => {
    // The file's name and its entries' names come from outside: shown without hidden characters.
    const name = shownName(file.name ?? '');
    throw new BackupError(
      name
        ? msg(str`“${name}” cannot be restored: ${why}. Nothing was changed.`)
        : msg(str`The file cannot be restored: ${why}. Nothing was changed.`),
    );
  };
  if (file.size === 0) fail(msg('it is empty (0 bytes)'));
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (head[0] !== ZIP_MAGIC[0] || head[1] !== ZIP_MAGIC[1])
    fail(msg('it is not a backup of this app (not a ZIP file). Choose the .zip file the app saved'));

  const reader = new ZipReader(new BlobReader(file), { filenameValidation: 'tolerant' });
  try {
    let entries: Entry[];
    try {
      entries = await reader.getEntries();
    } catch {
      return fail(msg('it is not a readable ZIP file (it may be damaged or incomplete)'));
    }
    if (entries.length > LIMITS.entries) fail(msg(str`it holds ${entries.length} files, more than any journal has`));
    const files = new Map<string, FileEntry>();
    for (const entry of entries) {
      const why = unsafeName(entry.filename);
      const inside = shownName(entry.filename);
      if (why) fail(msg(str`it holds a file named “${inside}”, which ${why}`));
      if (entry.encrypted) fail(msg(str`“${inside}” inside it is encrypted`));
      if (entry.directory) {
        if (!ALLOWED_FOLDERS.has(entry.filename)) fail(msg(str`it holds a folder this app does not make: “${inside}”`));
        continue;
      }
      if (files.has(entry.filename)) fail(msg(str`it holds “${inside}” twice`));
      const { uncompressedSize: size, compressedSize: packed } = entry;
      if (size > 1e6 && size > packed * LIMITS.ratio)
        fail(
          msg(
            str`“${inside}” inside it would unpack to ${describeBytes(size, 'MB')} from ${describeBytes(packed, 'MB')} (a ZIP bomb)`,
          ),
        );
      files.set(entry.filename, entry);
    }

    const manifestEntry = files.get(MANIFEST_NAME);
    if (!manifestEntry) return fail(msg(str`it is not a backup of this app (it has no ${MANIFEST_NAME})`));
    if (manifestEntry.uncompressedSize > LIMITS.manifestBytes) fail(msg(str`its ${MANIFEST_NAME} is too large`));
    const manifest = (await readJson(manifestEntry, fail)) as { format?: unknown; version?: unknown } | null;
    if (manifest?.format !== BACKUP_FORMAT)
      fail(msg('it is not a backup of this app (its manifest is of another kind)'));
    const version = manifest?.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      fail(msg(str`its format version (${JSON.stringify(version)}) is not one this app knows`));
    if ((version as number) > BACKUP_VERSION)
      fail(
        msg(
          str`it was made by a newer version of the app (backup format ${String(version)}; this app reads up to ${BACKUP_VERSION}). Update the app, then restore`,
        ),
      );

    const journalEntry = files.get(JOURNAL_NAME);
    if (!journalEntry) return fail(msg(str`it has no ${JOURNAL_NAME} (the records are missing)`));
    if (journalEntry.uncompressedSize > LIMITS.journalBytes)
      fail(
        msg(
          str`its ${JOURNAL_NAME} is ${describeBytes(journalEntry.uncompressedSize, 'MB')}, far more than a journal holds`,
        ),
      );
    const checked = checkSnapshot(await readJson(journalEntry, fail), options.today ?? localToday());
    if (!checked.ok) return fail(msg(str`in its records, ${checked.error}`));
    const snapshot = checked.value;

    // Exactly the files the records name: nothing missing, nothing extra, each the right size.
    const expected = new Set([MANIFEST_NAME, JOURNAL_NAME]);
    for (const photo of snapshot.photos) {
      const original = files.get(originalPath(photo));
      const thumbnail = files.get(thumbnailPath(photo));
      if (!original || !thumbnail)
        fail(
          msg(
            str`the photo of ${photo.date} is listed but its file ${original ? thumbnailPath(photo) : originalPath(photo)} is missing`,
          ),
        );
      if (original?.uncompressedSize !== photo.bytes || photo.bytes > LIMITS.photoBytes)
        fail(msg(str`the photo file ${originalPath(photo)} is not the size its record says`));
      if ((thumbnail?.uncompressedSize ?? 0) > LIMITS.thumbnailBytes)
        fail(msg(str`the thumbnail ${thumbnailPath(photo)} is too large`));
      expected.add(originalPath(photo)).add(thumbnailPath(photo));
    }
    for (const name of files.keys())
      if (!expected.has(name)) fail(msg(str`it holds a file the records do not list: “${shownName(name)}”`));

    const needed = snapshot.photos.reduce((sum, p) => sum + p.bytes, 0);
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    if (estimate?.quota !== undefined && estimate.usage !== undefined && needed > estimate.quota - estimate.usage)
      fail(
        msg(
          str`its photos need ${describeBytes(needed, 'MB')} and this device has ${describeBytes(estimate.quota - estimate.usage, 'MB')} free for the app`,
        ),
      );

    const originals = new Map<string, Blob>();
    const thumbnails = new Map<string, Blob>();
    const { onProgress, signal } = options;
    const largest = snapshot.photos.reduce((most, p) => Math.max(most, p.bytes), 0);
    onProgress?.(0, snapshot.photos.length, largest);
    // Each photo is read, then decoded (two at once) while the next is read: a file that is not a
    // picture is refused as an import would refuse it.
    let problem: string | null = null;
    const checking = new Set<Promise<void>>();
    const pool = options.pool ?? (snapshot.photos.length ? new DecodePool() : null);
    try {
      for (const [i, photo] of snapshot.photos.entries()) {
        signal?.throwIfAborted();
        const original = await readEntry(files.get(originalPath(photo)) as FileEntry, photo.type, fail, file);
        const thumbnail = await readEntry(files.get(thumbnailPath(photo)) as FileEntry, 'image/jpeg', fail, file);
        originals.set(photo.id, original);
        thumbnails.set(photo.id, thumbnail);
        const check: Promise<void> = photoProblem(photo, original, thumbnail, pool as DecodePool).then((why) => {
          problem ??= why;
          checking.delete(check);
          // Handed on only while nothing was refused (this photo included) and the read goes on.
          if (!problem && !signal?.aborted) options.onChecked?.({ record: photo, original, thumbnail });
        });
        checking.add(check);
        while (checking.size >= DECODING_AT_ONCE) await Promise.race(checking);
        if (problem) fail(problem);
        onProgress?.(i + 1, snapshot.photos.length, largest);
      }
      await Promise.all(checking);
      if (problem) fail(problem);
    } finally {
      if (!options.pool) pool?.close();
    }
    return { ...snapshot, originals, thumbnails };
  } finally {
    await reader.close().catch(() => undefined);
  }
}
