/**
 * The backup file's layout (see README.md beside this file). Shared by the writer and the reader,
 * so the two cannot drift apart.
 */
import type { PhotoRecord } from '../journal/records.ts';

/** Names the format inside manifest.json, so another app's ZIP is told apart from ours. */
export const BACKUP_FORMAT = 'smp-aftercare-journal-backup';
/** The version this app writes and the newest it reads. */
export const BACKUP_VERSION = 1;

export const MANIFEST_NAME = 'manifest.json';
export const JOURNAL_NAME = 'journal.json';

/** Limits that keep a hostile or damaged file from filling the device (a "ZIP bomb"). */
export const LIMITS = {
  /** manifest.json, uncompressed. */
  manifestBytes: 64 * 1024,
  /** journal.json, uncompressed: years of daily check-ins are well under 1 MB. */
  journalBytes: 32 * 1024 * 1024,
  /** One original photo: the largest a 49-megapixel PNG can be. */
  photoBytes: 256 * 1024 * 1024,
  /** One thumbnail. */
  thumbnailBytes: 4 * 1024 * 1024,
  /** Entries in the file (two per photo and the two JSON files). */
  entries: 40_002,
  /** Uncompressed over compressed size beyond which an entry is refused. */
  ratio: 100,
} as const;

/** The manifest, version 1. */
export interface BackupManifest {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: number;
  readonly createdAt: string;
  readonly app: string;
  readonly counts: { readonly photos: number; readonly checkIns: number; readonly adherence: number };
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'image/heic': 'heic',
  'image/heif': 'heif',
};

/** Where a photo's original bytes are kept in the file. */
export function originalPath(photo: Pick<PhotoRecord, 'id' | 'type'>): string {
  return `photos/${photo.id}.${EXTENSIONS[photo.type] ?? 'bin'}`;
}

/** Where a photo's thumbnail is kept in the file. */
export function thumbnailPath(photo: Pick<PhotoRecord, 'id'>): string {
  return `thumbnails/${photo.id}.jpg`;
}

/** The file name offered when saving a backup made on `date` (YYYY-MM-DD). */
export function backupFileName(date: string): string {
  return `smp-aftercare-backup-${date}.zip`;
}
