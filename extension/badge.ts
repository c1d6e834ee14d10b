/** The toolbar badge: today's day number (or a clear mark), coloured by level, with a one-line title. */
import { localToday } from '../src/calendar/local-date.ts';
import { statusOn } from '../src/rules/index.ts';
import { loadPlan } from './plan-storage.ts';

/** Recomputes the badge from the stored plan and today's local date. */
export async function refreshBadge(): Promise<void> {
  const status = statusOn(await loadPlan(), localToday());
  await Promise.all([
    chrome.action.setBadgeText({ text: status.badge.text }),
    chrome.action.setBadgeBackgroundColor({ color: status.badge.color }),
    chrome.action.setBadgeTextColor?.({ color: '#ffffff' }),
    chrome.action.setTitle({ title: status.badge.title }),
  ]);
}
