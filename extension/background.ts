// The extension's service worker only wires events to its features (badge, midnight, sync, notifications);
// the badge follows every stored change of the plan, the open flag or the regimen.
import { refreshBadge } from './badge.ts';
import { isMidnightAlarm, scheduleMidnight } from './midnight.ts';
import { notifyTodaysMilestone } from './notifications.ts';
import { isPlanChange } from './plan-storage.ts';
import { isRegimenChange } from './regimen-storage.ts';
import { receivePlanMessage } from './sync.ts';

chrome.runtime.onInstalled.addListener(() => void Promise.all([refreshBadge(), scheduleMidnight()]));
chrome.runtime.onStartup.addListener(
  () => void Promise.all([refreshBadge(), scheduleMidnight(), notifyTodaysMilestone()]),
);
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (isPlanChange(changes) || isRegimenChange(changes))) void refreshBadge();
});
chrome.alarms.onAlarm.addListener((alarm) => {
  if (isMidnightAlarm(alarm)) void Promise.all([refreshBadge(), scheduleMidnight(), notifyTodaysMilestone()]);
});
chrome.runtime.onMessageExternal.addListener((message, sender, sendResponse) => {
  void receivePlanMessage(message, sender.origin).then(sendResponse);
  return true;
});
