import { expect } from 'chai';
import { html } from 'lit';
import '../../src/components/day-nav/day-nav.ts';
import type { DayNav } from '../../src/components/day-nav/day-nav.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture, nextEvent } from '../helpers/fixture.ts';

describe('<smp-day-nav>', () => {
  it('steps to the previous and next day', async () => {
    const el = await fixture<DayNav>(html`<smp-day-nav date="2026-03-01" today="2026-03-01"></smp-day-nav>`);
    const [prev, next] = el.shadowRoot!.querySelectorAll('button');
    let event = nextEvent<CustomEvent>(el, 'date-change');
    prev!.click();
    expect((await event).detail.date).to.equal('2026-02-28');
    event = nextEvent<CustomEvent>(el, 'date-change');
    next!.click();
    expect((await event).detail.date).to.equal('2026-03-02');
    await expectNoAxeViolations(el);
  });

  it('offers "Back to today" only on another day, and jumps to a picked date', async () => {
    const el = await fixture<DayNav>(html`<smp-day-nav date="2026-03-01" today="2026-03-01"></smp-day-nav>`);
    expect(el.shadowRoot!.textContent).not.to.contain('Back to today');
    el.date = '2026-03-09';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Back to today');
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = '2026-04-01';
    const event = nextEvent<CustomEvent>(el, 'date-change');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await event).detail.date).to.equal('2026-04-01');
  });
});
