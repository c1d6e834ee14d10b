/** The toolbar badge, recomputed from what is stored: the plan, the urgent flag and the regimen. */
import { localToday } from '../src/calendar/local-date.ts';
import { badgeLook } from './badge-look.ts';
import { loadPlan, loadUrgent } from './plan-storage.ts';
import { loadRegimen } from './regimen-storage.ts';

/** Recomputes the badge from the stored plan and regimen and today's local date. */
export async function refreshBadge(): Promise<void> {
  const [plan, urgent, regimen] = await Promise.all([loadPlan(), loadUrgent(), loadRegimen()]);
  const { text, color, title } = badgeLook(plan, localToday(), urgent, regimen);
  await Promise.all([
    chrome.action.setBadgeText({ text }),
    chrome.action.setBadgeBackgroundColor({ color }),
    chrome.action.setBadgeTextColor?.({ color: '#ffffff' }),
    chrome.action.setTitle({ title }),
  ]);
}
