/**
 * The events of the milestones calendar (see calendar.ts), in the active language: each
 * milestone, the cancelled ones a later session put off, and the daily photo reminder. Only a
 * type comes from `ics`, so the words can be checked without the library.
 */
import { msg, str } from '@lit/localize';
import type { EventAttributes } from 'ics';
import { DEFAULT_REGIMEN, milestones, shiftDays, type IsoDate, type Plan, type Regimen } from '../rules/index.ts';
import { PHOTO_REMINDER_NOTICE, SentenceError } from '../vocabulary/index.ts';
import type { ReminderTime } from '../reminder/photo-reminder.ts';

/** How many days the calendar's photo reminder repeats, from the latest session's day. */
export const CALENDAR_REMINDER_DAYS = 30;

const UID_DOMAIN = 'smp-aftercare-journal';

/** The calendar's name, as a phone's calendar app lists it. */
const calendarName = () => msg('SMP aftercare');

const ymd = (date: IsoDate): [number, number, number] => date.split('-').map(Number) as [number, number, number];

/**
 * The daily photo reminder as one repeating event at `time` (floating local time, so it rings at
 * that hour wherever the phone is), with an alarm, from the latest session for 30 days. Its UID is
 * fixed: exporting again after a new session moves it rather than adding a second.
 */
function photoReminderEvent(plan: Plan, time: ReminderTime): EventAttributes | null {
  const latest = plan.sessions
    .map((s) => s.date)
    .sort()
    .at(-1);
  if (!latest) return null;
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return {
    uid: `photo-reminder@${UID_DOMAIN}`,
    calName: calendarName(),
    productId: 'smp-aftercare-journal',
    title: PHOTO_REMINDER_NOTICE.title,
    description: PHOTO_REMINDER_NOTICE.message,
    start: [...ymd(latest as IsoDate), hour, minute],
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: 5 },
    recurrenceRule: `FREQ=DAILY;COUNT=${CALENDAR_REMINDER_DAYS}`,
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    alarms: [{ action: 'display', description: PHOTO_REMINDER_NOTICE.title, trigger: { minutes: 0, before: true } }],
  };
}

/**
 * The calendar's events for a plan's milestones, with the daily photo reminder at `photoReminder`
 * when given; throws with a sentence when there are none.
 */
export function calendarEvents(
  plan: Plan,
  regimen: Regimen = DEFAULT_REGIMEN,
  { photoReminder }: { readonly photoReminder?: ReminderTime } = {},
): EventAttributes[] {
  // Numbered sessions (1st, 2nd, …): moving a session's date updates its events rather than adding new ones.
  const order = [...new Set(plan.sessions.map((s) => s.date))].sort() as IsoDate[];
  const uidOf = (ruleId: string | null, sessionDate: string) =>
    `${ruleId ?? 'session'}.session-${order.indexOf(sessionDate as IsoDate) + 1}@${UID_DOMAIN}`;
  const common = {
    calName: calendarName(),
    productId: 'smp-aftercare-journal',
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
  } as const;
  const events: EventAttributes[] = milestones(plan, regimen).map((m) => ({
    ...common,
    uid: uidOf(m.ruleId, m.sessionDate),
    title: m.type === 'session' ? msg('SMP treatment session (day 1)') : m.summary,
    description: m.message,
    start: ymd(m.date),
    end: ymd(shiftDays(m.date, 1)),
  }));
  if (events.length === 0) throw new SentenceError(msg('There are no milestones yet: add your session date first.'));
  // A change a later session put off (e.g. swimming) is sent as cancelled, so a calendar that has it
  // from an earlier export removes it instead of keeping a wrong date.
  const present = new Set(events.map((e) => e.uid));
  for (const session of order) {
    for (const rule of regimen.rules) {
      const uid = uidOf(rule.id, session);
      if (present.has(uid) || !rule.milestone) continue;
      events.push({
        ...common,
        uid,
        title: msg(str`${rule.title}: no longer on this date`),
        start: ymd(session),
        end: ymd(shiftDays(session, 1)),
        status: 'CANCELLED',
      });
    }
  }
  const reminder = photoReminder ? photoReminderEvent(plan, photoReminder) : null;
  if (reminder) events.push(reminder);
  return events;
}
