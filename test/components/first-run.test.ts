import { expect } from 'chai';
import { html } from 'lit';
import type { Plan } from '../../src/rules/index.ts';
import '../../src/components/first-run/first-run.ts';
import type { FirstRun } from '../../src/components/first-run/first-run.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture, nextEvent } from '../helpers/fixture.ts';

type PlanEvent = CustomEvent<{ plan: Plan }>;
const TODAY = '2026-03-10';

const firstRun = (error = '') =>
  fixture<FirstRun>(html`<smp-first-run today=${TODAY} .error=${error}></smp-first-run>`);
const $ = <T extends Element = HTMLElement>(el: FirstRun, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

async function fill(el: FirstRun, selector: string, value: string) {
  const input = $<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function submit(el: FirstRun): Promise<PlanEvent[]> {
  const events: PlanEvent[] = [];
  el.addEventListener('plan-change', (e) => events.push(e as PlanEvent));
  $<HTMLButtonElement>(el, 'button[type=submit]').click();
  await el.updateComplete;
  return events;
}

describe('<smp-first-run>', () => {
  it('asks when the treatment was, explains the app and defaults the date to today', async () => {
    const el = await firstRun();
    expect($(el, 'h1').textContent).to.equal('When was your treatment?');
    expect($(el, '.intro').textContent).to.contain('may and may not do').and.contain('stays on this device');
    expect($(el, '#date-hint').textContent).to.contain('planned date is fine');
    expect($<HTMLInputElement>(el, '#date').value).to.equal(TODAY);
    expect($(el, 'button[type=submit]').textContent?.trim()).to.equal('Start my aftercare');
  });

  it('follows a later today until a date is picked', async () => {
    const el = await firstRun();
    el.today = '2026-03-11';
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#date').value).to.equal('2026-03-11');
    await fill(el, '#date', '2026-03-01');
    el.today = '2026-03-12';
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#date').value).to.equal('2026-03-01');
  });

  it('emits the plan with the date, the final mark and the note', async () => {
    const el = await firstRun();
    await fill(el, '#date', '2026-03-02');
    const box = $<HTMLInputElement>(el, '#final');
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await fill(el, '#note', ' Studio North ');
    const event = nextEvent<PlanEvent>(el, 'plan-change');
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    const { detail, bubbles, composed } = await event;
    expect(bubbles && composed).to.equal(true);
    expect(detail.plan).to.deep.equal({ sessions: [{ date: '2026-03-02', final: true, note: 'Studio North' }] });
  });

  it('emits today with no extras when nothing is changed', async () => {
    const el = await firstRun();
    const [event] = await submit(el);
    expect(event!.detail.plan).to.deep.equal({ sessions: [{ date: TODAY }] });
  });

  it('refuses an empty date and one 3 years away, with no event', async () => {
    const el = await firstRun();
    await fill(el, '#date', '');
    expect(await submit(el)).to.have.length(0);
    expect($(el, '[role=alert]').textContent).to.contain('Enter the date of the session');
    await fill(el, '#date', '2029-03-12');
    expect(await submit(el)).to.have.length(0);
    expect($(el, '[role=alert]').textContent).to.equal(
      'Mon 12 Mar 2029 is more than 2 years from today; check the year.',
    );
  });

  it('shows the app error in an alert', async () => {
    const el = await firstRun('Storage is full.');
    expect($(el, '[role=alert]').textContent).to.equal('Storage is full.');
  });

  it('has no axe violations, with and without errors', async () => {
    const el = await firstRun();
    await expectNoAxeViolations(el);
    const withError = await firstRun('Storage is full.');
    await fill(withError, '#date', '');
    await submit(withError);
    expect(withError.shadowRoot!.querySelectorAll('[role=alert]')).to.have.length(2);
    await expectNoAxeViolations(withError);
  });
});
