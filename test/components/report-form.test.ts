import { expect } from 'chai';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/report-form/report-form.ts';
import type { ReportForm } from '../../src/components/report-form/report-form.ts';
import { defaultPageSize, type ReportOptions } from '../../src/export/report-options.ts';
import type { ScalpArea } from '../../src/journal/records.ts';
import type { Plan } from '../../src/rules/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture, nextEvent } from '../helpers/fixture.ts';

type ReportEvent = CustomEvent<ReportOptions>;

const TODAY = '2026-03-20';
const PLAN: Plan = { sessions: [{ date: '2026-03-29' }, { date: '2026-03-01' }] };

const form = (props: { areas?: ScalpArea[]; busy?: boolean; error?: string; message?: string } = {}) =>
  fixture<ReportForm>(
    html`<smp-report-form
      today=${TODAY}
      .plan=${PLAN}
      .areas=${props.areas ?? ['crown', 'front-hairline']}
      ?busy=${props.busy ?? false}
      .error=${props.error ?? ''}
      .message=${props.message ?? ''}
    ></smp-report-form>`,
  );
const $ = <T extends Element = HTMLInputElement>(el: ReportForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const checkedAreas = (el: ReportForm) =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.areas input:checked')].map((i) => i.id.replace('area-', ''));

async function change(el: ReportForm, selector: string, value?: string) {
  const input = $(el, selector);
  if (value === undefined) input.click();
  else {
    input.value = value;
    input.dispatchEvent(new Event(input.type === 'text' ? 'input' : 'change', { bubbles: true }));
  }
  await el.updateComplete;
}

/** Submits with the button and returns the events sent. */
async function submit(el: ReportForm): Promise<ReportEvent[]> {
  const events: ReportEvent[] = [];
  el.addEventListener('report-request', (e) => events.push(e as ReportEvent));
  $<HTMLButtonElement>(el, 'button[type=submit]').click();
  await el.updateComplete;
  return events;
}

describe('<smp-report-form>', () => {
  it('starts on the first session to today, with the areas that have photos checked', async () => {
    const el = await form();
    expect($(el, '#from').value).to.equal('2026-03-01');
    expect($(el, '#to').value).to.equal(TODAY);
    expect(checkedAreas(el)).to.deep.equal(['front-hairline', 'crown']);
    expect(el.shadowRoot!.querySelectorAll('.areas input[type=checkbox]')).to.have.length(6);
    expect($(el, 'label[for=area-back]').textContent).to.contain('no photos yet');
    expect($(el, 'label[for=area-crown]').textContent).not.to.contain('no photos yet');
    expect($(el, '.areas legend').textContent).to.equal('Scalp areas');
  });

  it('checks every area when there are no photos at all', async () => {
    const el = await form({ areas: [] });
    expect(checkedAreas(el)).to.have.length(6);
  });

  it('picks Letter for the US and Canada and A4 elsewhere, and checks the browser language', async () => {
    expect(defaultPageSize('en-US')).to.equal('letter');
    expect(defaultPageSize('en-CA')).to.equal('letter');
    expect(defaultPageSize('fr-CA')).to.equal('letter');
    expect(defaultPageSize('en-GB')).to.equal('a4');
    expect(defaultPageSize('de')).to.equal('a4');
    const el = await form();
    const checked = $(el, 'input[name=page-size]:checked').value;
    expect(checked).to.equal(defaultPageSize(navigator.language));
  });

  it('sends the options once valid, with the name trimmed', async () => {
    const el = await form();
    await change(el, '#from', '2026-03-05');
    await change(el, '#area-back');
    await change(el, '#area-front-hairline');
    await change(el, '#client', '  Alex Morgan ');
    await change(el, 'input[value=letter]');
    const event = nextEvent<ReportEvent>(el, 'report-request');
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    const { detail, bubbles, composed } = await event;
    expect(bubbles && composed).to.equal(true);
    expect(detail).to.deep.equal({
      from: '2026-03-05',
      to: TODAY,
      areas: ['crown', 'back'],
      clientName: 'Alex Morgan',
      pageSize: 'letter',
    });
  });

  it('refuses a range the wrong way round, with the sentence makeReport uses', async () => {
    const el = await form();
    await change(el, '#from', '2026-03-25');
    expect(await submit(el)).to.have.length(0);
    expect($(el, '[role=alert]').textContent).to.equal(
      'The first day (Wed 25 Mar 2026) is after the last day (Fri 20 Mar 2026): swap them or choose other dates.',
    );
    expect($(el, '#from').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#from').getAttribute('aria-describedby')).to.equal('form-error');
  });

  it('refuses an empty date and no area, each with a sentence', async () => {
    const el = await form();
    await change(el, '#to', '');
    expect(await submit(el)).to.have.length(0);
    expect($(el, '[role=alert]').textContent).to.equal('Choose the last day of the report.');
    await change(el, '#to', TODAY);
    await change(el, '#area-crown');
    await change(el, '#area-front-hairline');
    expect(await submit(el)).to.have.length(0);
    expect($(el, '[role=alert]').textContent).to.equal('Choose at least one scalp area.');
    expect($(el, 'fieldset.areas').getAttribute('aria-invalid')).to.equal('true');
    await change(el, '#area-left');
    expect(await submit(el)).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[role=alert]'), 'the error goes once fixed').to.equal(null);
  });

  it('keeps the dates the person chose when the app passes a new plan or areas', async () => {
    const el = await form();
    await change(el, '#from', '2026-03-10');
    await change(el, '#area-left');
    el.plan = { sessions: [{ date: '2026-02-01' }] };
    el.areas = ['back'];
    await el.updateComplete;
    expect($(el, '#from').value).to.equal('2026-03-10');
    expect(checkedAreas(el)).to.deep.equal(['front-hairline', 'crown', 'left']);
  });

  it('submits from the keyboard (Enter in the name field)', async () => {
    const el = await form();
    $(el, '#client').focus();
    await sendKeys({ type: 'Sam' });
    const event = nextEvent<ReportEvent>(el, 'report-request');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.clientName).to.equal('Sam');
  });

  it('says it is busy and sends nothing while the report is made; shows the app’s error and message', async () => {
    const el = await form({ busy: true });
    const button = $<HTMLButtonElement>(el, 'button[type=submit]');
    expect(button.disabled).to.equal(true);
    expect(button.textContent?.trim()).to.equal('Making the report…');
    expect(await submit(el)).to.have.length(0);
    el.busy = false;
    el.message = 'Report saved to your downloads.';
    await el.updateComplete;
    expect(button.textContent?.trim()).to.equal('Make the PDF report');
    expect($(el, '[role=status]').textContent?.trim()).to.equal('Report saved to your downloads.');
    el.error = 'The report could not be made: the device is full.';
    await el.updateComplete;
    expect($(el, '[role=alert]').textContent).to.equal('The report could not be made: the device is full.');
  });

  it('has no accessibility violations, with and without an error', async () => {
    const el = await form();
    await expectNoAxeViolations(el);
    await change(el, '#from', '2026-03-25');
    await submit(el);
    await expectNoAxeViolations(el);
  });
});
