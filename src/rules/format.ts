/** Pure, locale-free date wording for the rules' own texts (badge titles, milestones). */
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import type { IsoDate } from './types.ts';

/** "Thu 5 Mar 2026" for an ISO date, the same in every time zone. */
export function describeDate(date: IsoDate): string {
  let text = described.get(date);
  if (text === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    text = format(new UTCDate(y, m - 1, d), 'EEE d MMM yyyy');
    if (described.size > 5000) described.clear();
    described.set(date, text);
  }
  return text;
}

// Formatting is the slowest step of a status; the same few dates recur day after day.
const described = new Map<IsoDate, string>();
