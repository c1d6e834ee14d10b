import { LitElement, html, nothing } from 'lit';
import type { SymptomFlag } from '../../rules/index.ts';
import { FLAG_WORDS } from '../../vocabulary/flags.ts';
import { flagIcons } from '../icons.ts';
import { flagListStyles } from './flag-list.styles.ts';

/**
 * Symptom flags as a list, most serious first as the rules sort them: each with an icon, a level
 * word and the rules' message; urgent ones stand out. Renders nothing when empty unless
 * `emptyText` is set. Sends no events.
 */
export class FlagList extends LitElement {
  static override styles = flagListStyles;

  static override properties = {
    flags: { attribute: false },
    emptyText: { attribute: 'empty-text' },
    compact: { type: Boolean, reflect: true },
  };

  /** The flags to show, as `assessSymptoms` returns them. */
  flags: readonly SymptomFlag[] = [];
  /** Shown when there are no flags; empty renders nothing at all. */
  emptyText = '';
  /** Smaller blocks, for lists of past check-ins. */
  compact = false;

  override render() {
    const flags = this.flags ?? [];
    if (flags.length === 0) return this.emptyText ? html`<p class="hint">${this.emptyText}</p>` : nothing;
    // list-style:none drops list semantics in Safari; the role puts them back.
    return html`<ul role="list">
      ${flags.map(
        (flag) =>
          html`<li class=${flag.level} data-code=${flag.code}>
            ${flagIcons[flag.level]}
            <div>
              <strong class="level">${FLAG_WORDS[flag.level]}<span class="visually-hidden">:</span></strong>
              <p>${flag.message}</p>
            </div>
          </li>`,
      )}
    </ul>`;
  }
}

if (!customElements.get('smp-flag-list')) customElements.define('smp-flag-list', FlagList);

declare global {
  interface HTMLElementTagNameMap {
    'smp-flag-list': FlagList;
  }
}
