/** The words of the daily photo reminder: its notification, and how it is described in Settings and the options page. */

import { msg } from '@lit/localize';

/** The reminder's notification (the app's and the extension's alike), in the active language. */
export const PHOTO_REMINDER_NOTICE = {
  get title() {
    return msg('Time for today’s healing photo');
  },
  get message() {
    return msg('No photo yet today. Take it over the last one’s outline, so the days line up.');
  },
};

/** The reminder's setting, as Settings and the options page word it, in the active language. */
export const PHOTO_REMINDER_WORDS = {
  get heading() {
    return msg('Daily photo reminder');
  },
  get label() {
    return msg('Remind me at');
  },
  get off() {
    return msg('Off');
  },
  get hint() {
    return msg('A reminder at this time each day, unless today’s photo is already taken.');
  },
};
