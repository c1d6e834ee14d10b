import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/components/check-in-form/check-in-form.ts';
import { useLanguage } from '../../src/i18n/localize.ts';
import { readTemperature, type CheckInForm } from '../../src/components/check-in-form/check-in-form.ts';
import type { CheckInRecord } from '../../src/journal/records.ts';
import type { TemperatureUnit } from '../../src/vocabulary/index.ts';
import type { IsoDate } from '../../src/rules/index.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture, nextEvent } from '../helpers/fixture.ts';

type SaveEvent = CustomEvent<{ record: CheckInRecord; basis: CheckInRecord | null }>;

const DATE = '2026-03-05';
const CALM_LINE = "Nothing here needs attention. Keep following today's aftercare.";

interface Options {
  day?: number | null;
  unit?: TemperatureUnit;
  value?: CheckInRecord;
  previous?: CheckInRecord;
  error?: string;
}

const form = ({ day = 3, unit = 'C', value, previous, error = '' }: Options = {}) =>
  fixture<CheckInForm>(
    html`<smp-check-in-form
      date=${DATE}
      .day=${day}
      unit=${unit}
      .value=${value}
      .previous=${previous}
      .error=${error}
    ></smp-check-in-form>`,
  );

const $ = <T extends Element = HTMLElement>(el: CheckInForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const words = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function click(el: CheckInForm, selector: string) {
  $(el, selector).click();
  await el.updateComplete;
}

async function typeTemperature(el: CheckInForm, value: string) {
  const input = $<HTMLInputElement>(el, '#temperature');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The live flags shown under the form, as [level, code]. */
function liveFlags(el: CheckInForm): [string, string][] {
  const list = $(el, 'smp-flag-list');
  return [...list.shadowRoot!.querySelectorAll('li')].map((li) => [li.className, li.dataset.code ?? '']);
}

/** Submits and returns the `check-in-save` events sent. */
async function submit(el: CheckInForm): Promise<SaveEvent[]> {
  const events: SaveEvent[] = [];
  el.addEventListener('check-in-save', (e) => events.push(e as SaveEvent));
  await click(el, 'button[type=submit]');
  await el.updateComplete;
  return events;
}

describe('<smp-check-in-form>', () => {
  it('shows the urgent flag live for a fever with moderate swelling, and saves it', async () => {
    const el = await form();
    await click(el, 'input[name=swelling][value=moderate]');
    await typeTemperature(el, '38.5');
    expect(liveFlags(el)).to.deep.equal([
      ['urgent', 'fever-with-site-signs'],
      ['watch', 'swelling'],
    ]);
    expect(words($(el, 'smp-flag-list').shadowRoot!))
      .to.contain('Urgent')
      .and.contain('38.5 °C');
    await expectNoAxeViolations(el);

    const before = Date.now();
    const [event, ...more] = await submit(el);
    expect(more.length).to.equal(0);
    expect(event!.bubbles && event!.composed).to.equal(true);
    const { record } = event!.detail;
    expect(record.flags[0]!.level).to.equal('urgent');
    expect(record).to.deep.include({
      date: DATE,
      swelling: 'moderate',
      temperatureC: 38.5,
      feverish: false,
      redness: 'none',
      pain: 'none',
      discharge: false,
      warmth: false,
      note: '',
    });
    expect(Date.parse(record.savedAt)).to.be.at.least(before - 1000);
  });

  it('flags feeling feverish alone as one to watch, and saves no temperature', async () => {
    const el = await form();
    await click(el, 'input[name=feverish]');
    expect(liveFlags(el)).to.deep.equal([['watch', 'fever']]);
    expect(words($(el, 'smp-flag-list').shadowRoot!)).to.contain('Get advice');
    const [event] = await submit(el);
    const { record } = event!.detail;
    expect(record.feverish).to.equal(true);
    expect(record).to.not.have.property('temperatureC');
    expect(record.flags.map((f) => f.level)).to.deep.equal(['watch']);
  });

  it('calls mild swelling on day 2 normal, and the same on day 9 worth a call', async () => {
    const early = await form({ day: 2 });
    await click(early, 'input[name=swelling][value=mild]');
    expect(liveFlags(early)).to.deep.equal([['info', 'swelling-normal']]);
    expect(words($(early, 'smp-flag-list').shadowRoot!)).to.contain('Good to know');
    const late = await form({ day: 9 });
    await click(late, 'input[name=swelling][value=mild]');
    expect(liveFlags(late)).to.deep.equal([['watch', 'swelling-lasting']]);
  });

  it('compares with the previous check-in', async () => {
    const previous: CheckInRecord = {
      date: '2026-03-04' as IsoDate,
      swelling: 'none',
      note: '',
      flags: [],
      savedAt: '',
    };
    const el = await form({ day: 2, previous });
    await click(el, 'input[name=swelling][value=mild]');
    expect(liveFlags(el)).to.deep.equal([['watch', 'swelling-growing']]);
  });

  it('says calmly when nothing needs attention, and always says it is not a diagnosis', async () => {
    const el = await form();
    expect(liveFlags(el)).to.deep.equal([]);
    expect(words($(el, 'smp-flag-list').shadowRoot!)).to.equal(CALM_LINE);
    const disclaimer = words($(el, '.disclaimer'));
    expect(disclaimer)
      .to.contain('not a diagnosis')
      .and.contain('technician or a doctor')
      .and.contain('In an emergency, call your local emergency number');
    await click(el, 'input[name=discharge]');
    expect(words($(el, 'smp-flag-list').shadowRoot!)).to.not.contain(CALM_LINE);
    expect(words($(el, '.disclaimer'))).to.equal(disclaimer);
  });

  it('refuses 50 °C with a sentence naming the value and the range, and sends nothing', async () => {
    const el = await form();
    await typeTemperature(el, '50');
    const events = await submit(el);
    expect(events.length).to.equal(0);
    const alert = $(el, '[role=alert]');
    expect(words(alert)).to.contain('50 °C').and.contain('30–45 °C');
    expect($(el, '#temperature').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#temperature').getAttribute('aria-describedby')).to.contain(alert.id);
    expect(el.shadowRoot!.activeElement?.id).to.equal('temperature');
    await expectNoAxeViolations(el);
  });

  it('refuses 120 °F in °F terms, and clears the message once the value is corrected', async () => {
    const el = await form({ unit: 'F' });
    await typeTemperature(el, '120');
    expect((await submit(el)).length).to.equal(0);
    expect(words($(el, '[role=alert]')))
      .to.contain('120 °F')
      .and.contain('86–113 °F');
    await typeTemperature(el, '99.5');
    expect(el.shadowRoot!.querySelectorAll('[role=alert]').length).to.equal(0);
    expect((await submit(el)).length).to.equal(1);
  });

  it('reads non-numeric and comma-decimal temperatures sensibly', () => {
    expect(readTemperature('abc', 'C').error).to.contain('“abc” is not a temperature');
    expect(readTemperature('38,5', 'C')).to.deep.equal({ celsius: 38.5 });
    expect(readTemperature('  ', 'F')).to.deep.equal({});
    expect(readTemperature('37.25', 'C')).to.deep.equal({
      error: '“37.25” has more than one decimal. Write the temperature with at most one decimal, like 38.5.',
    });
  });

  it('refuses a second decimal in Spanish with a decimal comma in the example', async () => {
    await useLanguage('es');
    try {
      const { error } = readTemperature('37,25', 'C');
      expect(error).to.equal(
        '«37,25» tiene más de un decimal. Escriba la temperatura con un decimal como máximo, como 38,5.',
      );
      expect(error).not.to.contain('decimal, like');
    } finally {
      await useLanguage('en-GB');
    }
  });

  // Typed with real key presses, as the attack was made: a number field turned "38,5" into 385.
  for (const [typed, celsius] of [
    ['38,5', 38.5],
    ['38.5', 38.5],
  ] as const) {
    it(`keeps “${typed}” typed on the keyboard as ${celsius} °C`, async () => {
      const el = await form();
      $<HTMLInputElement>(el, '#temperature').focus();
      await sendKeys({ type: typed });
      await el.updateComplete;
      const [event] = await submit(el);
      expect(event!.detail.record.temperatureC).to.equal(celsius);
    });
  }
  it('refuses “37,25” typed on the keyboard with a sentence, never rounding it to 37.3', async () => {
    const el = await form();
    $<HTMLInputElement>(el, '#temperature').focus();
    await sendKeys({ type: '37,25' });
    await el.updateComplete;
    expect((await submit(el)).length).to.equal(0);
    expect(words($(el, '[role=alert]'))).to.contain(
      '“37,25” has more than one decimal. Write the temperature with at most one decimal, like 38.5.',
    );
    expect($<HTMLInputElement>(el, '#temperature').value).to.equal('37,25');
  });

  for (const typed of ['1e3', '38.5.1', '3 8', '0x26', '-38', '38,5°', '٣٨']) {
    it(`refuses “${typed}” typed on the keyboard with a sentence, never reading other digits into it`, async () => {
      const el = await form();
      $<HTMLInputElement>(el, '#temperature').focus();
      await sendKeys({ type: typed });
      await el.updateComplete;
      expect((await submit(el)).length).to.equal(0);
      expect(words($(el, '[role=alert]'))).to.contain(`“${typed}” is not a temperature`);
      expect($<HTMLInputElement>(el, '#temperature').value, 'what was typed stays as typed').to.equal(typed);
    });
  }

  it('stores a °F reading of 101.3 as 38.5 °C', async () => {
    const el = await form({ unit: 'F' });
    await typeTemperature(el, '101.3');
    const [event] = await submit(el);
    expect(event!.detail.record.temperatureC).to.equal(38.5);
    expect(event!.detail.record.flags.map((f) => f.code)).to.deep.equal(['fever']);
  });

  it('switches the unit, says so, and converts what was typed', async () => {
    const el = await form();
    await typeTemperature(el, '38.5');
    const event = nextEvent<CustomEvent>(document.body, 'unit-change');
    await click(el, 'input[name=unit][value=F]');
    expect((await event).detail).to.deep.equal({ unit: 'F' });
    expect($<HTMLInputElement>(el, '#temperature').value).to.equal('101.3');
    expect($<HTMLInputElement>(el, 'input[name=unit][value=F]').checked).to.equal(true);
    const [saved] = await submit(el);
    expect(saved!.detail.record.temperatureC).to.equal(38.5);
  });

  it('fills the form from an existing check-in, in the chosen unit, and updates it', async () => {
    const value: CheckInRecord = {
      date: DATE as IsoDate,
      swelling: 'mild',
      temperatureC: 37.5,
      feverish: false,
      redness: 'at-site',
      pain: 'increasing',
      discharge: false,
      warmth: true,
      note: 'Itchy at the crown.',
      flags: [],
      savedAt: '2026-03-05T08:00:00.000Z',
    };
    const el = await form({ unit: 'F', value });
    const checked = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map(
      (i) => `${i.name}=${i.value}`,
    );
    expect(checked).to.deep.equal(['swelling=mild', 'unit=F', 'redness=at-site', 'pain=increasing', 'warmth=yes']);
    expect($<HTMLInputElement>(el, '#temperature').value).to.equal('99.5');
    expect($<HTMLTextAreaElement>(el, '#note').value).to.equal('Itchy at the crown.');
    expect(words($(el, 'button[type=submit]'))).to.equal('Update check-in');

    const note = $<HTMLTextAreaElement>(el, '#note');
    note.value = '  Itchy, less red.  ';
    note.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const [event] = await submit(el);
    const { record } = event!.detail;
    expect(record).to.deep.include({ swelling: 'mild', temperatureC: 37.5, redness: 'at-site', warmth: true });
    expect(record.note).to.equal('Itchy, less red.');
    expect(record.savedAt).to.not.equal(value.savedAt);
  });

  it('follows a check-in saved elsewhere while untouched, keeps the answers once touched, and says which it was filled from', async () => {
    const theirs: CheckInRecord = {
      date: DATE as IsoDate,
      swelling: 'severe',
      note: 'From the other tab',
      flags: [],
      savedAt: '2026-03-05T09:00:00.000Z',
    };
    // Untouched: the other tab's check-in replaces the empty form.
    const el = await form();
    el.value = theirs;
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#note').value).to.equal('From the other tab');
    expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);

    // Touched: a newer save elsewhere does not replace the answers; the form says so.
    await click(el, 'input[name=swelling][value=none]');
    el.value = { ...theirs, note: 'Changed again', savedAt: '2026-03-05T09:30:00.000Z' };
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[name=swelling][value=none]').checked).to.equal(true);
    expect($<HTMLTextAreaElement>(el, '#note').value).to.equal('From the other tab');
    expect(words($(el, '.notice'))).to.match(/saved in another tab or window while you were answering/);
    const [event] = await submit(el);
    expect(event!.detail.basis, 'the save names the check-in it was filled from').to.deep.equal(theirs);

    // The person keeps the saved one: the form shows it and follows it again.
    el.discardDraft();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#note').value).to.equal('Changed again');
    expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
    const [again] = await submit(el);
    expect(again!.detail.basis?.note).to.equal('Changed again');
  });

  it('drops characters that would hide or reverse a typed note', async () => {
    const el = await form();
    const note = $<HTMLTextAreaElement>(el, '#note');
    note.value = 'fine \u202Eenif\u200B';
    note.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const [event] = await submit(el);
    expect(event!.detail.record.note).to.equal('fine enif');
  });

  it('starts empty for a new date, with "Save check-in"', async () => {
    const el = await form();
    expect($<HTMLInputElement>(el, 'input[name=swelling][value=none]').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#temperature').value).to.equal('');
    expect(words($(el, 'button[type=submit]'))).to.equal('Save check-in');
    expect(words($(el, 'h2'))).to.contain('Thu 5 Mar 2026, day 3');
    expect($(el, '#note').getAttribute('maxlength')).to.equal('1000');
  });

  it('fits a 320px-wide phone without sideways scrolling, even with an urgent flag', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <smp-check-in-form date=${DATE} .day=${3} unit="F"></smp-check-in-form>
      </div>`,
    );
    const el = box.querySelector('smp-check-in-form')!;
    await el.updateComplete;
    await click(el, 'input[name=redness][value=spreading]');
    await typeTemperature(el, '101.3');
    expect(liveFlags(el)[0]).to.deep.equal(['urgent', 'fever-with-site-signs']);
    const panel = $(el, 'form');
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('announces an error from the app', async () => {
    const el = await form({ error: 'The check-in could not be saved: storage is full.' });
    expect(words($(el, '[role=alert]'))).to.equal('The check-in could not be saved: storage is full.');
    await expectNoAxeViolations(el);
  });
});
