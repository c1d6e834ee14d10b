/** When to remind the person to back up: pure, the time is passed in. */

/** How old the last backup may get before a reminder, when photos were added since. */
const BACKUP_REMINDER_AFTER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * True when photos were added since the last backup (or there never was one) and that backup (or,
 * with none, the oldest photo not in one) is at least a week old. No new photos: no reminder.
 */
export function backupReminderDue(
  lastBackupAt: string | undefined,
  photosAddedAt: readonly string[],
  now: Date,
): boolean {
  const last = lastBackupAt ? Date.parse(lastBackupAt) : Number.NEGATIVE_INFINITY;
  const unsaved = photosAddedAt.map((at) => Date.parse(at)).filter((at) => at > last);
  if (unsaved.length === 0) return false;
  const since = Number.isFinite(last) ? last : Math.min(...unsaved);
  return now.getTime() - since >= BACKUP_REMINDER_AFTER_DAYS * DAY_MS;
}
