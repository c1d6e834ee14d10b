import { LitElement, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import {
  MAX_SESSION_NOTE,
  compareDates,
  daysBetween,
  describeDate,
  isIsoDate,
  shiftYears,
  validatePlan,
  whyNotIsoDate,
} from '../../rules/index.ts';
import type { IsoDate, Plan, Session } from '../../rules/index.ts';
import { planEditorStyles } from './plan-editor.styles.ts';

/** Why `value` cannot be a session date (empty, impossible, outside 1900–2100, more than 2 years from `today`), or null. */
export function dateProblem(value: string, today: string): string | null {
  if (!value) return msg('Enter the date of the session: day, month and year.');
  if (!isIsoDate(value)) return msg(str`${value} is not a date this app can use: ${whyNotIsoDate(value)}.`);
  const far = isIsoDate(today) && (value > shiftYears(today, 2) || value < shiftYears(today, -2));
  return far ? msg(str`${describeDate(value)} is more than 2 years from today; check the year.`) : null;
}

/** A session with `final` and `note` only when they say something, as the plan schema expects. */
export function makeSession(date: string, final: boolean, note: string): Session {
  const text = note.trim();
  return { date, ...(final ? { final: true } : {}), ...(text ? { note: text } : {}) };
}

const byDate = (sessions: readonly Session[]) =>
  [...sessions].sort((a, b) => compareDates(a.date as IsoDate, b.date as IsoDate));
const words = (date: string) => (isIsoDate(date) ? describeDate(date) : date);
const EMPTY = { date: '', final: false, note: '' };

/** The status word of a session; only the latest session on or before today counts days. */
function statusOf(date: string, today: string, latest: string | undefined): [string, string, string?] | null {
  if (!isIsoDate(today) || !isIsoDate(date)) return null;
  const days = daysBetween(date, today);
  if (days === 0) return [msg('Today'), 'today'];
  const ahead = -days;
  if (days < 0) return [msg('Planned'), 'planned', days === -1 ? msg('Tomorrow') : msg(str`In ${ahead} days`)];
  const day = days + 1;
  return date === latest ? [msg(str`Day ${day}`), 'current'] : [msg('Done'), 'done'];
}

/** What each session button says, and its accessible name naming the session. */
const buttonWords = (kind: string, date: string): [string, string] => {
  const when = words(date);
  if (kind === 'confirm') return [msg('Confirm remove'), msg(str`Confirm remove session of ${when}`)];
  if (kind === 'keep') return [msg('Keep'), msg(str`Keep session of ${when}`)];
  if (kind === 'edit') return [msg('Edit'), msg(str`Edit session of ${when}`)];
  return [msg('Remove'), msg(str`Remove session of ${when}`)];
};

const button = (kind: string, date: string, onClick: () => void) => {
  const [label, name] = buttonWords(kind, date);
  return html`<button
    class=${kind === 'edit' || kind === 'keep' ? 'secondary' : 'danger'}
    data-action=${kind}
    aria-label=${name}
    @click=${onClick}
  >
    ${label}
  </button>`;
};

/**
 * The treatment plan as a list of sessions (date, final tag, note, status word) with an inline form
 * to add or change one and an inline confirmation to remove one. Refuses impossible, far-off and
 * duplicate dates with a sentence; never stores anything itself.
 *
 * @fires plan-change - `{ plan }` with the sessions sorted by date, after a session is added, changed or removed.
 */
export class PlanEditor extends LitElement {
  static override styles = planEditorStyles;

  static override properties = {
    plan: { attribute: false },
    today: {},
    error: {},
    editing: { state: true },
    confirming: { state: true },
    draft: { state: true },
    formError: { state: true },
    announcement: { state: true },
  };

  /** The plan shown; the app replaces it after each `plan-change`. */
  plan: Plan = { sessions: [] };
  /** Today's local date, YYYY-MM-DD; status words count to it. */
  today = '';
  /** An error from the app (storage refused the change, …), announced at the top. */
  error = '';
  private editing: string | null = null;
  private confirming: string | null = null;
  private draft = EMPTY;
  private formError = '';
  private announcement = '';

  override render() {
    const sessions = byDate(this.plan?.sessions ?? []);
    const latest = sessions.filter((s) => s.date <= this.today).at(-1)?.date;
    const list = html`<ol class="sessions">
      ${sessions.map((s) => this.renderSession(s, latest))}
    </ol>`;
    return html`
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <section class="panel" aria-labelledby="list-heading">
        <h2 id="list-heading" tabindex="-1">${msg('Your sessions')}</h2>
        ${sessions.length ? list : html`<p class="hint">${msg('No sessions yet. Add the first one below.')}</p>`}
      </section>
      ${this.renderForm()}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    `;
  }

  private renderSession(s: Session, latest: string | undefined) {
    const [word, tone, detail] = statusOf(s.date, this.today, latest) ?? [];
    const at = `[data-date="${s.date}"]`;
    const actions =
      this.confirming === s.date
        ? html`<span class="ask">${msg('Remove this session?')}</span>
            ${button('confirm', s.date, () => this.removeSession(s.date))}
            ${button('keep', s.date, () => this.confirm(null, `${at} [data-action=remove]`))}`
        : html`${button('edit', s.date, () => this.startEdit(s))}
          ${button('remove', s.date, () => this.confirm(s.date, `${at} [data-action=keep]`))}`;
    return html`<li class="session ${this.editing === s.date ? 'editing' : ''}" data-date=${s.date}>
      <div class="head">
        <strong class="date">${words(s.date)}</strong>
        ${word ? html`<span class="status ${tone}">${word}</span>` : nothing}
        ${detail ? html`<span class="hint">${detail}</span>` : nothing}
        ${s.final ? html`<span class="tag">${msg('Final session')}</span>` : nothing}
      </div>
      ${s.note ? html`<p class="note">${s.note}</p>` : nothing}
      <div class="actions">${actions}</div>
    </li>`;
  }

  private renderForm() {
    const { editing, formError: error, draft } = this;
    return html`<form
      class="panel"
      aria-labelledby="form-heading"
      novalidate
      @submit=${this.onSubmit}
      @input=${this.onField}
      @change=${this.onField}
    >
      <h2 id="form-heading">${editing ? msg(str`Change the session of ${words(editing)}`) : msg('Add a session')}</h2>
      <div class="field">
        <label for="date">${msg('Session date')}</label>
        <input
          id="date"
          type="date"
          required
          .value=${draft.date}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'form-error' : nothing}
        />
      </div>
      <div class="check">
        <input id="final" type="checkbox" .checked=${draft.final} aria-describedby="final-hint" />
        <label for="final">${msg('This is my final session')}</label>
      </div>
      <p class="hint" id="final-hint">${msg('The long-term rules count from your final session.')}</p>
      <div class="field">
        <label for="note">${msg('Note')} <span class="hint">${msg('(optional)')}</span></label>
        <input
          id="note"
          type="text"
          maxlength=${MAX_SESSION_NOTE}
          placeholder=${msg('Clinic or technician')}
          .value=${draft.note}
        />
      </div>
      ${error ? html`<p id="form-error" class="error" role="alert">${error}</p>` : nothing}
      <div class="buttons">
        <button type="submit">${editing ? msg('Save changes') : msg('Add session')}</button>
        ${editing ? html`<button type="button" class="secondary" @click=${this.cancelEdit}>${msg('Cancel')}</button>` : nothing}
      </div>
    </form>`;
  }

  /** Keeps the draft in step with the fields (their ids are the draft's keys). */
  private onField(event: Event) {
    const field = event.target as HTMLInputElement;
    this.draft = { ...this.draft, [field.id]: field.type === 'checkbox' ? field.checked : field.value };
  }

  private onSubmit(event: Event) {
    event.preventDefault();
    const { date, final, note } = this.draft;
    const others = (this.plan?.sessions ?? []).filter((s) => s.date !== this.editing);
    const duplicate = others.some((s) => s.date === date)
      ? msg(str`There is already a session on ${words(date)}.`)
      : null;
    this.formError = dateProblem(date, this.today) ?? duplicate ?? '';
    if (this.formError) return;
    // Only one session can be final: marking this one moves the mark.
    const kept = final ? others.map((s) => makeSession(s.date, false, s.note ?? '')) : others;
    const when = words(date);
    const message = this.editing ? msg(str`Session on ${when} changed.`) : msg(str`Session on ${when} added.`);
    if (this.emit([...kept, makeSession(date, final, note)], message)) this.resetForm();
  }

  private startEdit(s: Session) {
    this.resetForm();
    Object.assign(this, { editing: s.date, confirming: null, draft: { ...EMPTY, ...s, final: Boolean(s.final) } });
    void this.focusLater('#date');
  }

  private cancelEdit() {
    const date = this.editing;
    this.resetForm();
    void this.focusLater(`[data-date="${date}"] [data-action=edit]`);
  }

  private confirm(date: string | null, focus: string) {
    this.confirming = date;
    void this.focusLater(focus);
  }

  private removeSession(date: string) {
    this.confirming = null;
    if (this.editing === date) this.resetForm();
    const left = this.plan.sessions.filter((s) => s.date !== date);
    if (this.emit(left, msg(str`Session on ${words(date)} removed.`))) void this.focusLater('#list-heading');
  }

  private resetForm() {
    Object.assign(this, { editing: null, draft: EMPTY, formError: '' });
  }

  /** Sends the new plan when the rules accept it; otherwise shows why and sends nothing. */
  private emit(sessions: readonly Session[], announcement: string): boolean {
    const checked = validatePlan({ sessions: byDate(sessions) });
    this.formError = checked.ok ? '' : checked.error;
    if (!checked.ok) return false;
    this.announcement = announcement;
    const detail = { plan: checked.value };
    this.dispatchEvent(new CustomEvent('plan-change', { detail, bubbles: true, composed: true }));
    return true;
  }

  private async focusLater(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

if (!customElements.get('smp-plan-editor')) customElements.define('smp-plan-editor', PlanEditor);

declare global {
  interface HTMLElementTagNameMap {
    'smp-plan-editor': PlanEditor;
  }
}
