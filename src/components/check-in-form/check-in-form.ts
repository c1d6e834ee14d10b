import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { assessSymptoms, describeDate, isIsoDate } from '../../rules/index.ts';
import type { CheckIn, IsoDate, SymptomFlag } from '../../rules/index.ts';
import { MAX_NOTE_LENGTH, sameRecord, type CheckInRecord } from '../../journal/records.ts';
import {
  FLAG_WORDS,
  PAIN_WORDS,
  REDNESS_WORDS,
  SIGN_WORDS,
  SWELLING_WORDS,
  TEMPERATURE_UNIT_NAMES,
  TEMPERATURE_WORDS,
  celsiusToFahrenheit,
  withoutHiddenCharacters,
  type TemperatureUnit,
} from '../../vocabulary/index.ts';
import '../flag-list/flag-list.ts';
import { checkInFormStyles } from './check-in-form.styles.ts';
import { convertTypedTemperature, readTemperature } from './temperature.ts';

export { parseTypedTemperature, readTemperature, temperatureRange } from './temperature.ts';

type Labels = Record<string, string | TemplateResult>;
type Draft = Required<Omit<CheckIn, 'temperatureC'>> & { temperature: string; note: string };

// A function, not a constant: the unit names are read in the language in use.
const units = () => ({
  C: html`°C<span class="visually-hidden"> ${TEMPERATURE_UNIT_NAMES.C}</span>`,
  F: html`°F<span class="visually-hidden"> ${TEMPERATURE_UNIT_NAMES.F}</span>`,
});

function draftOf(v: CheckInRecord | undefined, unit: TemperatureUnit): Draft {
  const c = v?.temperatureC;
  const temperature = c === undefined ? '' : String(unit === 'F' ? celsiusToFahrenheit(c) : c);
  const [feverish, discharge, warmth] = [!!v?.feverish, !!v?.discharge, !!v?.warmth];
  const choices = { swelling: v?.swelling ?? 'none', redness: v?.redness ?? 'none', pain: v?.pain ?? 'none' };
  return { ...choices, temperature, feverish, discharge, warmth, note: v?.note ?? '' };
}

/** One radio button or checkbox; the form's change handler reads its `name` and `value`. */
const option = (type: string, name: string, value: string, checked: boolean, label: string | TemplateResult) =>
  html`<label><input type=${type} name=${name} value=${value} .checked=${checked} />${label}</label>`;

/** A radio group with its legend; `current` is the value checked. */
const radios = (name: string, legend: string, options: Labels, current: string, kind = 'choices') =>
  html`<fieldset class=${kind}>
    <legend>${legend}</legend>
    ${Object.entries(options).map(([value, label]) => option('radio', name, value, current === value, label))}
  </fieldset>`;

/**
 * A day's symptom check-in: swelling, temperature (°C or °F), fever, redness, pain, discharge,
 * warmth and a note, with the rules' flags shown live as the answers change. Refuses implausible
 * temperatures with a sentence; never stores anything itself.
 *
 * The form is filled from `value`, and follows it while the person has changed nothing; once they
 * have, a new `value` (saved in another tab) never replaces their answers: the form says so, and the
 * save carries the check-in it was filled from, so the app can tell that a newer one would be lost.
 *
 * @fires check-in-save - `{ record: CheckInRecord, basis: CheckInRecord | null }`: the temperature in
 * °C, the flags raised, and the check-in the form was filled from (null for none).
 * @fires unit-change - `{ unit: 'C' | 'F' }` when the person switches the temperature unit.
 */
export class CheckInForm extends LitElement {
  static override styles = checkInFormStyles;

  static override properties = {
    date: {},
    day: { type: Number },
    value: { attribute: false },
    previous: { attribute: false },
    unit: {},
    error: {},
    draft: { state: true },
    formError: { state: true },
    changedElsewhere: { state: true },
  };

  /** The date checked in, YYYY-MM-DD. */
  date = '';
  /** Day of healing of `date` (1 = the session day), or null with no session. */
  day: number | null = null;
  /** The check-in already saved for `date`, to edit; the form is filled from it. */
  value: CheckInRecord | undefined = undefined;
  /** The last check-in before `date`, so the rules can tell growing swelling. */
  previous: CheckInRecord | undefined = undefined;
  /** The temperature unit; the form switches at once, the app should remember `unit-change`. */
  unit: TemperatureUnit = 'C';
  /** An error from the app (the check-in could not be stored), announced above the button. */
  error = '';
  private draft: Draft = draftOf(undefined, 'C');
  private formError = '';
  // A number field reports '' for text it cannot read; this remembers that it was not empty.
  private unreadable = false;
  /** Whether the person changed an answer since the form was filled. */
  private edited = false;
  /** The check-in the form was filled from. */
  private filledFrom: CheckInRecord | undefined = undefined;
  /** The last check-in this form sent, to know it when it comes back as `value`. */
  private sent: CheckInRecord | null = null;
  /** Whether `value` changed (another tab saved) while the person was answering. */
  private changedElsewhere = false;

  override willUpdate(changed: PropertyValues<this>) {
    const from = changed.get('unit');
    const moved = changed.has('value') && !sameRecord(this.value, this.filledFrom);
    if (changed.has('date') || (moved && (!this.edited || sameRecord(this.value, this.sent)))) {
      this.fill();
    } else if (moved) {
      this.changedElsewhere = true;
    } else if (from) {
      this.draft = { ...this.draft, temperature: convertTypedTemperature(this.draft.temperature, from, this.unit) };
    }
  }

  override render() {
    const { draft, unit, formError: problem, day } = this;
    const flags = this.liveFlags();
    const when = [isIsoDate(this.date) ? describeDate(this.date) : '', day ? msg(str`day ${day}`) : ''];
    return html`<form
      class="panel"
      aria-labelledby="heading"
      novalidate
      @change=${this.onChange}
      @submit=${this.onSubmit}
    >
      <h2 id="heading">${msg('How is your scalp?')} <span class="when">${when.filter(Boolean).join(', ')}</span></h2>
      ${
        this.changedElsewhere
          ? html`<p class="notice" role="status">
              ${msg('This check-in was saved in another tab or window while you were answering. Your answers are still here: when you save, you can choose which to keep.')}
            </p>`
          : nothing
      }
      ${radios('swelling', SWELLING_WORDS.question, SWELLING_WORDS.choices, draft.swelling)}
      <div class="field">
        <label for="temperature">${TEMPERATURE_WORDS.question} <span class="hint">(°${unit})</span></label>
        <p class="hint" id="temperature-hint">${msg('Leave empty if not measured.')}</p>
        <div class="temperature-row">
          <input
            id="temperature"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            .value=${draft.temperature}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby="temperature-hint ${problem ? 'temperature-error' : ''}"
            @input=${this.onTemperature}
          />
          ${radios('unit', msg('Temperature unit'), units(), unit, 'unit')}
        </div>
        ${problem ? html`<p class="error" id="temperature-error" role="alert">${problem}</p>` : nothing}
      </div>
      ${radios('redness', REDNESS_WORDS.question, REDNESS_WORDS.choices, draft.redness)}
      ${radios('pain', PAIN_WORDS.question, PAIN_WORDS.choices, draft.pain)}
      <div class="boxes">
        ${Object.entries(SIGN_WORDS).map(([k, { choice }]) => option('checkbox', k, 'yes', !!draft[k as keyof Draft], choice))}
      </div>
      <div class="field">
        <label for="note">${msg('Note')} <span class="hint">${msg('(optional)')}</span></label>
        <textarea
          id="note"
          name="note"
          rows="3"
          maxlength=${MAX_NOTE_LENGTH}
          .value=${draft.note}
          @input=${this.onChange}
        ></textarea>
      </div>
      <section class="meaning" aria-labelledby="meaning">
        <h3 id="meaning">${msg('What this means')}</h3>
        <smp-flag-list
          .flags=${flags}
          empty-text=${msg("Nothing here needs attention. Keep following today's aftercare.")}
        >
        </smp-flag-list>
        <p class="visually-hidden" aria-live="polite">
          ${flags[0] ? msg(str`Most serious: ${FLAG_WORDS[flags[0].level]}`) : ''}
        </p>
      </section>
      <p class="disclaimer">
        ${msg('This gives guidance, not a diagnosis. If you are worried, contact your technician or a doctor. In an emergency, call your local emergency number.')}
      </p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <button type="submit">${this.value ? msg('Update check-in') : msg('Save check-in')}</button>
    </form>`;
  }

  /** Puts the answers of `value` back in the form, dropping the person's changes (after they chose to keep the saved one). */
  discardDraft(): void {
    this.fill();
    this.requestUpdate();
  }

  private fill() {
    Object.assign(this, {
      draft: draftOf(this.value, this.unit),
      formError: '',
      unreadable: false,
      edited: false,
      filledFrom: this.value,
      changedElsewhere: false,
    });
  }

  /** The answers so far as the rules read them. */
  private checkIn(temperatureC: number | undefined): CheckIn {
    const { temperature: _typed, note: _note, ...answers } = this.draft;
    return temperatureC === undefined ? answers : { ...answers, temperatureC };
  }

  /** The flags for the answers so far; a temperature still being typed is left out until it reads. */
  private liveFlags(): SymptomFlag[] {
    const { celsius } = readTemperature(this.draft.temperature, this.unit);
    try {
      return assessSymptoms(this.checkIn(celsius), this.day, this.previous);
    } catch {
      return [];
    }
  }

  private onChange(event: Event) {
    const field = event.target as HTMLInputElement;
    if (field.id === 'temperature') return this.onTemperature(event);
    if (field.name === 'unit') return this.switchUnit(field.value as TemperatureUnit);
    this.edited = true;
    this.draft = { ...this.draft, [field.name]: field.type === 'checkbox' ? field.checked : field.value };
  }

  private onTemperature(event: Event) {
    const input = event.target as HTMLInputElement;
    this.unreadable = input.validity.badInput;
    this.formError = '';
    this.edited = true;
    this.draft = { ...this.draft, temperature: input.value };
  }

  private switchUnit(unit: TemperatureUnit) {
    this.unit = unit;
    this.dispatchEvent(new CustomEvent('unit-change', { detail: { unit }, bubbles: true, composed: true }));
  }

  private async onSubmit(event: Event) {
    event.preventDefault();
    const { celsius, error } = readTemperature(this.unreadable ? '?' : this.draft.temperature, this.unit);
    this.formError = error ?? '';
    if (error) {
      await this.updateComplete;
      return this.renderRoot.querySelector<HTMLInputElement>('#temperature')?.focus();
    }
    const checkIn = this.checkIn(celsius);
    const flags = assessSymptoms(checkIn, this.day, this.previous);
    const date = this.date as IsoDate;
    const record: CheckInRecord = {
      date,
      ...checkIn,
      // Pasted text can carry characters that hide or reverse it: they are dropped.
      note: withoutHiddenCharacters(this.draft.note).trim(),
      flags,
      savedAt: new Date().toISOString(),
    };
    this.sent = record;
    const detail = { record, basis: this.filledFrom ?? null };
    this.dispatchEvent(new CustomEvent('check-in-save', { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('smp-check-in-form')) customElements.define('smp-check-in-form', CheckInForm);

declare global {
  interface HTMLElementTagNameMap {
    'smp-check-in-form': CheckInForm;
  }
}
