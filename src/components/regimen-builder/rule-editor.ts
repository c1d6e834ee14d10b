import { LitElement, html } from 'lit';
import { msg } from '@lit/localize';
import { windowWords } from '../../handover/index.ts';
import type { RuleWindow } from '../../rules/index.ts';
import { builderStyles } from './builder.styles.ts';
import type { DraftRule } from './draft.ts';

/** The words of a draft rule's window, for its summary line ("5 days", "days 6–10"). */
function windowOf(rule: DraftRule): string {
  const w: RuleWindow =
    rule.end === 'years'
      ? { anchor: rule.anchor, fromDay: rule.fromDay, toYears: rule.toYears }
      : { anchor: rule.anchor, fromDay: rule.fromDay, toDay: rule.end === 'never' ? null : rule.toDay };
  return Number.isFinite(rule.fromDay) && Number.isFinite(rule.toDay) ? windowWords(w) : '…';
}

/**
 * One rule of the regimen builder, folded into its title and how long it lasts; open, its fields:
 * title, avoid or do, the window (from which day, until a day, for years or for good, counted from
 * each session or the final one), the advice and the milestone.
 *
 * @fires rule-change - `{ rule }` on every edit.
 * @fires rule-remove - when "Remove this rule" is pressed.
 */
export class RuleEditor extends LitElement {
  static override styles = builderStyles;

  static override properties = {
    rule: { attribute: false },
    open: { type: Boolean },
  };

  /** The rule being edited. */
  rule: DraftRule | null = null;
  /** Whether it starts unfolded (a rule just added). */
  open = false;

  override render() {
    const rule = this.rule;
    if (!rule) return html``;
    const title = rule.title.trim() || msg('A new rule');
    return html`<details ?open=${this.open} @input=${this.onField} @change=${this.onField}>
      <summary>
        <span class="kind">${rule.kind === 'do' ? msg('Do') : msg('Avoid')}</span>
        <span>${title}</span>
        <span class="hint">${windowOf(rule)}</span>
      </summary>
      <div class="fields">
        <div class="field">
          <label for="title">${msg('Title')}</label>
          <input id="title" maxlength="80" .value=${rule.title} />
        </div>
        <div class="row">
          <div class="field">
            <label for="kind">${msg('Something to')}</label>
            <select id="kind" .value=${rule.kind}>
              <option value="avoid">${msg('avoid')}</option>
              <option value="do">${msg('do')}</option>
            </select>
          </div>
          <div class="field">
            <label for="anchor">${msg('Counted from')}</label>
            <select id="anchor" .value=${rule.anchor}>
              <option value="each-session">${msg('each session')}</option>
              <option value="final-session">${msg('the final session')}</option>
            </select>
          </div>
        </div>
        <div class="row">
          <div class="field">
            <label for="fromDay">${msg('From day')}</label>
            <input id="fromDay" type="number" min="1" inputmode="numeric" .value=${String(rule.fromDay)} />
          </div>
          <div class="field">
            <label for="end">${msg('Lasts')}</label>
            <select id="end" .value=${rule.end}>
              <option value="day">${msg('until a day')}</option>
              <option value="years">${msg('for years')}</option>
              <option value="never">${msg('for good')}</option>
            </select>
          </div>
          ${
            rule.end === 'day'
              ? html`<div class="field">
                  <label for="toDay">${msg('Until day')}</label>
                  <input id="toDay" type="number" min="1" inputmode="numeric" .value=${String(rule.toDay)} />
                </div>`
              : rule.end === 'years'
                ? html`<div class="field">
                    <label for="toYears">${msg('Years')}</label>
                    <input
                      id="toYears"
                      type="number"
                      min="1"
                      max="10"
                      inputmode="numeric"
                      .value=${String(rule.toYears)}
                    />
                  </div>`
                : html``
          }
        </div>
        <div class="field">
          <label for="text">${msg('What to do, and why')}</label>
          <textarea id="text" rows="3" maxlength="400" .value=${rule.text}></textarea>
        </div>
        <div class="field">
          <label for="milestone"
            >${msg('Milestone when it ends or starts')} <span class="hint">${msg('(optional)')}</span></label
          >
          <input id="milestone" maxlength="120" .value=${rule.milestone} placeholder=${msg('Gentle washing allowed')} />
        </div>
        <p><button class="danger" @click=${this.onRemove}>${msg('Remove this rule')}</button></p>
      </div>
    </details>`;
  }

  /** Every field's id is the draft's key; numbers stay NaN while empty, for the validation to name. */
  private onField(event: Event) {
    const field = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const rule = this.rule;
    if (!rule || !field.id) return;
    const value = field instanceof HTMLInputElement && field.type === 'number' ? field.valueAsNumber : field.value;
    this.dispatchEvent(
      new CustomEvent('rule-change', {
        detail: { rule: { ...rule, [field.id]: value } },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private onRemove() {
    this.dispatchEvent(new CustomEvent('rule-remove', { bubbles: true, composed: true }));
  }
}

if (!customElements.get('smp-rule-editor')) customElements.define('smp-rule-editor', RuleEditor);

declare global {
  interface HTMLElementTagNameMap {
    'smp-rule-editor': RuleEditor;
  }
}
