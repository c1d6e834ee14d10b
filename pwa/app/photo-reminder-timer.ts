/**
 * The app's own daily photo reminder, while the app is open: a timer to the reminder time, then a
 * notification through the service worker (or the page's Notification where there is none), when
 * the person allowed notifications and today has no photo. Nothing leaves the device, and with no
 * push server a closed app cannot be woken: the companion extension's alarm is the reliable way
 * on a computer (README). Loaded only once a reminder time is set.
 */
import { localDateOf } from '../../src/calendar/local-date.ts';
import { isIsoDate } from '../../src/rules/index.ts';
import { nextReminderAt, reminderDue } from '../../src/reminder/photo-reminder.ts';
import { PHOTO_REMINDER_NOTICE } from '../../src/vocabulary/index.ts';
import type { JournalState } from './journal-state.ts';

/** Where this device keeps the day it last reminded (localStorage: the reminder is per device). */
export const LAST_SHOWN_KEY = 'smp-last-photo-reminder';
/** Longest wait setTimeout takes (about 24.8 days); the next reminder is always sooner. */
const MAX_TIMEOUT = 2 ** 31 - 1;

let timer: ReturnType<typeof setTimeout> | undefined;

/** Whether this browser lets the app show notifications now (the person allowed them). */
export function notificationsAllowed(): boolean {
  return typeof Notification === 'function' && Notification.permission === 'granted';
}

/** Follows the journal's reminder time: reminds now when due, and sets the timer for the next one (or stops). */
export function followPhotoReminder(journal: JournalState): void {
  clearTimeout(timer);
  const time = journal.settings.photoReminder ?? null;
  if (time === null) return;
  void remindIfDue(journal);
  const wait = nextReminderAt(time, new Date()).getTime() - Date.now();
  timer = setTimeout(
    () => {
      // A new day reloads the journal (which calls this again); the same day is checked now.
      journal.refreshToday();
      followPhotoReminder(journal);
    },
    Math.min(Math.max(wait, 0), MAX_TIMEOUT),
  );
}

/** Shows the reminder when it is due and allowed; returns whether it showed. */
export async function remindIfDue(journal: JournalState, now = new Date()): Promise<boolean> {
  // The journal's "photo today" is for its own day: after midnight it waits for the reload.
  if (!notificationsAllowed() || journal.today !== localDateOf(now)) return false;
  const last = localStorage.getItem(LAST_SHOWN_KEY);
  const due = reminderDue({
    time: journal.settings.photoReminder ?? null,
    now,
    photoToday: journal.photoToday,
    lastShown: isIsoDate(last) ? last : null,
  });
  if (!due) return false;
  try {
    await showNotification();
  } catch (error) {
    // Nothing the person can act on: the reminder on Today still says a photo is missing.
    console.warn('The photo reminder could not be shown:', error);
    return false;
  }
  localStorage.setItem(LAST_SHOWN_KEY, localDateOf(now));
  return true;
}

/** The notification, through the service worker where there is one (Android allows no other way). */
async function showNotification(): Promise<void> {
  const options: NotificationOptions = {
    body: PHOTO_REMINDER_NOTICE.message,
    icon: 'icons/icon-192.png',
    tag: 'photo-reminder',
    data: { route: '#/photos' },
  };
  const registration = await navigator.serviceWorker?.getRegistration();
  if (registration) await registration.showNotification(PHOTO_REMINDER_NOTICE.title, options);
  else new Notification(PHOTO_REMINDER_NOTICE.title, options);
}
