/**
 * The regimen builder for technicians (`#/regimen-builder`, from Settings and the first screen):
 * the builder component, and what it hands out once the regimen is valid: the link (the app's
 * address + `#regimen=`), its QR code, the JSON file and a printable one-page handout on the app's
 * paper. A regimen file opens into it; the draft is kept on this device as it is edited. All made
 * on this device; nothing is sent. Loaded only when visited.
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import '../../src/components/handover-link/handover-link.ts';
import { loadDraft, saveDraft } from '../../src/components/regimen-builder/draft-storage.ts';
import { draftOf, type Draft } from '../../src/components/regimen-builder/draft.ts';
import '../../src/components/regimen-builder/regimen-builder.ts';
import type { BuilderChange } from '../../src/components/regimen-builder/regimen-builder.ts';
import { defaultPaper } from '../../src/export/report-options.ts';
import { downloadFile, shareOrDownload } from '../../src/export/share-file.ts';
import { activeLanguage } from '../../src/i18n/localize.ts';
import { readRegimenFile, regimenLink } from '../../src/handover/index.ts';
import { DEFAULT_REGIMEN, type Regimen } from '../../src/rules/index.ts';
import { JournalScreen } from './journal-controller.ts';
import { takePickedFile } from './picked-file.ts';
import { screenStyles } from './screen.styles.ts';

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
      .actions label:focus-within {
        outline: 3px solid var(--smp-focus);
        outline-offset: 2px;
      }
    `,
  ];

  static override properties = {
    regimen: { state: true },
    url: { state: true },
    making: { state: true },
    draft: { state: true },
    confirmingRestart: { state: true },
    said: { state: true },
  };

  // The regimen being built, kept on this device as it is edited (draft-storage.ts).
  private draft: Draft;
  /** What opening a file or keeping the draft said; an error is read out at once. */
  private said: { readonly text: string; readonly error: boolean } | null = null;
  /** Whether "Start again" waits for its confirmation (what was changed here would be lost). */
  private confirmingRestart = false;

  constructor() {
    super();
    const kept = loadDraft();
    this.draft = kept.draft;
    if (kept.broken)
      this.said = {
        text: msg('The regimen you were making could not be read back, so the builder starts from the standard one.'),
        error: true,
      };
  }

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
      <section class="panel" aria-labelledby="file-heading">
        <h2 id="file-heading">${msg('Your regimen file')}</h2>
        <p class="hint">
          ${msg('What you change is kept on this device as you go. To keep it elsewhere or edit it later, download the JSON file below, and open it here.')}
        </p>
        <p class="actions">
          <label class="button secondary"
            >${msg('Open a regimen file…')}
            <input class="visually-hidden" type="file" accept="application/json,.json" @change=${this.onOpenFile} />
          </label>
          <button class="quiet" ?disabled=${this.confirmingRestart} @click=${() => (this.confirmingRestart = true)}>
            ${msg('Start again from the standard regimen…')}
          </button>
        </p>
        ${
          this.confirmingRestart
            ? html`<div role="alert">
                <p>
                  ${msg('Start again from the standard regimen? What you changed here is lost, unless you downloaded its JSON file.')}
                </p>
                <p class="actions">
                  <button class="danger" @click=${this.onRestart}>${msg('Start again')}</button>
                  <button class="secondary" @click=${() => (this.confirmingRestart = false)}>
                    ${msg('Keep my changes')}
                  </button>
                </p>
              </div>`
            : nothing
        }
        ${
          this.said
            ? html`<p class=${this.said.error ? 'error' : ''} role=${this.said.error ? 'alert' : 'status'}>
                ${this.said.text}
              </p>`
            : nothing
        }
      </section>
      <smp-regimen-builder
        .draft=${this.draft}
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
    this.draft = event.detail.draft;
    this.keep(this.draft);
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

  /** Keeps `draft` on this device, saying so when it could not be kept. */
  private keep(draft: Draft) {
    if (!saveDraft(draft))
      this.said = {
        text: msg('This device did not keep your changes: download the JSON file to keep them.'),
        error: true,
      };
  }

  /** Confirmed: the standard regimen again, kept as the draft. */
  private readonly onRestart = () => {
    this.confirmingRestart = false;
    this.draft = draftOf(DEFAULT_REGIMEN);
    this.said = { text: msg('Started again from the standard regimen.'), error: false };
    this.keep(this.draft);
  };

  /** Opens a regimen file into the builder; a file the rules refuse is named with their sentence, and the draft stays. */
  private readonly onOpenFile = async (event: Event) => {
    const file = takePickedFile(event);
    if (!file) return;
    const read = await readRegimenFile(file);
    if (!read.ok) {
      this.said = { text: read.error, error: true };
      return;
    }
    const name = read.value.name;
    this.draft = draftOf(read.value, name);
    this.said = { text: msg(str`Opened “${name}”: change what you need.`), error: false };
    this.keep(this.draft); // after: a draft this device could not keep is what the person must hear
  };

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
      await shareOrDownload(
        await makeHandout(regimen, this.url, defaultPaper(activeLanguage(), navigator.language)),
        msg(str`${regimen.name}: aftercare`),
      );
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
