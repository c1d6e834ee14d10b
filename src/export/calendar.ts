/**
 * The milestones of a plan as an iCalendar (.ics) file, so phone calendars remind the person even
 * when the app is closed. UIDs are made from the rule and the number of the session it counts from,
 * so exporting again after a plan change updates events instead of duplicating them. On request it
 * adds a daily photo reminder (an event with an alarm) for the first 30 days after the latest
 * session, at the app's reminder time. Titles, descriptions and the alarm are in the active
 * language (the built-in regimen's too); a regimen someone wrote keeps its words. Loaded only when used.
 */
import { msg } from '@lit/localize';
import { createEvents } from 'ics';
import { DEFAULT_REGIMEN, type Plan, type Regimen } from '../rules/index.ts';
import { SentenceError } from '../vocabulary/index.ts';
import type { ReminderTime } from '../reminder/photo-reminder.ts';
import { CALENDAR_REMINDER_DAYS, calendarEvents } from './calendar-events.ts';

export { CALENDAR_REMINDER_DAYS };

/**
 * The .ics text for a plan's milestones, with the daily photo reminder at `photoReminder` when
 * given; throws with a sentence if it cannot be made.
 */
export function milestonesCalendar(
  plan: Plan,
  regimen: Regimen = DEFAULT_REGIMEN,
  { photoReminder }: { readonly photoReminder?: ReminderTime } = {},
): string {
  const { error, value: written } = createEvents(calendarEvents(plan, regimen, { photoReminder }));
  // ics writes a zero duration as "PT", which calendars (and ical.js) refuse: the reminder's alarm,
  // at the event's start, is written as the valid "PT0S".
  const value = written?.replace(/^TRIGGER:-?PT\r?$/gm, 'TRIGGER:PT0S\r');
  if (error || !value) {
    console.warn('ics could not make the calendar:', error);
    throw new SentenceError(
      msg(
        'The calendar file could not be made, so nothing was downloaded. Try again; if it happens again, reload the page.',
      ),
    );
  }
  return value;
}
