import { expect } from 'chai';
import { deleteDB } from 'idb';
import { html } from 'lit';
import '../../pwa/app/confirm-plan-page.ts';
import '../../pwa/app/confirm-regimen-page.ts';
import { JournalController, JournalScreen } from '../../pwa/app/journal-controller.ts';
import { JournalState } from '../../pwa/app/journal-state.ts';
import { localToday } from '../../src/calendar/local-date.ts';
import { JOURNAL_DB_NAME } from '../../src/journal/db.ts';
import { clearStartSnapshot, readStartSnapshot } from '../../src/journal/start-snapshot.ts';
import { IdbJournalStore } from '../../src/journal/store.ts';
import { shiftDays, type Plan } from '../../src/rules/index.ts';
import { fixture } from '../helpers/fixture.ts';

let counter = 0;
const names: string[] = [];
const opened: JournalState[] = [];

/** A journal state on a fresh, real IndexedDB database (deleted in teardown), opened. */
async function openJournal(onReload?: (journal: JournalState) => void): Promise<JournalState> {
  const name = `test-app-journal-${Date.now()}-${(counter += 1)}`;
  names.push(name);
  const journal = new JournalState({ onNotice: () => undefined, onReload });
  journal.store = await IdbJournalStore.open(name);
  opened.push(journal);
  expect(await journal.open(), 'opened').to.equal(true);
  return journal;
}

const plan = (...dates: string[]): Plan => ({ sessions: dates.map((date) => ({ date })) });
const countChanges = (journal: JournalState) => {
  const seen = { count: 0 };
  journal.addEventListener('change', () => (seen.count += 1));
  return seen;
};

afterEach(async () => {
  for (const journal of opened.splice(0)) journal.close();
  for (const name of names.splice(0)) await deleteDB(name);
  clearStartSnapshot();
});

describe('the journal state the screens share (real IndexedDB)', () => {
  it('writes, reloads what the screens show, and announces the change', async () => {
    const reloaded: string[][] = [];
    const journal = await openJournal((j) => reloaded.push(j.plan.sessions.map((s) => s.date)));
    const changes = countChanges(journal);
    const today = localToday();
    expect(journal.plan.sessions).to.deep.equal([]);

    expect(await journal.write((store) => store.savePlan(plan(shiftDays(today, -2))))).to.deep.equal({ ok: true });
    expect(journal.plan.sessions.map((s) => s.date)).to.deep.equal([shiftDays(today, -2)]);
    expect(journal.dayOf(today), 'day numbers follow the new plan').to.equal(3);
    expect(changes.count, 'screens are told').to.be.greaterThan(0);
    // The copy Today starts from next time, and the app's hook (the extension) sees the new plan.
    expect(readStartSnapshot()?.plan.sessions.map((s) => s.date)).to.deep.equal([shiftDays(today, -2)]);
    expect(reloaded).to.deep.equal([[], [shiftDays(today, -2)]]);
  });

  it('gives back a refused write as its sentence, and the journal stays as it was', async () => {
    const journal = await openJournal();
    await journal.write((store) => store.savePlan(plan('2026-03-01')));

    const outcome = await journal.write((store) => store.savePlan(plan('2026-02-30')));
    expect(outcome.ok).to.equal(false);
    expect(outcome.ok ? '' : outcome.error).to.match(/2026-02-30/);
    expect(journal.plan.sessions.map((s) => s.date)).to.deep.equal(['2026-03-01']);
    expect((await journal.store!.loadPlan()).sessions.map((s) => s.date)).to.deep.equal(['2026-03-01']);
  });

  it('saves a change to the settings, keeping the others', async () => {
    const journal = await openJournal();
    await journal.saveSettings({ persistenceAsked: true });
    expect(await journal.saveSettings({ temperatureUnit: 'F' })).to.deep.equal({ ok: true });
    expect(journal.settings).to.deep.equal({ temperatureUnit: 'F', persistenceAsked: true });
  });

  it('keeps the ticks of the day Today shows', async () => {
    const journal = await openJournal();
    const yesterday = shiftDays(localToday(), -1);
    await journal.write((store) => store.saveAdherence({ date: yesterday, counts: { moisturise: 2 } }));
    expect(journal.adherence?.date, 'today by default').to.equal(localToday());
    journal.shownDay = yesterday;
    await journal.reload();
    expect(journal.adherence).to.deep.equal({ date: yesterday, counts: { moisturise: 2 } });
  });

  it('reads storage health only when asked', async () => {
    const journal = await openJournal();
    expect(journal.health).to.equal(null);
    await journal.readHealth();
    expect(journal.health?.persisted).to.be.a('boolean');
  });

  it('does nothing on a new check of the same day', async () => {
    const journal = await openJournal();
    const changes = countChanges(journal);
    journal.refreshToday();
    expect(changes.count).to.equal(0);
    expect(journal.today).to.equal(localToday());
  });

  it('runs a write made while the journal opens once it is open', async () => {
    const journal = new JournalState({ onNotice: () => undefined });
    opened.push(journal);
    names.push(JOURNAL_DB_NAME);
    const opening = journal.open();
    const writing = journal.write((store) => store.savePlan(plan('2026-03-01')));
    expect(await opening).to.equal(true);
    expect(await writing).to.deep.equal({ ok: true });
    expect(journal.plan.sessions.map((s) => s.date)).to.deep.equal(['2026-03-01']);
  });
});

/** A screen as the app makes them: a JournalScreen, with its `journal` property and its link. */
class TestScreen extends JournalScreen {
  renders = 0;

  /** The screen's link to the journal (protected in the app's screens). */
  get controller(): JournalController {
    return this.link;
  }

  override render() {
    this.renders += 1;
    return html`<p>${this.journal?.plan.sessions.length ?? 'no journal'}</p>
      <p class="error">${this.link.error}</p>`;
  }
}
customElements.define('test-journal-screen', TestScreen);

describe('a screen’s link to the journal', () => {
  const text = (el: TestScreen, selector = 'p') => el.shadowRoot!.querySelector(selector)!.textContent;

  it('re-renders the screen when the journal changes, with the journal handed in after connecting', async () => {
    const el = await fixture<TestScreen>(html`<test-journal-screen></test-journal-screen>`);
    expect(text(el)).to.equal('no journal');
    const journal = await openJournal();
    el.journal = journal;
    await el.updateComplete;
    expect(text(el)).to.equal('0');

    await journal.write((store) => store.savePlan(plan('2026-03-01')));
    await el.updateComplete;
    expect(text(el), 'written elsewhere, shown here').to.equal('1');
  });

  it('shows a refusal as its error until the next write, which clears it', async () => {
    const journal = await openJournal();
    const el = await fixture<TestScreen>(html`<test-journal-screen .journal=${journal}></test-journal-screen>`);

    expect(await el.controller.write((store) => store.savePlan(plan('2026-02-30')))).to.equal(false);
    await el.updateComplete;
    expect(text(el, '.error')).to.match(/2026-02-30/);

    expect(await el.controller.write((store) => store.savePlan(plan('2026-03-01')))).to.equal(true);
    await el.updateComplete;
    expect(text(el, '.error')).to.equal('');
    expect(text(el)).to.equal('1');
  });

  it('stops following the journal once the screen is gone', async () => {
    const journal = await openJournal();
    const el = await fixture<TestScreen>(html`<test-journal-screen .journal=${journal}></test-journal-screen>`);
    el.remove();
    const before = el.renders;
    await journal.write((store) => store.savePlan(plan('2026-03-01')));
    await el.updateComplete;
    expect(el.renders).to.equal(before);
  });
});

describe('the confirmation screens with nothing waiting', () => {
  it('say there is nothing to confirm and what to do, for a plan and for a regimen', async () => {
    const journal = await openJournal();
    for (const [tag, sentence] of [
      ['smp-confirm-plan-page', 'There is no plan waiting here: open the link again.'],
      ['smp-confirm-regimen-page', 'There is no regimen waiting here: open the link or the file again.'],
    ] as const) {
      const el = document.createElement(tag);
      el.journal = journal;
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Nothing to confirm');
      expect(el.shadowRoot!.querySelector('p.panel')!.textContent).to.include(sentence);
      expect(el.shadowRoot!.querySelector('p.panel a')!.getAttribute('href')).to.equal('#/');
      el.remove();
    }
  });
});
