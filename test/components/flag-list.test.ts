import { expect } from 'chai';
import { html } from 'lit';
import '../../src/components/flag-list/flag-list.ts';
import type { FlagList } from '../../src/components/flag-list/flag-list.ts';
import type { SymptomFlag } from '../../src/rules/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture } from '../helpers/fixture.ts';

const FLAGS: SymptomFlag[] = [
  { level: 'urgent', code: 'fever-with-site-signs', message: 'Seek medical help now.' },
  { level: 'watch', code: 'swelling', message: 'Contact your technician.' },
  { level: 'info', code: 'swelling-normal', message: 'A little swelling is normal.' },
];

const words = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('<smp-flag-list>', () => {
  it('shows each flag as a list item with an icon, its level word and its message, in order', async () => {
    const el = await fixture<FlagList>(html`<smp-flag-list .flags=${FLAGS}></smp-flag-list>`);
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    const items = [...list.querySelectorAll('li')];
    expect(items.map((li) => li.className)).to.deep.equal(['urgent', 'watch', 'info']);
    expect(items.map((li) => li.querySelector('.level')!.textContent!.replace(':', ''))).to.deep.equal([
      'Urgent',
      'Get advice',
      'Good to know',
    ]);
    expect(words(items[0]!)).to.contain('Seek medical help now.');
    for (const li of items) expect(li.querySelectorAll('svg[aria-hidden="true"]').length).to.equal(1);
    await expectNoAxeViolations(el);
  });

  it('makes urgent flags stand out more than the others', async () => {
    const el = await fixture<FlagList>(html`<smp-flag-list .flags=${FLAGS}></smp-flag-list>`);
    const [urgent, watch] = [...el.shadowRoot!.querySelectorAll('li')].map((li) => getComputedStyle(li));
    expect(parseFloat(urgent!.borderTopWidth)).to.be.greaterThan(parseFloat(watch!.borderTopWidth));
    expect(urgent!.backgroundColor).to.not.equal(watch!.backgroundColor);
  });

  it('renders nothing when empty, or the empty text when one is given', async () => {
    const bare = await fixture<FlagList>(html`<smp-flag-list .flags=${[]}></smp-flag-list>`);
    expect(words(bare.shadowRoot!)).to.equal('');
    expect(bare.shadowRoot!.querySelectorAll('ul, p').length).to.equal(0);
    const calm = await fixture<FlagList>(html`<smp-flag-list .flags=${[]} empty-text="All calm."></smp-flag-list>`);
    expect(words(calm.shadowRoot!)).to.equal('All calm.');
  });

  it('re-renders when the flags change', async () => {
    const el = await fixture<FlagList>(html`<smp-flag-list .flags=${FLAGS}></smp-flag-list>`);
    el.flags = FLAGS.slice(2);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(1);
    expect(el.shadowRoot!.querySelector('li')!.dataset.code).to.equal('swelling-normal');
  });
});
