/**
 * The regimen builder for technicians (`#/regimen-builder`, from Settings and the first screen):
 * the builder component, and what it hands out once the regimen is valid: the link (the app's
 * address + `#regimen=`), its QR code, the JSON file and a printable one-page handout. All made on
 * this device; nothing is sent. Loaded only when visited.
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import '../../src/components/handover-link/handover-link.ts';
import { draftOf, type Draft } from '../../src/components/regimen-builder/draft.ts';
import '../../src/components/regimen-builder/regimen-builder.ts';
import type { BuilderChange } from '../../src/components/regimen-builder/regimen-builder.ts';
import { downloadFile, shareOrDownload } from '../../src/export/share-file.ts';
import { regimenLink } from '../../src/handover/index.ts';
import { DEFAULT_REGIMEN, type Regimen } from '../../src/rules/index.ts';
import { JournalScreen } from './journal-controller.ts';
import { screenStyles } from './screen.styles.ts';

// The regimen being built stays while the technician looks at other screens (not stored: it is
// theirs to save as a file).
let keptDraft: Draft = draftOf(DEFAULT_REGIMEN);

/** The regimen builder screen. */
export class RegimenBuilderPage extends JournalScreen {
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
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
      }
    `,
  ];

  static override properties = {
    regimen: { state: true },
    url: { state: true },
    making: { state: true },
  };

  private regimen: Regimen | null = null;
  private url = '';
  private making = false;
  private linkFor: Regimen | null = null;

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    return html`<h1>${msg('Make a regimen for your clients')}</h1>
      <p class="panel">
        ${msg('For technicians: start from the standard regimen, change what your studio does differently, and give your clients the link, its QR code or a printed handout. Opening it, they see what it changes before it replaces their aftercare. Everything is made on this device; nothing is sent.')}
      </p>
      <smp-regimen-builder
        .draft=${keptDraft}
        .today=${journal.today}
        @regimen-change=${this.onChange}
      ></smp-regimen-builder>
      <section class="panel" aria-labelledby="handout-heading">
        <h2 id="handout-heading">${msg('Hand it to your clients')}</h2>
        ${this.link.error ? html`<p class="error" role="alert">${this.link.error}</p>` : nothing}
        ${
          this.regimen
            ? html`${
                  this.url
                    ? html`<smp-handover-link
                        .url=${this.url}
                        label=${msg(str`QR code of the link to ${this.regimen.name}’s regimen`)}
                        share-title=${msg(str`${this.regimen.name}: aftercare`)}
                      ></smp-handover-link>`
                    : nothing
                }
                <p class="actions">
                  <button class="secondary" ?disabled=${!this.url || this.making} @click=${this.onHandout}>
                    ${this.making ? msg('Making the handout…') : msg('Printable handout (PDF)')}
                  </button>
                  <button class="secondary" @click=${this.onJson}>${msg('Download the JSON file')}</button>
                </p>`
            : html`<p class="hint">
                ${msg('Once the regimen is complete, its link, QR code, file and handout appear here.')}
              </p>`
        }
      </section>`;
  }

  private readonly onChange = (event: CustomEvent<BuilderChange>) => {
    keptDraft = event.detail.draft;
    this.regimen = event.detail.regimen;
    if (this.regimen && this.regimen !== this.linkFor) void this.makeLink(this.regimen);
    if (!this.regimen) this.link.showError('');
  };

  private async makeLink(regimen: Regimen) {
    this.linkFor = regimen;
    const made = await regimenLink(location.href, regimen).catch(() => ({
      ok: false as const,
      error: msg('This browser cannot make the link: update it and try again.'),
    }));
    // An answer for a regimen edited since is dropped: only the latest counts.
    if (this.linkFor !== regimen) return;
    this.url = made.ok ? made.value : '';
    this.link.showError(made.ok ? '' : made.error);
  }

  private readonly onJson = () => {
    const regimen = this.regimen;
    if (!regimen) return;
    const text = `${JSON.stringify(regimen, null, 2)}\n`;
    downloadFile(new File([text], `${regimen.id}.json`, { type: 'application/json' }));
  };

  private readonly onHandout = async () => {
    const regimen = this.regimen;
    if (!regimen || !this.url) return;
    this.making = true;
    try {
      const { makeHandout } = await import('../../src/export/handout.ts');
      await shareOrDownload(await makeHandout(regimen, this.url), msg(str`${regimen.name}: aftercare`));
    } catch {
      this.link.showError(msg('The handout could not be made. Reload the page and try again.'));
    } finally {
      this.making = false;
    }
  };
}

if (!customElements.get('smp-regimen-builder-page'))
  customElements.define('smp-regimen-builder-page', RegimenBuilderPage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-regimen-builder-page': RegimenBuilderPage;
  }
}
