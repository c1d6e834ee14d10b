/**
 * "Use on another device" (`#/another-device`, from Settings and Plan): the plan (session dates and
 * the final mark) and the regimen in use as a link and its QR code, to open on a computer or a
 * tablet, or paste into the extension's options page. Never photos, check-ins or notes.
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import '../../src/components/handover-link/handover-link.ts';
import { planLink } from '../../src/handover/index.ts';
import { JournalScreen } from './journal-controller.ts';
import type { JournalState } from './journal-state.ts';
import { screenStyles } from './screen.styles.ts';

/** The "use on another device" screen. */
export class AnotherDevicePage extends JournalScreen {
  static override styles = [
    ...screenStyles,
    css`
      section.panel {
        display: grid;
        gap: 0.75rem;
      }
      h2 {
        font-size: 1.15rem;
      }
      ol {
        list-style: decimal;
        padding-inline-start: 1.25rem;
        display: grid;
        gap: 0.3rem;
      }
    `,
  ];

  static override properties = {
    url: { state: true },
  };

  private url = '';
  private madeFor = '';

  override willUpdate() {
    // A new link whenever the plan or the regimen it carries changed (and once on the first render).
    const journal = this.journal;
    if (!journal) return;
    const key = JSON.stringify([journal.plan.sessions, journal.regimen]);
    if (key === this.madeFor) return;
    this.madeFor = key;
    void this.makeLink(journal);
  }

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    const sessions = journal.plan.sessions.length;
    const name = journal.regimen.name;
    return html`<h1>${msg('Use on another device')}</h1>
      <section class="panel" aria-labelledby="carry-heading">
        <h2 id="carry-heading">${msg('Your plan on your computer or tablet')}</h2>
        <p>
          ${
            sessions === 1
              ? msg(
                  str`This link carries your 1 session date (and which one is final) and the aftercare regimen you use, “${name}”. It never carries your photos, check-ins or notes.`,
                )
              : msg(
                  str`This link carries your ${sessions} session dates (and which one is final) and the aftercare regimen you use, “${name}”. It never carries your photos, check-ins or notes.`,
                )
          }
        </p>
        <ol>
          <li>${msg('Scan the code with the other device’s camera, or send yourself the link.')}</li>
          <li>
            ${msg('Open it in the browser there: it shows what it will set and what stays before anything changes.')}
          </li>
          <li>
            ${msg('For the browser extension alone: open its options page and paste the link under “Paste the link from your phone”.')}
          </li>
        </ol>
        ${this.link.error ? html`<p class="error" role="alert">${this.link.error}</p>` : nothing}
        ${
          this.url
            ? html`<smp-handover-link
                .url=${this.url}
                label=${msg('QR code of the link to your plan')}
                share-title=${msg('My SMP aftercare plan')}
              ></smp-handover-link>`
            : nothing
        }
      </section>`;
  }

  private async makeLink(journal: JournalState) {
    try {
      const made = await planLink(location.href, journal.plan, journal.regimen);
      this.url = made.ok ? made.value : '';
      this.link.showError(made.ok ? '' : made.error);
    } catch {
      // Only a browser without CompressionStream gets here; the engine's message would say nothing.
      this.url = '';
      this.link.showError(msg('This browser cannot make the link: update it and try again.'));
    }
  }
}

if (!customElements.get('smp-another-device-page')) customElements.define('smp-another-device-page', AnotherDevicePage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-another-device-page': AnotherDevicePage;
  }
}
