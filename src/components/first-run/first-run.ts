import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { MAX_SESSION_NOTE, validatePlan } from '../../rules/index.ts';
import { dateProblem, makeSession } from '../plan-editor/plan-editor.ts';
import { firstRunStyles } from './first-run.styles.ts';

/**
 * The friendly first screen while there is no plan: asks for the treatment date (past or planned),
 * whether it was the final session and an optional clinic note, then starts the journal.
 *
 * @fires plan-change - `{ plan: { sessions: [{ date, final?, note? }] } }` when "Start my aftercare" is pressed.
 */
export class FirstRun extends LitElement {
  static override styles = firstRunStyles;

  static override properties = {
    today: {},
    error: {},
    date: { state: true },
    final: { state: true },
    note: { state: true },
    formError: { state: true },
  };

  /** Today's local date, YYYY-MM-DD; the date field starts on it. */
  today = '';
  /** An error from the app (storage refused the plan, …), announced above the button. */
  error = '';
  private date = '';
  private final = false;
  private note = '';
  private formError = '';

  override willUpdate(changed: PropertyValues<this>) {
    // Follow `today` (it may arrive after the first render, or pass midnight) until the person picks a date.
    if (changed.has('today') && (!this.date || this.date === changed.get('today'))) this.date = this.today;
  }

  override render() {
    const error = this.formError;
    return html`<section class="panel" aria-labelledby="title">
      <p class="eyebrow">${msg('SMP Aftercare Journal')}</p>
      <h1 id="title">${msg('When was your treatment?')}</h1>
      <p class="intro">
        ${msg('This journal shows what you may and may not do each day while your scalp heals. Everything stays on this device.')}
      </p>
      <form novalidate @submit=${this.onSubmit} @input=${this.onField} @change=${this.onField}>
        <div class="field">
          <label for="date">${msg('Date of your session')}</label>
          <input
            id="date"
            type="date"
            required
            .value=${this.date}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'date-hint form-error' : 'date-hint'}
          />
          <p class="hint" id="date-hint">
            ${msg('Not done yet? A planned date is fine too. You can add more sessions later.')}
          </p>
        </div>
        <div class="check">
          <input id="final" type="checkbox" .checked=${this.final} />
          <label for="final">${msg('This was my final session')}</label>
        </div>
        <div class="field">
          <label for="note">${msg('Clinic or technician (optional)')}</label>
          <input id="note" type="text" maxlength=${MAX_SESSION_NOTE} autocomplete="off" .value=${this.note} />
        </div>
        ${error ? html`<p id="form-error" class="error" role="alert">${error}</p>` : nothing}
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <button type="submit" class="start">${msg('Start my aftercare')}</button>
      </form>
    </section>`;
  }

  /** Keeps the state in step with the fields (their ids are the state's names). */
  private onField(event: Event) {
    const field = event.target as HTMLInputElement;
    Object.assign(this, { [field.id]: field.type === 'checkbox' ? field.checked : field.value });
  }

  private onSubmit(event: Event) {
    event.preventDefault();
    this.formError = dateProblem(this.date, this.today) ?? '';
    if (this.formError) return;
    const checked = validatePlan({ sessions: [makeSession(this.date, this.final, this.note)] });
    if (!checked.ok) {
      this.formError = checked.error;
      return;
    }
    const detail = { plan: checked.value };
    this.dispatchEvent(new CustomEvent('plan-change', { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('smp-first-run')) customElements.define('smp-first-run', FirstRun);

declare global {
  interface HTMLElementTagNameMap {
    'smp-first-run': FirstRun;
  }
}
