import { expect } from 'chai';
import { html } from 'lit';
import '../../src/components/status-card/status-card.ts';
import type { StatusCard } from '../../src/components/status-card/status-card.ts';
import { statusOn } from '../../src/rules/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture, nextEvent } from '../helpers/fixture.ts';

const plan = { sessions: [{ date: '2026-03-01' }, { date: '2026-04-20', final: true }] };
const text = (el: StatusCard) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<smp-status-card>', () => {
  it('shows day, level in words, avoid and do lists with until, the countdown and next session', async () => {
    const el = await fixture<StatusCard>(
      html`<smp-status-card .status=${statusOn(plan, '2026-03-03')}></smp-status-card>`,
    );
    const t = text(el);
    expect(t).to.contain('Day 3').and.contain('Strict care');
    expect(t).to.contain('Keep your scalp dry').and.contain('until Thu 5 Mar 2026');
    expect(t).to.contain('Clean with a damp cloth');
    expect(t).to.match(/Washing your head allowed .* in 3 days/);
    expect(t).to.contain('Next session: Mon 20 Apr 2026');
    expect(el.shadowRoot!.querySelector('.level svg'), 'the level has an icon too').not.to.equal(null);
    await expectNoAxeViolations(el);
  });

  it('shows "from …" for an open-ended do rule and "always" for AHAs', async () => {
    const el = await fixture<StatusCard>(
      html`<smp-status-card
        .status=${statusOn({ sessions: [{ date: '2026-03-01' }] }, '2026-05-01')}
      ></smp-status-card>`,
    );
    const t = text(el);
    expect(t).to.contain('Healed').and.contain('Use sunscreen on your scalp').and.contain('from Tue 31 Mar 2026');
    expect(t).to.contain('Never use AHAs').and.contain('always');
  });

  it('words another day differently from today', async () => {
    const el = await fixture<StatusCard>(
      html`<smp-status-card .status=${statusOn(plan, '2026-03-07')} .isToday=${false}></smp-status-card>`,
    );
    expect(text(el)).to.contain('Avoid on Sat 7 Mar 2026').and.contain('Careful');
  });

  it('before any session says so, with the next session', async () => {
    const el = await fixture<StatusCard>(
      html`<smp-status-card .status=${statusOn(plan, '2026-02-20')}></smp-status-card>`,
    );
    expect(text(el)).to.contain('No session yet').and.contain('Next session: Sun 1 Mar 2026');
    await expectNoAxeViolations(el);
  });

  it('offers ticks for "do" items (moisturise 1 of 3) and reports them', async () => {
    const el = await fixture<StatusCard>(
      html`<smp-status-card .status=${statusOn(plan, '2026-03-07')} .adherence=${{ moisturise: 1 }}></smp-status-card>`,
    );
    const group = el.shadowRoot!.querySelector('[aria-label^="Moisturise up to 3 times a day"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Moisturise up to 3 times a day: done 1 of 3');
    const boxes = group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect([...boxes].map((b) => b.checked)).to.deep.equal([true, false, false]);
    const event = nextEvent<CustomEvent>(el, 'adherence-change');
    boxes[1]!.click();
    expect((await event).detail).to.deep.equal({ ruleId: 'moisturise', count: 2 });
    await expectNoAxeViolations(el);
  });

  it('keeps a tick shown until it is stored, and draws the stored ticks again when it was refused', async () => {
    const el = await fixture<StatusCard>(
      html`<smp-status-card .status=${statusOn(plan, '2026-03-07')} .adherence=${{ moisturise: 1 }}></smp-status-card>`,
    );
    const boxes = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[aria-label^="Moisturise"] input[type="checkbox"]')].map(
        (b) => b.checked,
      );
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('[aria-label^="Moisturise"] input')[1]!.click();
    await el.updateComplete;
    // A re-read of the journal that does not have the tick yet does not untick it.
    el.status = statusOn(plan, '2026-03-07');
    el.adherence = { moisturise: 1 };
    await el.updateComplete;
    expect(boxes()).to.deep.equal([true, true, false]);
    // The app could not store it: the boxes show what is stored.
    el.discardTicks();
    await el.updateComplete;
    expect(boxes()).to.deep.equal([true, false, false]);
    // Stored: shown as stored from then on.
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('[aria-label^="Moisturise"] input')[2]!.click();
    el.adherence = { moisturise: 3 };
    await el.updateComplete;
    el.adherence = { moisturise: 0 };
    await el.updateComplete;
    expect(boxes()).to.deep.equal([false, false, false]);
  });

  it('has no ticks without adherence (the extension popup)', async () => {
    const el = await fixture<StatusCard>(
      html`<smp-status-card .status=${statusOn(plan, '2026-03-07')}></smp-status-card>`,
    );
    // The "do" items are there, each a line of text rather than a box to tick.
    expect(text(el)).to.contain('Moisturise up to 3 times a day');
    expect(el.shadowRoot!.querySelectorAll('input').length).to.equal(0);
  });
});
