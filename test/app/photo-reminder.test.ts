import { expect } from 'chai';
import { deleteDB } from 'idb';
import { html } from 'lit';
import '../../pwa/app/settings-page.ts';
import type { SettingsPage } from '../../pwa/app/settings-page.ts';
import { JournalState } from '../../pwa/app/journal-state.ts';
import { LAST_SHOWN_KEY, notificationsAllowed, remindIfDue } from '../../pwa/app/photo-reminder-timer.ts';
import { clearStartSnapshot } from '../../src/journal/start-snapshot.ts';
import { IdbJournalStore } from '../../src/journal/store.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture } from '../helpers/fixture.ts';

let counter = 0;
const names: string[] = [];
const opened: JournalState[] = [];

/** A journal state on a fresh, real IndexedDB database (deleted in teardown), opened. */
async function openJournal(): Promise<JournalState> {
  const name = `test-photo-reminder-${Date.now()}-${(counter += 1)}`;
  names.push(name);
  const journal = new JournalState({ onNotice: () => undefined });
  journal.store = await IdbJournalStore.open(name);
  opened.push(journal);
  expect(await journal.open(), 'opened').to.equal(true);
  return journal;
}

afterEach(async () => {
  for (const journal of opened.splice(0)) journal.close();
  for (const name of names.splice(0)) await deleteDB(name);
  clearStartSnapshot();
  localStorage.removeItem(LAST_SHOWN_KEY);
});

/** Waits until the journal's reminder time reads `expected` (it is read again after the save), at most 5 s. */
async function reminderBecomes(journal: JournalState, expected: string | null) {
  const deadline = Date.now() + 5000;
  while ((journal.settings.photoReminder ?? null) !== expected && Date.now() < deadline)
    await new Promise((resolve) => journal.addEventListener('change', resolve, { once: true }));
}

/** Sets the Settings time field to `value` as a person does, and waits for the save. */
async function setTime(page: SettingsPage, journal: JournalState, value: string) {
  const input = page.shadowRoot?.querySelector<HTMLInputElement>('#reminder-time');
  expect(input, 'the time field').to.not.equal(null);
  (input as HTMLInputElement).value = value;
  input?.dispatchEvent(new Event('change'));
  await reminderBecomes(journal, value || null);
  await page.updateComplete;
}

describe('the daily photo reminder in Settings (real IndexedDB)', () => {
  it('is off by default, keeps a time set in the journal’s settings, and turns off again', async () => {
    const journal = await openJournal();
    expect(journal.settings.photoReminder ?? null, 'off by default').to.equal(null);
    const page = await fixture<SettingsPage>(html`<smp-settings-page .journal=${journal}></smp-settings-page>`);
    const section = () => page.shadowRoot?.querySelector('section[aria-labelledby="reminder-heading"]');
    expect(section()?.textContent).to.match(/Daily photo reminder[\s\S]*Remind me at[\s\S]*Off/);

    await setTime(page, journal, '21:15');
    expect(journal.settings.photoReminder).to.equal('21:15');
    expect((await journal.store?.loadSettings())?.photoReminder, 'stored').to.equal('21:15');
    await expectNoAxeViolations(page);

    const off = [...(section()?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Turn off');
    expect(off, 'a "Turn off" button').to.not.equal(undefined);
    off?.click();
    await reminderBecomes(journal, null);
    expect((await journal.store?.loadSettings())?.photoReminder).to.equal(null);

    await setTime(page, journal, '07:30');
    await setTime(page, journal, '');
    expect((await journal.store?.loadSettings())?.photoReminder, 'an emptied field turns it off').to.equal(null);
  });

  it('keeps a time just typed in its field while it is being saved (no redraw puts the stored one back)', async () => {
    const journal = await openJournal();
    const page = await fixture<SettingsPage>(html`<smp-settings-page .journal=${journal}></smp-settings-page>`);
    const input = page.shadowRoot?.querySelector<HTMLInputElement>('#reminder-time');
    if (!input) throw new Error('no time field');
    input.value = '20:45';
    input.dispatchEvent(new Event('change'));
    // The save is on its way (IndexedDB answers later): the screen's update in between keeps the field.
    await page.updateComplete;
    expect(journal.settings.photoReminder ?? null, 'not saved yet').to.equal(null);
    expect(input.value, 'the time typed, not the stored nothing').to.equal('20:45');
    await reminderBecomes(journal, '20:45');
    expect((await journal.store?.loadSettings())?.photoReminder).to.equal('20:45');
  });

  it('refuses a stored time that is not a time of day, in words, keeping what was stored', async () => {
    const journal = await openJournal();
    const outcome = await journal.saveSettings({ photoReminder: '7pm' as never });
    expect(outcome.ok).to.equal(false);
    expect((outcome as { error: string }).error).to.equal(
      'The settings were not saved: the photo reminder’s time is “7pm”, not a time of day like 19:30.',
    );
    expect((await journal.store?.loadSettings())?.photoReminder ?? null).to.equal(null);
  });

  it('the app shows no notification of its own unless the person allowed them (here they are not)', async () => {
    const journal = await openJournal();
    await journal.saveSettings({ photoReminder: '00:00' as never });
    expect(notificationsAllowed(), 'headless Chromium has not been allowed notifications').to.equal(false);
    expect(await remindIfDue(journal)).to.equal(false);
    expect(localStorage.getItem(LAST_SHOWN_KEY), 'nothing marked as shown').to.equal(null);
  });
});
