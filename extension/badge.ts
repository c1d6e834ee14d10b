/** The toolbar badge: today's day number (or a clear mark), coloured by level, with a one-line title. */
import { localToday } from '../src/calendar/local-date.ts';
import { statusOn } from '../src/rules/index.ts';
import { loadPlan, loadUrgent } from './plan-storage.ts';

const URGENT_COLOR = '#a3120a';

/** Recomputes the badge from the stored plan and today's local date. */
export async function refreshBadge(): Promise<void> {
  const [plan, urgent] = await Promise.all([loadPlan(), loadUrgent()]);
  const { badge } = statusOn(plan, localToday());
  // An urgent symptom flag in the journal outranks the day number until a check-in clears it.
  const text = urgent ? '!' : badge.text;
  const title = urgent ? `Urgent symptom flag: open the journal. ${badge.title}` : badge.title;
  await Promise.all([
    chrome.action.setBadgeText({ text }),
    chrome.action.setBadgeBackgroundColor({ color: urgent ? URGENT_COLOR : badge.color }),
    chrome.action.setBadgeTextColor?.({ color: '#ffffff' }),
    chrome.action.setTitle({ title }),
  ]);
}
