import { expect } from 'chai';
import { html } from 'lit';
import '../../src/components/status-card/status-card.ts';
import type { StatusCard } from '../../src/components/status-card/status-card.ts';
import { ASK_YOUR_TECHNICIAN, statusOn } from '../../src/rules/index.ts';
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
    expect(t).to.contain('Use sunscreen on your scalp').and.contain('from Tue 31 Mar 2026');
    expect(t).to.contain('Never use AHAs').and.contain('always');
  });

  it('names day 31 on "Long-term care" and says what it holds, with no "healed" and no tick', async () => {
    const el = await fixture<StatusCard>(
      html`<smp-status-card
        .status=${statusOn({ sessions: [{ date: '2026-03-01' }] }, '2026-04-14')}
      ></smp-status-card>`,
    );
    const t = text(el);
    expect(t).to.contain('Long-term care').and.contain('Day 45');
    expect(t).to.contain('For the long term: use sunscreen on your scalp, moisturise daily and never use AHAs.');
    expect(t).not.to.match(/heal(ed)?\b|✓/i);
    // The level's icon is not the tick the "do" list uses.
    const tick = 'M8 12.5l2.8 2.8L16.5 9.5';
    expect(el.shadowRoot!.querySelector('.level svg')!.innerHTML).not.to.contain(tick);
    expect(el.shadowRoot!.querySelector('.do h3 svg')!.innerHTML, 'the checker sees the tick').to.contain(tick);
    await expectNoAxeViolations(el);
  });

  it('says the blood-donation countdown counts from the latest session while none is final', async () => {
    const provisional = await fixture<StatusCard>(
      html`<smp-status-card
        .status=${statusOn({ sessions: [{ date: '2026-03-01' }] }, '2026-04-14')}
      ></smp-status-card>`,
    );
    expect(provisional.shadowRoot!.querySelector('.countdown')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Blood donation allowed again (counted from your latest session) in 321 days',
    );
    const marked = await fixture<StatusCard>(
      html`<smp-status-card
        .status=${statusOn({ sessions: [{ date: '2026-03-01', final: true }] }, '2026-04-14')}
      ></smp-status-card>`,
    );
    const countdown = marked.shadowRoot!.querySelector('.countdown')!.textContent!;
    expect(countdown).to.contain('Blood donation allowed again').and.not.contain('latest session');
  });

  it('shows an open flag before everything else, in words, and no flag line without one', async () => {
    const status = statusOn({ sessions: [{ date: '2026-03-01' }] }, '2026-04-14');
    for (const [flag, words] of [
      ['urgent', 'Urgent symptom flag: seek medical help now'],
      ['watch', 'Symptom flag: see a doctor or contact your technician'],
    ] as const) {
      const el = await fixture<StatusCard>(html`<smp-status-card .status=${status} .flag=${flag}></smp-status-card>`);
      const header = el.shadowRoot!.querySelector('header')!;
      const first = header.firstElementChild!;
      expect(first.classList.contains('flag'), flag).to.equal(true);
      expect(first.classList.contains(flag), flag).to.equal(true);
      expect(first.textContent!.trim()).to.equal(words);
      expect(text(el).indexOf(words)).to.be.lessThan(text(el).indexOf('Long-term care'));
      await expectNoAxeViolations(el);
    }
    // Where the app knows the advice (spreading redness: a doctor today), the line says it, not the milder level's.
    const redness = await fixture<StatusCard>(
      html`<smp-status-card .status=${status} .flag=${'watch'} .advice=${'today'}></smp-status-card>`,
    );
    expect(redness.shadowRoot!.querySelector('.flag')!.textContent!.trim()).to.equal(
      'Symptom flag: see a doctor today',
    );
    const calm = await fixture<StatusCard>(html`<smp-status-card .status=${status}></smp-status-card>`);
    expect(calm.shadowRoot!.querySelector('.flag')).to.equal(null);
    expect(text(calm)).not.to.contain('symptom flag');
  });

  it('carries the clinic’s advice to ask the technician, in the popup’s compact card too', async () => {
    for (const compact of [false, true]) {
      const el = await fixture<StatusCard>(
        html`<smp-status-card .status=${statusOn(plan, '2026-03-03')} ?compact=${compact}></smp-status-card>`,
      );
      expect(el.shadowRoot!.querySelector('footer .ask')!.textContent).to.equal(ASK_YOUR_TECHNICIAN.text);
      expect(el.shadowRoot!.querySelector<HTMLElement>('footer .ask')!.offsetHeight, 'shown').to.be.greaterThan(0);
    }
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
