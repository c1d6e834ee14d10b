// End-to-end: the milestones as an .ics file from the Plan screen, parsed with ical.js; stable UIDs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { startPwaWithPlan } from './helpers.mjs';

describe('the calendar export', () => {
  let server;
  let browser;
  let page;

  // Each test: a fresh browser on 3 March with one session on 1 March.
  beforeEach(async () => {
    ({ server, browser, page } = await startPwaWithPlan({
      now: '2026-03-03T10:00:00',
      sessionDate: '2026-03-01',
      acceptDownloads: true,
    }));
  });

  afterEach(async () => {
    await browser?.close();
    await server?.close();
  });

  async function exportEvents({ withReminder = false } = {}) {
    await page.goto(`${server.origin}/#/plan`);
    if (withReminder) await page.getByLabel(/Add a daily photo reminder at/).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'smp-aftercare-milestones.ics');
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')));
    return calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toString(),
        status: vevent.getFirstPropertyValue('status'),
        event,
        vevent,
      };
    });
  }

  it('downloads a calendar file that parses, with the day-6 and day-31 milestones as all-day events', async () => {
    const events = await exportEvents();
    const byUid = new Map(events.map((e) => [e.uid, e]));
    assert.equal(byUid.size, events.length, 'UIDs are unique');
    assert.equal(byUid.has('photo-reminder@smp-aftercare-journal'), false, 'no photo reminder unless asked for');
    assert.deepEqual(
      { ...byUid.get('gentle-wash.session-1@smp-aftercare-journal'), event: null, vevent: null },
      {
        event: null,
        vevent: null,
        uid: 'gentle-wash.session-1@smp-aftercare-journal',
        summary: 'Day 6: A mild, natural soap may be used when washing',
        start: '2026-03-06',
        status: null,
      },
    );
    assert.equal(byUid.get('no-pools-saunas.session-1@smp-aftercare-journal')?.start, '2026-03-31');
    assert.equal(byUid.get('no-blood-donation.session-1@smp-aftercare-journal')?.start, '2027-03-01');
  });

  it('titles the blood-donation event "counted from your latest session" until a session is marked final', async () => {
    const blood = (events, n) => events.find((e) => e.uid === `no-blood-donation.session-${n}@smp-aftercare-journal`);
    assert.equal(
      blood(await exportEvents(), 1)?.summary,
      'Day 366: Blood donation allowed again (counted from your latest session)',
    );
    await page.locator('smp-plan-editor input[type="date"]').fill('2026-03-29');
    await page.locator('smp-plan-editor').getByLabel('This is my final session').check();
    await page.getByRole('button', { name: 'Add session' }).click();
    await page.locator('smp-plan-editor').getByText('Final session', { exact: true }).waitFor();
    const marked = blood(await exportEvents(), 2);
    assert.equal(marked?.summary, 'Day 366: Blood donation allowed again');
    assert.equal(marked?.start, '2027-03-29');
  });

  it('keeps the same UIDs when exported again after a plan change, so calendars update instead of duplicating', async () => {
    const first = await exportEvents();
    await page.locator('smp-plan-editor input[type="date"]').fill('2026-03-29');
    await page.getByRole('button', { name: 'Add session' }).click();
    await page.locator('smp-plan-editor').getByText('Sun 29 Mar 2026').first().waitFor();
    const second = await exportEvents();
    const secondUids = new Set(second.map((e) => e.uid));
    for (const event of first) assert.ok(secondUids.has(event.uid), `${event.uid} kept`);
    assert.ok(second.some((e) => e.uid === 'gentle-wash.session-2@smp-aftercare-journal' && e.start === '2026-04-03'));
    // Swimming now waits for the second session: the first date is cancelled, the new one added.
    assert.equal(second.find((e) => e.uid === 'no-pools-saunas.session-1@smp-aftercare-journal')?.status, 'CANCELLED');
    assert.equal(second.find((e) => e.uid === 'no-pools-saunas.session-2@smp-aftercare-journal')?.start, '2026-04-28');
    assert.equal(first.filter((e) => e.status === 'CANCELLED').length, 0, 'nothing cancelled with one session');
  });

  it('adds, when asked, a daily photo reminder with an alarm for the 30 days from the latest session, at the Settings time', async () => {
    await page.goto(`${server.origin}/#/settings`);
    const field = page.getByLabel('Remind me at');
    await field.fill('20:45');
    await field.dispatchEvent('change');
    await page.getByRole('button', { name: 'Turn off' }).waitFor();
    await page.goto(`${server.origin}/#/plan`);
    await page.getByLabel('Add a daily photo reminder at 20:45 for the 30 days after your latest session').waitFor();
    const reminders = (await exportEvents({ withReminder: true })).filter(
      (e) => e.uid === 'photo-reminder@smp-aftercare-journal',
    );
    assert.equal(reminders.length, 1);
    const [{ event, vevent, summary, start }] = reminders;
    assert.equal(summary, 'Time for today’s healing photo');
    assert.equal(start, '2026-03-01T20:45:00');
    assert.equal(event.startDate.zone?.tzid, 'floating', 'the phone’s own clock');
    const dates = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) dates.push(next.toString());
    assert.equal(dates.length, 30);
    assert.equal(dates.at(-1), '2026-03-30T20:45:00');
    const alarm = vevent.getFirstSubcomponent('valarm');
    assert.equal(alarm?.getFirstPropertyValue('action'), 'DISPLAY');
    assert.match(String(alarm?.getFirstPropertyValue('trigger')), /^-?PT0S$/);
  });
});
