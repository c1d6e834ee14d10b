import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import {
  ASK_YOUR_TECHNICIAN,
  describeDate,
  type ActiveRule,
  type Advice,
  type IsoDate,
  type OpenFlagLevel,
  type Status,
} from '../../rules/index.ts';
import { openFlagLine } from '../../vocabulary/flags.ts';
import { LEVEL_LABELS } from '../../vocabulary/levels.ts';
import { listed, lowerFirst } from '../../vocabulary/words.ts';
import { avoidIcon, countdownIcon, doIcon, flagIcons, levelIcons } from '../icons.ts';
import { statusCardStyles } from './status-card.styles.ts';

const LEVEL_VARS = {
  none: ['--smp-none', '--smp-none-bg'],
  strict: ['--smp-strict', '--smp-strict-bg'],
  caution: ['--smp-caution', '--smp-caution-bg'],
  limited: ['--smp-limited', '--smp-limited-bg'],
  clear: ['--smp-clear', '--smp-clear-bg'],
} as const;

/** "in 2 days", "tomorrow", "today". */
function inDaysWords(days: number): string {
  if (days <= 0) return msg('today', { id: 'inDaysToday', desc: 'When the next change comes: "… today"' });
  if (days === 1) return msg('tomorrow', { id: 'inDaysTomorrow', desc: 'When the next change comes: "… tomorrow"' });
  return msg(str`in ${days} days`, { id: 'inDaysMany', desc: 'When the next change comes: "… in 3 days"' });
}

/**
 * The day's aftercare card: an open symptom flag first, then the day number, level (word + icon +
 * colour; long-term care says what it holds), what to avoid and what to do with "until …" /
 * "from …", the next change as a countdown, the next session and the advice to ask the technician.
 * Shared by the PWA and the extension popup. With `adherence` set, the "do" items can be ticked: a
 * tick shows at once and stays until `adherence` agrees with it, or the app calls `discardTicks()`
 * (it was not saved).
 *
 * @fires adherence-change - `{ ruleId, count }` when a "do" item is ticked or unticked.
 */
export class StatusCard extends LitElement {
  static override styles = statusCardStyles;

  static override properties = {
    status: { attribute: false },
    regimenName: { attribute: 'regimen-name' },
    adherence: { attribute: false },
    isToday: { type: Boolean, attribute: 'is-today' },
    compact: { type: Boolean, reflect: true },
    flag: { attribute: false },
    advice: { attribute: false },
  };

  /** The rules' status of the day shown. */
  status: Status | null = null;
  /** Whose regimen this is, shown in small print. */
  regimenName = '';
  /** Ticks of the day's "do" items (rule id → count); when undefined there are no ticks. */
  adherence: Readonly<Record<string, number>> | undefined = undefined;
  /** Whether the day shown is today (changes the wording). */
  isToday = true;
  /** Titles and dates only, without the explanations (the extension popup). */
  compact = false;
  /** The most serious open symptom flag of the latest check-in, shown before everything else; null when none. */
  flag: OpenFlagLevel | null = null;
  /** The strongest advice of the open flags where it is known (the app, the extension told it), for the flag's line; else its level says it. */
  advice: Advice | null = null;
  /** Ticks made here that `adherence` does not show yet (rule id → count). */
  private readonly ticking = new Map<string, number>();

  override willUpdate(changed: PropertyValues<this>) {
    if (!changed.has('adherence')) return;
    for (const [id, count] of this.ticking) if (this.adherence?.[id] === count) this.ticking.delete(id);
  }

  /** Forgets the ticks not yet saved: the boxes show `adherence` again (the app could not store them). */
  discardTicks(): void {
    this.ticking.clear();
    this.requestUpdate();
  }

  override render() {
    const status = this.status;
    if (!status)
      return html`<article aria-busy="true">
        <header><p>${msg('Loading…')}</p></header>
      </article>`;
    const [level, levelBg] = LEVEL_VARS[status.level];
    const avoid = status.active.filter((rule) => rule.kind === 'avoid');
    const todo = status.active.filter((rule) => rule.kind === 'do');
    const on = describeDate(status.date);
    return html`
      <article style="--level: var(${level}); --level-bg: var(${levelBg})" aria-labelledby="day-heading">
        <header>
          ${
            this.flag
              ? html`<p class="flag ${this.flag}">
                  ${flagIcons[this.flag]} <strong>${openFlagLine(this.flag, this.advice)}</strong>
                </p>`
              : nothing
          }
          <p class="level">${levelIcons[status.level]} <span>${LEVEL_LABELS[status.level]}</span></p>
          <h2 id="day-heading">
            ${
              status.day === null
                ? html`${msg('No session yet')} <small>${this.isToday ? msg('today') : msg(str`on ${on}`)}</small>`
                : html`${msg(str`Day ${status.day}`)}
                    <small>${this.isToday ? msg('of healing') : msg(str`of healing, ${on}`)}</small>`
            }
          </h2>
          ${this.renderLongTerm(status)}
          ${
            status.sessionDate
              ? html`<p class="since">
                  ${msg(str`Counting from your session on ${describeDate(status.sessionDate)}`)}${this.regimenName ? html` · ${this.regimenName}` : nothing}
                </p>`
              : nothing
          }
          ${
            status.nextChange
              ? html`<p class="countdown">
                  ${countdownIcon}<span
                    >${status.nextChange.message} ${inDaysWords(status.nextChange.inDays)}
                    <span class="hint">(${describeDate(status.nextChange.date)})</span></span
                  >
                </p>`
              : nothing
          }
        </header>
        ${
          status.day === null
            ? nothing
            : html`<div class="lists">
                <section class="avoid" aria-labelledby="avoid-heading">
                  <h3 id="avoid-heading">
                    ${avoidIcon} ${this.isToday ? msg('Avoid today') : msg(str`Avoid on ${on}`)}
                  </h3>
                  ${this.renderList(avoid, msg('Nothing to avoid.'))}
                </section>
                <section class="do" aria-labelledby="do-heading">
                  <h3 id="do-heading">${doIcon} ${this.isToday ? msg('Do today') : msg(str`Do on ${on}`)}</h3>
                  ${this.renderList(todo, msg('Nothing special to do.'))}
                </section>
              </div>`
        }
        <footer>
          <p>
            ${
              status.nextSession
                ? html`${msg('Next session:')} <strong>${describeDate(status.nextSession)}</strong>`
                : msg('No further session planned.')
            }
          </p>
          <p class="ask">${ASK_YOUR_TECHNICIAN.text}</p>
        </footer>
      </article>
    `;
  }

  /** What long-term care holds, from the regimen's open-ended rules (sunscreen, moisturiser, no AHAs by default). */
  private renderLongTerm(status: Status) {
    if (status.level !== 'clear') return nothing;
    const lasting = [
      ...status.active.filter((r) => r.kind === 'do'),
      ...status.active.filter((r) => r.kind === 'avoid'),
    ]
      .filter((rule) => rule.until === null)
      .map((rule) => lowerFirst(rule.title));
    return lasting.length ? html`<p class="lasting">${msg(str`For the long term: ${listed(lasting)}.`)}</p>` : nothing;
  }

  private renderList(rules: readonly ActiveRule[], empty: string) {
    if (rules.length === 0) return html`<p class="empty">${empty}</p>`;
    return html`<ul>
      ${rules.map(
        (rule) =>
          html`<li>
            <span class="title">${rule.title}</span>
            <span class="when">${this.whenWords(rule)}</span>
            <span class="text">${rule.text}</span>
            ${rule.note ? html`<span class="note">${rule.note}</span>` : nothing}
            ${rule.kind === 'do' && this.adherence ? this.renderTicks(rule) : nothing}
          </li>`,
      )}
    </ul>`;
  }

  private whenWords(rule: ActiveRule): string {
    if (rule.until) return msg(str`until ${describeDate(rule.until as IsoDate)}`);
    if (rule.kind === 'do') return msg(str`from ${describeDate(rule.since)}`);
    return msg('always');
  }

  private renderTicks(rule: ActiveRule) {
    const done = Math.min(this.ticking.get(rule.id) ?? this.adherence?.[rule.id] ?? 0, rule.timesPerDay);
    const boxes = Array.from({ length: rule.timesPerDay }, (_, i) => i);
    const label = rule.timesPerDay === 1 ? msg('Done') : (i: number) => `${i + 1}`;
    const title = rule.title;
    const times = rule.timesPerDay;
    return html`<div class="ticks" role="group" aria-label=${msg(str`${title}: done ${done} of ${times}`)}>
      ${boxes.map(
        (i) =>
          html`<label>
            <input
              type="checkbox"
              .checked=${live(i < done)}
              @change=${(e: Event) => this.onTick(rule, i, (e.target as HTMLInputElement).checked)}
            />
            ${typeof label === 'string' ? label : html`<span class="visually-hidden">${msg(str`${title}, time`)}</span> ${label(i)}`}
          </label>`,
      )}
      ${rule.timesPerDay > 1 ? html`<span class="count">${msg(str`${done} of ${times}`)}</span>` : nothing}
    </div>`;
  }

  private onTick(rule: ActiveRule, index: number, checked: boolean) {
    const count = checked ? index + 1 : index;
    this.ticking.set(rule.id, count);
    this.requestUpdate();
    this.dispatchEvent(
      new CustomEvent('adherence-change', { detail: { ruleId: rule.id, count }, bubbles: true, composed: true }),
    );
  }
}

if (!customElements.get('smp-status-card')) customElements.define('smp-status-card', StatusCard);

declare global {
  interface HTMLElementTagNameMap {
    'smp-status-card': StatusCard;
  }
}
