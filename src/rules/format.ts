/** Pure, locale-fixed date wording for the rules' own texts (badge titles, milestones). */
import { UTCDate } from '@date-fns/utc';
import type { IsoDate } from './types.ts';

// Intl with a fixed locale and UTC gives the same words in every time zone, without bundling a
// formatting library into the extension's small background worker.
const PARTS = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

// Formatting is the slowest step of a status; the same few dates recur day after day.
const described = new Map<IsoDate, string>();

/** "Thu 5 Mar 2026" for an ISO date, the same in every time zone. */
export function describeDate(date: IsoDate): string {
  let text = described.get(date);
  if (text === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const parts = Object.fromEntries(PARTS.formatToParts(new UTCDate(y, m - 1, d)).map((p) => [p.type, p.value]));
    text = `${parts['weekday']} ${parts['day']} ${parts['month']} ${parts['year']}`;
    if (described.size > 5000) described.clear();
    described.set(date, text);
  }
  return text;
}
