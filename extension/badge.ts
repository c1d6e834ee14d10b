/** The toolbar badge, recomputed from what is stored: the plan, the open flag (level and advice) and the regimen. */
import { localToday } from '../src/calendar/local-date.ts';
import { badgeLook } from './badge-look.ts';
import { loadFlag, loadPlan } from './plan-storage.ts';
import { loadRegimen } from './regimen-storage.ts';

/** Recomputes the badge from the stored plan and regimen and today's local date. */
export async function refreshBadge(): Promise<void> {
  const [plan, flag, regimen] = await Promise.all([loadPlan(), loadFlag(), loadRegimen()]);
  const { text, color, title } = badgeLook(plan, localToday(), flag?.level ?? null, regimen, flag?.advice);
  await Promise.all([
    chrome.action.setBadgeText({ text }),
    chrome.action.setBadgeBackgroundColor({ color }),
    chrome.action.setBadgeTextColor?.({ color: '#ffffff' }),
    chrome.action.setTitle({ title }),
  ]);
}
