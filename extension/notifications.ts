/**
 * Optional milestone notifications ("From today: gentle cold-water washing allowed"). Off by
 * default; the options page asks for the optional `notifications` permission only when the person
 * turns them on. Each day is announced at most once.
 */
import { localToday } from '../src/calendar/local-date.ts';
import { milestoneNotice } from './milestone-notice.ts';
import { loadReminderTime } from './photo-reminder.ts';
import { loadPlan } from './plan-storage.ts';
import { loadRegimen } from './regimen-storage.ts';

const SETTING = 'notifyMilestones';
const LAST = 'lastMilestoneNotice';

/** Whether the person turned milestone notifications on. */
export async function notificationsWanted(): Promise<boolean> {
  return (await chrome.storage.local.get(SETTING))[SETTING] === true;
}

/** Turns milestone notifications on (asking for the permission) or off; returns the new state. */
export async function setNotificationsWanted(wanted: boolean): Promise<boolean> {
  if (wanted) {
    const granted = await chrome.permissions.request({ permissions: ['notifications'] });
    await chrome.storage.local.set({ [SETTING]: granted });
    return granted;
  }
  await chrome.storage.local.set({ [SETTING]: false });
  // The daily photo reminder needs the permission too: it is given back only when that is off as well.
  if ((await loadReminderTime()) === null) await chrome.permissions.remove({ permissions: ['notifications'] });
  return false;
}

/** Shows today's milestone under the regimen in use, once, when wanted and allowed. */
export async function notifyTodaysMilestone(): Promise<void> {
  if (!(await notificationsWanted()) || !chrome.notifications) return;
  const today = localToday();
  if ((await chrome.storage.local.get(LAST))[LAST] === today) return;
  const [plan, regimen] = await Promise.all([loadPlan(), loadRegimen()]);
  const notice = milestoneNotice(plan, today, regimen);
  if (!notice) return;
  await chrome.notifications.create(`milestone-${today}`, { type: 'basic', iconUrl: 'icons/icon-128.png', ...notice });
  await chrome.storage.local.set({ [LAST]: today });
}
