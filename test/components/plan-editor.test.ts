import { expect } from 'chai';
import { html } from 'lit';
import type { Plan } from '../../src/rules/index.ts';
import { dateProblem, type PlanEditor } from '../../src/components/plan-editor/plan-editor.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture, nextEvent } from '../helpers/fixture.ts';

type PlanEvent = CustomEvent<{ plan: Plan }>;

const TODAY = '2026-03-10';
// Out of order on purpose: the editor must sort them.
const PLAN: Plan = {
  sessions: [
    { date: '2026-04-01', note: 'Top-up' },
    { date: '2026-03-01', note: 'Studio North, Sam' },
    { date: '2026-03-05', final: true },
  ],
};

const editor = (plan: Plan = PLAN, error = '') =>
  fixture<PlanEditor>(html`<smp-plan-editor .plan=${plan} today=${TODAY} .error=${error}></smp-plan-editor>`);
const $ = <T extends Element = HTMLElement>(el: PlanEditor, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const text = (el: PlanEditor, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function fill(el: PlanEditor, selector: string, value: string) {
  const input = $<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function check(el: PlanEditor, checked: boolean) {
  const box = $<HTMLInputElement>(el, '#final');
  box.checked = checked;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function click(el: PlanEditor, selector: string) {
  $<HTMLButtonElement>(el, selector).click();
  await el.updateComplete;
}

/** Submits the form and returns the events it sent. */
async function submit(el: PlanEditor): Promise<PlanEvent[]> {
  const events: PlanEvent[] = [];
  el.addEventListener('plan-change', (e) => events.push(e as PlanEvent));
  await click(el, 'button[type=submit]');
  return events;
}

const dates = (plan: Plan) => plan.sessions.map((s) => s.date);

describe('<smp-plan-editor>', () => {
  it('lists the sessions sorted by date, in words, with the final tag and notes', async () => {
    const el = await editor();
    const items = [...el.shadowRoot!.querySelectorAll('li.session')];
    expect(items.map((li) => li.getAttribute('data-date'))).to.deep.equal(['2026-03-01', '2026-03-05', '2026-04-01']);
    expect(items[0]!.textContent).to.contain('Sun 1 Mar 2026').and.contain('Studio North, Sam');
    expect(items[1]!.textContent).to.contain('Final session');
    expect(items[0]!.textContent).not.to.contain('Final session');
    expect($(el, '[data-date="2026-03-01"] [data-action=edit]').getAttribute('aria-label')).to.equal(
      'Edit session of Sun 1 Mar 2026',
    );
  });

  it('shows Done, Day N for the latest past session, and Planned / In N days for future ones', async () => {
    const el = await editor();
    expect(text(el, '[data-date="2026-03-01"] .status')).to.equal('Done');
    expect(text(el, '[data-date="2026-03-05"] .status')).to.equal('Day 6');
    expect(text(el, '[data-date="2026-04-01"] .status')).to.equal('Planned');
    expect(text(el, '[data-date="2026-04-01"] .head')).to.contain('In 22 days');
  });

  it('shows Today for a session today, and the earlier ones as Done', async () => {
    const el = await editor({ sessions: [{ date: '2026-03-05' }, { date: TODAY }] });
    expect(text(el, `[data-date="${TODAY}"] .status`)).to.equal('Today');
    expect(text(el, '[data-date="2026-03-05"] .status')).to.equal('Done');
  });

  it('adding a session fires plan-change with the sorted plan', async () => {
    const el = await editor();
    await fill(el, '#date', '2026-03-20');
    await fill(el, '#note', '  Touch-up  ');
    const event = nextEvent<PlanEvent>(el, 'plan-change');
    await click(el, 'button[type=submit]');
    const { detail, bubbles, composed } = await event;
    expect(bubbles && composed).to.equal(true);
    expect(dates(detail.plan)).to.deep.equal(['2026-03-01', '2026-03-05', '2026-03-20', '2026-04-01']);
    expect(detail.plan.sessions[2]).to.deep.equal({ date: '2026-03-20', note: 'Touch-up' });
    expect($<HTMLInputElement>(el, '#date').value, 'form is cleared').to.equal('');
  });

  it('refuses a second session on the same date, with a message and no event', async () => {
    const el = await editor();
    await fill(el, '#date', '2026-03-05');
    expect(await submit(el)).to.have.length(0);
    expect(text(el, '[role=alert]')).to.equal('There is already a session on Thu 5 Mar 2026.');
    expect($(el, '#date').getAttribute('aria-invalid')).to.equal('true');
  });

  it('refuses a date 3 years away, before or after today', async () => {
    const el = await editor();
    await fill(el, '#date', '2029-03-10');
    expect(await submit(el)).to.have.length(0);
    expect(text(el, '[role=alert]')).to.equal('Sat 10 Mar 2029 is more than 2 years from today; check the year.');
    await fill(el, '#date', '2023-03-10');
    expect(await submit(el)).to.have.length(0);
    expect(text(el, '[role=alert]')).to.contain('is more than 2 years from today');
  });

  it('refuses an empty or impossible date', async () => {
    const el = await editor();
    // The date input turns an impossible date into an empty value.
    await fill(el, '#date', '2026-02-30');
    expect(await submit(el)).to.have.length(0);
    expect(text(el, '[role=alert]')).to.equal('Enter the date of the session: day, month and year.');
    expect(dateProblem('2026-02-30', TODAY)).to.equal(
      '2026-02-30 is not a date this app can use: 2026-02 has no day 30.',
    );
    expect(dateProblem('9999-12-31', TODAY)).to.equal(
      '9999-12-31 is not a date this app can use: the year must be between 1900 and 2100.',
    );
    expect(dateProblem('2026-02-28', TODAY)).to.equal(null);
  });

  it('marking a new session final unmarks the other one', async () => {
    const el = await editor();
    await fill(el, '#date', '2026-04-20');
    await check(el, true);
    const [event] = await submit(el);
    const finals = event!.detail.plan.sessions.filter((s) => s.final).map((s) => s.date);
    expect(finals).to.deep.equal(['2026-04-20']);
    expect(event!.detail.plan.sessions.find((s) => s.date === '2026-03-01')?.note).to.equal('Studio North, Sam');
  });

  it('edit fills the form and Save changes moves the session to the new date', async () => {
    const el = await editor();
    await click(el, '[data-date="2026-03-01"] [data-action=edit]');
    expect($<HTMLInputElement>(el, '#date').value).to.equal('2026-03-01');
    expect($<HTMLInputElement>(el, '#note').value).to.equal('Studio North, Sam');
    expect(text(el, 'button[type=submit]')).to.equal('Save changes');
    await fill(el, '#date', '2026-03-02');
    const [event] = await submit(el);
    expect(dates(event!.detail.plan)).to.deep.equal(['2026-03-02', '2026-03-05', '2026-04-01']);
    expect(event!.detail.plan.sessions[0]!.note).to.equal('Studio North, Sam');
    expect(text(el, 'button[type=submit]')).to.equal('Add session');
  });

  it('editing a session to its own date is allowed, Cancel leaves it unchanged', async () => {
    const el = await editor();
    await click(el, '[data-date="2026-03-05"] [data-action=edit]');
    await fill(el, '#note', 'Same day');
    const [event] = await submit(el);
    expect(event!.detail.plan.sessions[1]).to.deep.equal({ date: '2026-03-05', final: true, note: 'Same day' });
    await click(el, '[data-date="2026-04-01"] [data-action=edit]');
    const cancel = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancel')!;
    cancel.click();
    await el.updateComplete;
    expect(text(el, 'button[type=submit]')).to.equal('Add session');
    expect($<HTMLInputElement>(el, '#date').value).to.equal('');
  });

  it('remove asks for confirmation inline; Keep cancels, Confirm remove emits', async () => {
    const el = await editor();
    const events: PlanEvent[] = [];
    el.addEventListener('plan-change', (e) => events.push(e as PlanEvent));
    await click(el, '[data-date="2026-03-01"] [data-action=remove]');
    expect(events).to.have.length(0);
    expect(text(el, '[data-date="2026-03-01"] .actions')).to.contain('Remove this session?');
    await click(el, '[data-date="2026-03-01"] [data-action=keep]');
    expect($(el, '[data-date="2026-03-01"] [data-action=confirm]')).to.equal(null);
    expect(events).to.have.length(0);
    await click(el, '[data-date="2026-03-01"] [data-action=remove]');
    await click(el, '[data-date="2026-03-01"] [data-action=confirm]');
    expect(events).to.have.length(1);
    expect(dates(events[0]!.detail.plan)).to.deep.equal(['2026-03-05', '2026-04-01']);
  });

  it('refuses a plan the rules reject (too many sessions) and shows why', async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({
      date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String(Math.floor(i / 12) + 1).padStart(2, '0')}`,
    }));
    const el = await editor({ sessions: many });
    await fill(el, '#date', '2026-03-20');
    expect(await submit(el)).to.have.length(0);
    expect(text(el, '[role=alert]')).to.contain('the sessions cannot be more than 50');
  });

  it('shows the app error in an alert', async () => {
    const el = await editor(PLAN, 'Your browser refused to save the plan.');
    expect(text(el, '[role=alert]')).to.equal('Your browser refused to save the plan.');
  });

  it('has no axe violations with sessions, while confirming, and with errors shown', async () => {
    const el = await editor(PLAN, 'Storage refused the change.');
    await expectNoAxeViolations(el);
    await click(el, '[data-date="2026-03-01"] [data-action=remove]');
    await fill(el, '#date', '2026-03-05');
    await submit(el);
    expect(el.shadowRoot!.querySelectorAll('[role=alert]')).to.have.length(2);
    await expectNoAxeViolations(el);
    const empty = await editor({ sessions: [] });
    await expectNoAxeViolations(empty);
  });
});
