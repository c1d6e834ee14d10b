import { LitElement, css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { AREA_IDS, scalpAreaName } from '../../i18n/area-names.ts';
import { MAX_PHOTO_NOTE, isScalpArea, type ScalpArea } from '../../journal/records.ts';
import { baseStyles } from '../shared.styles.ts';

/** How an import went, file by file, as the app reports it. */
export interface AddOutcome {
  readonly name: string;
  readonly ok: boolean;
  readonly error?: string;
}

/**
 * Adds photos to the diary: the scalp area and a note, then the camera or the device's photos.
 *
 * @fires photos-chosen - `{ files: File[], area, note }` when files are picked.
 * @fires camera-open - `{ area, note }` when the person wants the in-app camera.
 * @fires area-change - `{ area }` when the area is changed (the app remembers it).
 */
export class PhotoAdd extends LitElement {
  static override styles = [
    ...baseStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        gap: 1rem;
      }
      .row {
        display: grid;
        gap: 1rem;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      }
      label {
        display: grid;
        gap: 0.35rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
      }
      .file {
        position: relative;
      }
      .file input {
        position: absolute;
        inset: 0;
        opacity: 0;
        width: 100%;
        cursor: pointer;
      }
      .file:focus-within .button {
        outline: 3px solid var(--smp-focus);
        outline-offset: 2px;
      }
      .button {
        display: inline-flex;
        align-items: center;
      }
      /* The phone's own camera app, for phones (capture opens it directly); desktops choose files. */
      .phone-only {
        display: none;
      }
      @media (pointer: coarse) {
        .phone-only {
          display: inline-block;
        }
      }
      ul {
        display: grid;
        gap: 0.35rem;
      }
      progress {
        width: 100%;
      }
      .ok {
        color: var(--smp-clear);
        font-weight: 600;
      }
    `,
  ];

  static override properties = {
    area: {},
    busy: { type: Boolean },
    progress: { attribute: false },
    outcomes: { attribute: false },
    note: { state: true },
  };

  /** The scalp area new photos are tagged with. */
  area: ScalpArea = 'crown';
  /** True while an import runs. */
  busy = false;
  /** Files done and in all, while importing. */
  progress: { done: number; total: number } | null = null;
  /** The last import's outcome, file by file. */
  outcomes: readonly AddOutcome[] = [];
  private note = '';

  override render() {
    const failed = this.outcomes.filter((o) => !o.ok);
    const added = this.outcomes.length - failed.length;
    return html`<form class="panel" @submit=${(e: Event) => e.preventDefault()}>
      <div class="row">
        <label
          >${msg('Scalp area')}
          <select @change=${this.onArea}>
            ${AREA_IDS.map((id) => html`<option value=${id} ?selected=${id === this.area}>${scalpAreaName(id)}</option>`)}
          </select>
        </label>
        <label
          >${msg('Note')} <span class="hint">${msg('(optional)')}</span>
          <input
            type="text"
            maxlength=${MAX_PHOTO_NOTE}
            .value=${this.note}
            @input=${(e: Event) => (this.note = (e.target as HTMLInputElement).value)}
            placeholder=${msg('e.g. after first wash')}
          />
        </label>
      </div>
      <div class="actions">
        <button type="button" ?disabled=${this.busy} @click=${this.onCamera}>${msg('Take a photo')}</button>
        <span class="file phone-only">
          <span class="button secondary" aria-hidden="true">${msg('Phone camera app…')}</span>
          <input
            type="file"
            accept="image/*"
            capture="environment"
            aria-label=${msg("Take a photo with the phone's camera app")}
            ?disabled=${this.busy}
            @change=${this.onFiles}
          />
        </span>
        <span class="file">
          <span class="button secondary" aria-hidden="true">${msg('Choose photos…')}</span>
          <!-- .heic/.heif too: where the system does not call them image/*, the chooser would hide them. -->
          <input
            type="file"
            accept="image/*,.heic,.heif"
            multiple
            aria-label=${msg('Choose photos from this device')}
            ?disabled=${this.busy}
            @change=${this.onFiles}
          />
        </span>
      </div>
      ${
        this.progress
          ? html`<label
              >${msg(str`Adding photo ${this.progress.done} of ${this.progress.total}`)}
              <progress max=${this.progress.total} value=${this.progress.done}></progress
            ></label>`
          : nothing
      }
      ${
        this.outcomes.length > 0 && !this.busy
          ? html`<div role=${failed.length ? 'alert' : 'status'}>
              ${added ? html`<p class="ok">${added === 1 ? msg('1 photo added.') : msg(str`${added} photos added.`)}</p>` : nothing}
              ${
                failed.length
                  ? html`<ul>
                      ${failed.map((o) => html`<li class="error">${o.error}</li>`)}
                    </ul>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </form>`;
  }

  private onArea(event: Event) {
    const area = (event.target as HTMLSelectElement).value;
    if (isScalpArea(area)) {
      this.area = area;
      this.emit('area-change', { area });
    }
  }

  private onFiles(event: Event) {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) this.emit('photos-chosen', { files, area: this.area, note: this.note });
  }

  private onCamera() {
    this.emit('camera-open', { area: this.area, note: this.note });
  }

  private emit(name: string, detail: object) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('smp-photo-add')) customElements.define('smp-photo-add', PhotoAdd);

declare global {
  interface HTMLElementTagNameMap {
    'smp-photo-add': PhotoAdd;
  }
}
