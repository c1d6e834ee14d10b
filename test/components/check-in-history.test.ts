import { expect } from 'chai';
import { html } from 'lit';
import '../../src/components/check-in-history/check-in-history.ts';
import { summarize, type CheckInHistory } from '../../src/components/check-in-history/check-in-history.ts';
import type { CheckInRecord } from '../../src/journal/records.ts';
import type { TemperatureUnit } from '../../src/vocabulary/index.ts';
import type { IsoDate } from '../../src/rules/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture, nextEvent } from '../helpers/fixture.ts';

const record = (date: string, extra: Partial<CheckInRecord> = {}): CheckInRecord => ({
  date: date as IsoDate,
  swelling: 'none',
  note: '',
  flags: [],
  savedAt: `${date}T20:00:00.000Z`,
  ...extra,
});

const CHECK_INS = [
  record('2026-03-06', {
    swelling: 'moderate',
    temperatureC: 38.5,
    redness: 'spreading',
    discharge: true,
    note: 'Woke up hot.',
    flags: [
      { level: 'urgent', code: 'fever-with-site-signs', message: 'Seek medical help now.' },
      { level: 'watch', code: 'swelling', message: 'More than mild swelling.' },
    ],
  }),
  record('2026-03-05', { swelling: 'mild', feverish: true, pain: 'mild', warmth: true }),
];
const SESSION = '2026-03-04';
const dayOf = (date: string) => (date >= SESSION ? Number(date.slice(8)) - Number(SESSION.slice(8)) + 1 : null);

// `days` has no default: passing undefined must mean "no day numbers".
const history = (checkIns: CheckInRecord[], unit: TemperatureUnit, days: typeof dayOf | undefined) =>
  fixture<CheckInHistory>(
    html`<smp-check-in-history .checkIns=${checkIns} unit=${unit} .dayOf=${days}></smp-check-in-history>`,
  );
const words = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<smp-check-in-history>', () => {
  it('lists check-ins in the order given, with dates in words, day numbers, summary, note and flags', async () => {
    const el = await history(CHECK_INS, 'C', dayOf);
    const entries = [...el.shadowRoot!.querySelectorAll('li.entry')];
    expect(entries.map((li) => words(li.querySelector('h3')))).to.deep.equal(['Fri 6 Mar 2026', 'Thu 5 Mar 2026']);
    expect(entries.map((li) => words(li.querySelector('.day')))).to.deep.equal(['Day 3', 'Day 2']);
    expect(words(entries[0]!.querySelector('.summary'))).to.equal(
      'Moderate swelling, 38.5 °C, redness spreading beyond it, pus or discharge',
    );
    expect(words(entries[1]!.querySelector('.summary'))).to.equal(
      'Mild swelling, feeling feverish, mild pain, scalp hot to the touch',
    );
    expect(words(entries[0]!.querySelector('.note'))).to.equal('Woke up hot.');
    expect(entries[1]!.querySelectorAll('.note').length).to.equal(0);
    const flags = entries[0]!.querySelector('smp-flag-list')!;
    expect(flags.hasAttribute('compact')).to.equal(true);
    expect([...flags.shadowRoot!.querySelectorAll('li')].map((li) => li.className)).to.deep.equal(['urgent', 'watch']);
    await expectNoAxeViolations(el);
  });

  it('shows temperatures in °F when that is the unit', async () => {
    const el = await history(CHECK_INS, 'F', dayOf);
    expect(words(el.shadowRoot!.querySelector('.summary')))
      .to.contain('101.3 °F')
      .and.not.contain('°C');
    expect(summarize(record('2026-03-07', { temperatureC: 37 }), 'C')).to.equal('No swelling, 37.0 °C');
  });

  it('leaves out day numbers when they are not known', async () => {
    const el = await history(CHECK_INS, 'C', undefined);
    expect(el.shadowRoot!.querySelectorAll('li.entry').length).to.equal(2);
    expect(el.shadowRoot!.querySelectorAll('.day').length).to.equal(0);
  });

  it('asks to edit a check-in by its date, with the date in the button name', async () => {
    const el = await history(CHECK_INS, 'C', dayOf);
    const button = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('li.entry button')[1]!;
    expect(button.getAttribute('aria-label')).to.equal('Edit check-in of Thu 5 Mar 2026');
    const event = nextEvent<CustomEvent>(document.body, 'check-in-edit');
    button.click();
    const received = await event;
    expect(received.detail).to.deep.equal({ date: '2026-03-05' });
    expect(received.composed).to.equal(true);
  });

  it('fits a 320px-wide phone without sideways scrolling', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <smp-check-in-history .checkIns=${CHECK_INS} unit="F" .dayOf=${dayOf}></smp-check-in-history>
      </div>`,
    );
    const el = box.querySelector('smp-check-in-history')!;
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('section')!;
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
  });

  it('says so kindly when there are no check-ins yet', async () => {
    const el = await history([], 'C', dayOf);
    expect(el.shadowRoot!.querySelectorAll('ol').length).to.equal(0);
    expect(words(el.shadowRoot!.querySelector('.hint'))).to.contain('No check-ins yet');
    await expectNoAxeViolations(el);
  });
});
