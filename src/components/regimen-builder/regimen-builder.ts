import { LitElement, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { LEVEL_LABELS } from '../../vocabulary/index.ts';
import { validateRegimen, type Regimen } from '../../rules/index.ts';
import { builderStyles } from './builder.styles.ts';
import { newDraftRule, regimenJsonOf, type Draft, type DraftRule } from './draft.ts';
import './builder-preview.ts';
import './rule-editor.ts';

/** What the builder says after each edit: the draft, and the regimen once the rules accept it. */
export interface BuilderChange {
  readonly draft: Draft;
  readonly regimen: Regimen | null;
  /** The rules' own sentence while the regimen is not valid, '' once it is. */
  readonly error: string;
}

/**
 * The regimen builder for technicians: the studio's name, the levels and each rule (added,
 * edited, removed), checked on every edit by the rules' own validation with its sentences, and a
 * preview of the client's card. The screen around it makes the link, QR code, file and handout.
 *
 * @fires regimen-change - `BuilderChange` after every edit (and once at the start).
 */
export class RegimenBuilder extends LitElement {
  static override styles = builderStyles;

  static override properties = {
    draft: { attribute: false },
    today: {},
  };

  /** The regimen being edited (the screen keeps it while the technician looks elsewhere). */
  draft: Draft | null = null;
  /** Today's date, for the preview's sample session. */
  today = '';
  private checked: BuilderChange | null = null;
  private added = '';

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('draft') && this.draft) {
      const result = validateRegimen(regimenJsonOf(this.draft));
      this.checked = {
        draft: this.draft,
        regimen: result.ok ? result.value : null,
        error: result.ok ? '' : result.error,
      };
    }
  }

  override updated(changed: Map<string, unknown>) {
    if (changed.has('draft') && this.checked)
      this.dispatchEvent(
        new CustomEvent<BuilderChange>('regimen-change', { detail: this.checked, bubbles: true, composed: true }),
      );
  }

  override render() {
    const draft = this.draft;
    if (!draft) return nothing;
    const levelField = (key: 'strictUntilDay' | 'cautionUntilDay' | 'limitedUntilDay', label: string) =>
      html`<div class="field">
        <label for=${key}>${label} until day</label>
        <input
          id=${key}
          type="number"
          min="1"
          inputmode="numeric"
          .value=${String(draft[key])}
          @input=${(e: Event) => this.edit({ ...draft, [key]: (e.target as HTMLInputElement).valueAsNumber })}
        />
      </div>`;
    return html`<section class="panel" aria-labelledby="studio-heading">
        <h2 id="studio-heading">${msg('Your studio')}</h2>
        <div class="field">
          <label for="name">${msg('Studio’s name')}</label>
          <input
            id="name"
            maxlength="80"
            autocomplete="organization"
            .value=${draft.name}
            @input=${(e: Event) => this.edit({ ...draft, name: (e.target as HTMLInputElement).value })}
          />
          <p class="hint">${msg('Your clients see it on their card, beside their day of healing.')}</p>
        </div>
      </section>
      <section class="panel" aria-labelledby="levels-heading">
        <h2 id="levels-heading">${msg('Levels')}</h2>
        <p class="hint">
          ${msg(str`The word and colour of each day. After the last one, the card says “${LEVEL_LABELS.clear}”.`)}
        </p>
        <div class="row">
          ${levelField('strictUntilDay', LEVEL_LABELS.strict)} ${levelField('cautionUntilDay', LEVEL_LABELS.caution)}
          ${levelField('limitedUntilDay', LEVEL_LABELS.limited)}
        </div>
      </section>
      <section class="panel" aria-labelledby="rules-heading">
        <h2 id="rules-heading">${msg(str`Rules (${draft.rules.length})`)}</h2>
        <p class="hint">${msg('Open a rule to change it. They start as the standard regimen’s.')}</p>
        <ol class="rules">
          ${draft.rules.map(
            (rule, index) =>
              html`<li>
                <smp-rule-editor
                  .rule=${rule}
                  ?open=${rule.id === this.added}
                  @rule-change=${(e: CustomEvent<{ rule: DraftRule }>) => this.editRule(index, e.detail.rule)}
                  @rule-remove=${() => this.edit({ ...draft, rules: draft.rules.filter((_, i) => i !== index) })}
                ></smp-rule-editor>
              </li>`,
          )}
        </ol>
        <p><button class="secondary" @click=${this.onAdd}>${msg('Add a rule')}</button></p>
      </section>
      <p role="status" class=${this.checked?.error ? 'error' : 'valid'}>
        ${this.checked?.error || msg('The regimen is complete: its link, QR code, file and handout are below.')}
      </p>
      <smp-builder-preview .regimen=${this.checked?.regimen ?? null} .today=${this.today}></smp-builder-preview>`;
  }

  private edit(draft: Draft) {
    this.draft = draft;
  }

  private editRule(index: number, rule: DraftRule) {
    const draft = this.draft;
    if (draft) this.edit({ ...draft, rules: draft.rules.map((r, i) => (i === index ? rule : r)) });
  }

  private onAdd() {
    const draft = this.draft;
    if (!draft) return;
    const rule = newDraftRule(draft);
    this.added = rule.id;
    this.edit({ ...draft, rules: [...draft.rules, rule] });
  }
}

if (!customElements.get('smp-regimen-builder')) customElements.define('smp-regimen-builder', RegimenBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'smp-regimen-builder': RegimenBuilder;
  }
}
