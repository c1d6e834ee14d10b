// The extension's service worker only wires events to its features (badge, midnight, sync, notifications,
// the photo reminder); the badge follows every stored change of the plan, the open flag or the regimen.
// First: msg() reads chrome.i18n's messages before any word is made.
import './worker-words.ts';
import { refreshBadge } from './badge.ts';
import { isMidnightAlarm, scheduleMidnight } from './midnight.ts';
import { notifyTodaysMilestone } from './notifications.ts';
import { isPhotoReminderAlarm, remindIfDue, schedulePhotoReminder } from './photo-reminder.ts';
import { isPlanChange } from './plan-storage.ts';
import { isRegimenChange } from './regimen-storage.ts';
import { receivePlanMessage } from './sync.ts';

// Alarms are lost on restart and update: re-create both; a reminder missed while the browser was closed shows now.
chrome.runtime.onInstalled.addListener(
  () => void Promise.all([refreshBadge(), scheduleMidnight(), schedulePhotoReminder()]),
);
chrome.runtime.onStartup.addListener(
  () =>
    void Promise.all([
      refreshBadge(),
      scheduleMidnight(),
      notifyTodaysMilestone(),
      schedulePhotoReminder(),
      remindIfDue(),
    ]),
);
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (isPlanChange(changes) || isRegimenChange(changes))) void refreshBadge();
});
chrome.alarms.onAlarm.addListener((alarm) => {
  if (isMidnightAlarm(alarm)) void Promise.all([refreshBadge(), scheduleMidnight(), notifyTodaysMilestone()]);
  if (isPhotoReminderAlarm(alarm)) void remindIfDue().then(() => schedulePhotoReminder());
});
chrome.runtime.onMessageExternal.addListener((message, sender, sendResponse) => {
  void receivePlanMessage(message, sender.origin).then(sendResponse);
  return true;
});
