import { expect } from 'chai';
import { html } from 'lit';
import '../../src/components/day-nav/day-nav.ts';
import type { DayNav } from '../../src/components/day-nav/day-nav.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture, nextEvent } from '../helpers/fixture.ts';

/** Waits until the date field has replaced its placeholder (one frame after the first render). */
async function pickerShown(el: DayNav): Promise<HTMLInputElement> {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  await el.updateComplete;
  return el.shadowRoot!.querySelector('input[type="date"]')!;
}

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
    const input = await pickerShown(el);
    input.value = '2026-04-01';
    const event = nextEvent<CustomEvent>(el, 'date-change');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await event).detail.date).to.equal('2026-04-01');
  });

  it('shows the date field a frame after the rest, in a box of the same size (nothing moves)', async () => {
    const el = await fixture<DayNav>(html`<smp-day-nav date="2026-03-01" today="2026-03-01"></smp-day-nav>`);
    const slot = el.shadowRoot!.querySelector('.slot')!;
    expect(slot, 'a placeholder first').not.to.equal(null);
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    const before = slot.getBoundingClientRect();
    const input = await pickerShown(el);
    expect(input.value).to.equal('2026-03-01');
    expect(el.shadowRoot!.querySelector('.slot')).to.equal(null);
    const after = input.getBoundingClientRect();
    expect([after.x, after.y, after.width, after.height]).to.deep.equal([
      before.x,
      before.y,
      before.width,
      before.height,
    ]);
    await expectNoAxeViolations(el);
  });
});
