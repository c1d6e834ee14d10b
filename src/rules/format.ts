/** Pure, locale-fixed date wording for the rules' own texts (badge titles, milestones). */
import { UTCDateMini as UTCDate } from '@date-fns/utc/date/mini';
import type { IsoDate } from './types.ts';

// English names and UTC give the same words in every time zone. Not Intl.DateTimeFormat: the first
// one a page creates costs it 20–35 ms (the locale data loads) on a cold start, and the words never
// change. (test/rules/format.test.ts checks them against Intl.)
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// The same few dates recur day after day.
const described = new Map<IsoDate, string>();

/** "Thu 5 Mar 2026" for an ISO date, the same in every time zone. */
export function describeDate(date: IsoDate): string {
  let text = described.get(date);
  if (text === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    text = `${WEEKDAYS[new UTCDate(y, m - 1, d).getDay()]} ${d} ${MONTHS[m - 1]} ${y}`;
    if (described.size > 5000) described.clear();
    described.set(date, text);
  }
  return text;
}
