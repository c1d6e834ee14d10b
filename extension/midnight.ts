/** Refreshes the badge at every local midnight. Alarms are lost on restart and update: re-create on both. */
import { msUntilNextLocalMidnight } from '../src/calendar/local-date.ts';

const ALARM = 'local-midnight';

/** (Re)creates the alarm for the next local midnight. */
export async function scheduleMidnight(): Promise<void> {
  await chrome.alarms.create(ALARM, { when: Date.now() + msUntilNextLocalMidnight(new Date()) + 1000 });
}

/** Whether an alarm is the midnight one. */
export function isMidnightAlarm(alarm: chrome.alarms.Alarm): boolean {
  return alarm.name === ALARM;
}
