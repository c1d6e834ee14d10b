/** The words of the daily photo reminder: its notification, and how it is described in Settings and the options page. */

/** The reminder's notification (the app's and the extension's alike). */
export const PHOTO_REMINDER_NOTICE = {
  title: 'Time for today’s healing photo',
  message: 'No photo yet today. Take it over the last one’s outline, so the days line up.',
} as const;

/** The reminder's setting, as Settings and the options page word it. */
export const PHOTO_REMINDER_WORDS = {
  heading: 'Daily photo reminder',
  label: 'Remind me at',
  off: 'Off',
  hint: 'A reminder at this time each day, unless today’s photo is already taken.',
} as const;
