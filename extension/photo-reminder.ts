/**
 * The daily photo reminder: a notification at the chosen time, unless today's photo is taken (as
 * the PWA last said) or one was shown today. The time comes from the PWA's Settings (plan message
 * version 4) or from the options page; the PWA says only yes or no for "photo taken today". Needs
 * the optional `notifications` permission (asked for on the options page); without it nothing shows.
 * One alarm at the next reminder time, re-created after it fires, at start-up and when the time changes.
 */
import { localDateOf } from '../src/calendar/local-date.ts';
import { isIsoDate, type IsoDate } from '../src/rules/index.ts';
import { isReminderTime, nextReminderAt, reminderDue, type ReminderTime } from '../src/reminder/photo-reminder.ts';
import { PHOTO_REMINDER_NOTICE } from '../src/vocabulary/index.ts';

const ALARM = 'photo-reminder';
/** The reminder time (`HH:MM`), absent when off. */
export const REMINDER_TIME_KEY = 'photoReminder';
/** The last day the PWA said today's photo was taken. */
const PHOTO_DAY_KEY = 'photoTakenOn';
/** The last day a reminder was shown (so it shows at most once a day). */
export const LAST_REMINDER_KEY = 'lastPhotoReminder';
/** The notification's id: one at a time, cleared once the photo is taken. */
const NOTIFICATION = 'photo-reminder';

/** The stored reminder time, or null when off (or what is stored is not a time). */
export async function loadReminderTime(): Promise<ReminderTime | null> {
  const stored: unknown = (await chrome.storage.local.get(REMINDER_TIME_KEY))[REMINDER_TIME_KEY];
  return isReminderTime(stored) ? stored : null;
}

/** Stores the reminder time (null: off) and schedules its alarm. */
export async function saveReminderTime(time: ReminderTime | null): Promise<void> {
  if (time === null) await chrome.storage.local.remove(REMINDER_TIME_KEY);
  else await chrome.storage.local.set({ [REMINDER_TIME_KEY]: time });
  await schedulePhotoReminder();
}

/**
 * Takes what a validated plan message said about the reminder: the app's time when it sent one
 * (absent: the time here stays), and today's photo (taken: a shown reminder is cleared).
 */
export async function receiveReminderFacts(
  facts: { readonly photoToday?: boolean; readonly photoReminder?: ReminderTime | null },
  now = new Date(),
): Promise<void> {
  if (facts.photoReminder !== undefined && facts.photoReminder !== (await loadReminderTime())) {
    await saveReminderTime(facts.photoReminder);
  }
  if (facts.photoToday === true) {
    const today = localDateOf(now);
    if ((await chrome.storage.local.get(PHOTO_DAY_KEY))[PHOTO_DAY_KEY] !== today) {
      await chrome.storage.local.set({ [PHOTO_DAY_KEY]: today });
    }
    await chrome.notifications?.clear(NOTIFICATION);
  }
}

/** (Re)creates the alarm for the next reminder time, or removes it when the reminder is off. */
export async function schedulePhotoReminder(now = new Date()): Promise<void> {
  const time = await loadReminderTime();
  if (time === null) await chrome.alarms.clear(ALARM);
  else await chrome.alarms.create(ALARM, { when: nextReminderAt(time, now).getTime() });
}

/** Whether an alarm is the photo reminder's. */
export function isPhotoReminderAlarm(alarm: chrome.alarms.Alarm): boolean {
  return alarm.name === ALARM;
}

const storedDate = (value: unknown): IsoDate | null => (isIsoDate(value) ? value : null);

/** Shows the reminder when it is due and notifications are allowed; returns whether it showed. */
export async function remindIfDue(now = new Date()): Promise<boolean> {
  if (!chrome.notifications) return false;
  const stored = await chrome.storage.local.get([REMINDER_TIME_KEY, PHOTO_DAY_KEY, LAST_REMINDER_KEY]);
  const today = localDateOf(now);
  const due = reminderDue({
    time: isReminderTime(stored[REMINDER_TIME_KEY]) ? stored[REMINDER_TIME_KEY] : null,
    now,
    photoToday: stored[PHOTO_DAY_KEY] === today,
    lastShown: storedDate(stored[LAST_REMINDER_KEY]),
  });
  if (!due) return false;
  await chrome.notifications.create(NOTIFICATION, {
    type: 'basic',
    iconUrl: 'icons/icon-128.png',
    ...PHOTO_REMINDER_NOTICE,
  });
  await chrome.storage.local.set({ [LAST_REMINDER_KEY]: today });
  return true;
}
