import { LitElement, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { ScalpArea } from '../../journal/records.ts';
import { AREA_IDS, scalpAreaName } from '../../i18n/area-names.ts';
import type { IsoDate, Plan } from '../../rules/index.ts';
import {
  MAX_CLIENT_NAME,
  defaultPaper,
  defaultReportAreas,
  defaultReportRange,
  reportOptionsProblem,
  type PageSize,
  type ReportOptions,
} from '../../export/report-options.ts';
import { reportFormStyles } from './report-form.styles.ts';
import { activeLanguage } from '../../i18n/localize.ts';

const pageSizes = (): Record<PageSize, string> => ({ a4: msg('A4'), letter: msg('Letter') });

/**
 * The form a client fills in to make a PDF progress report for their technician: the range of
 * days, the scalp areas, their name (optional) and the paper size. Checks what it sends with the
 * same sentences `makeReport` uses; the app makes the report and shares or downloads it.
 *
 * @fires report-request - `ReportOptions` as `detail`, once the options are valid.
 */
export class ReportForm extends LitElement {
  static override styles = reportFormStyles;

  static override properties = {
    today: {},
    plan: { attribute: false },
    areas: { attribute: false },
    busy: { type: Boolean },
    error: {},
    message: {},
    draft: { state: true },
    formError: { state: true },
  };

  /** Today's local date; the default range ends on it. */
  today = '';
  /** The plan; the default range starts on its first session. */
  plan: Plan = { sessions: [] };
  /** The areas that have photos: checked at first, the others marked "no photos yet". */
  areas: readonly ScalpArea[] = [];
  /** While the app makes the report: the button is disabled and says so. */
  busy = false;
  /** An error from the app (the report failed), shown as an alert. */
  error = '';
  /** A status line from the app after a report was made ("Report saved to your downloads."). */
  message = '';
  private draft: ReportOptions = {
    from: '' as IsoDate,
    to: '' as IsoDate,
    areas: [],
    clientName: '',
    pageSize: defaultPaper(activeLanguage(), navigator.language),
  };
  private formError = '';
  private edited = new Set<'dates' | 'areas'>();

  override willUpdate(changed: Map<string, unknown>) {
    // Defaults follow the app's data until the person changes the dates or the areas themselves.
    if ((changed.has('plan') || changed.has('today')) && !this.edited.has('dates')) {
      this.draft = { ...this.draft, ...defaultReportRange(this.plan ?? { sessions: [] }, this.today as IsoDate) };
    }
    if (changed.has('areas') && !this.edited.has('areas')) {
      this.draft = { ...this.draft, areas: defaultReportAreas(this.areas ?? []) };
    }
  }

  override render() {
    const { draft, formError, busy } = this;
    const problem = formError || this.error;
    const invalid = formError ? (this.datesProblem() ? 'dates' : 'areas') : '';
    const dateInput = (id: 'from' | 'to', label: string) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          type="date"
          .value=${draft[id]}
          aria-invalid=${invalid === 'dates' ? 'true' : 'false'}
          aria-describedby=${invalid === 'dates' ? 'form-error' : nothing}
          @change=${(e: Event) => this.edit('dates', { [id]: (e.target as HTMLInputElement).value })}
        />
      </div>`;
    return html`<form class="panel" aria-labelledby="report-heading" novalidate @submit=${this.onSubmit}>
      <h2 id="report-heading">${msg('Progress report for your technician')}</h2>
      <p class="hint">
        ${msg('A PDF with your photos, check-ins and aftercare ticks, day by day. Photos are resized and carry no location or camera details.')}
      </p>
      <div class="dates">${dateInput('from', msg('From'))} ${dateInput('to', msg('To'))}</div>
      <fieldset
        class="areas"
        aria-invalid=${invalid === 'areas' ? 'true' : 'false'}
        aria-describedby=${invalid === 'areas' ? 'form-error' : nothing}
      >
        <legend>${msg('Scalp areas')}</legend>
        ${AREA_IDS.map((area) => this.renderArea(area))}
      </fieldset>
      <div class="field">
        <label for="client"
          >${msg('Your name')} <span class="hint">${msg('(optional, printed on the report)')}</span></label
        >
        <input
          id="client"
          type="text"
          autocomplete="name"
          maxlength=${MAX_CLIENT_NAME}
          .value=${draft.clientName}
          @input=${(e: Event) => this.edit(null, { clientName: (e.target as HTMLInputElement).value })}
        />
      </div>
      <fieldset class="sizes">
        <legend>${msg('Page size')}</legend>
        ${(Object.keys(pageSizes()) as PageSize[]).map(
          (size) =>
            html`<label class="choice">
              <input
                type="radio"
                name="page-size"
                value=${size}
                .checked=${draft.pageSize === size}
                @change=${() => this.edit(null, { pageSize: size })}
              />
              ${pageSizes()[size]}
            </label>`,
        )}
      </fieldset>
      ${problem ? html`<p id="form-error" class="error" role="alert">${problem}</p>` : nothing}
      <div class="actions">
        <button type="submit" ?disabled=${busy}>
          ${busy ? msg('Making the report…') : msg('Make the PDF report')}
        </button>
        <p class=${busy ? 'hint' : 'message'} role="status">
          ${busy ? msg('This can take a little while with many photos.') : this.message}
        </p>
      </div>
    </form>`;
  }

  private renderArea(area: ScalpArea) {
    const id = `area-${area}`;
    const empty = !this.areas?.includes(area);
    return html`<div class="check">
      <input
        id=${id}
        type="checkbox"
        .checked=${this.draft.areas.includes(area)}
        @change=${(e: Event) => this.toggleArea(area, (e.target as HTMLInputElement).checked)}
      />
      <label for=${id}
        >${scalpAreaName(area)} ${empty ? html`<span class="hint">${msg('no photos yet')}</span>` : nothing}</label
      >
    </div>`;
  }

  private toggleArea(area: ScalpArea, checked: boolean) {
    const chosen = new Set(this.draft.areas);
    if (checked) chosen.add(area);
    else chosen.delete(area);
    this.edit('areas', { areas: AREA_IDS.filter((a) => chosen.has(a)) });
  }

  private edit(what: 'dates' | 'areas' | null, change: Partial<Record<keyof ReportOptions, unknown>>) {
    if (what) this.edited.add(what);
    this.draft = { ...this.draft, ...change } as ReportOptions;
  }

  /** True when the problem, if any, is in the dates (else it is the areas). */
  private datesProblem(): boolean {
    return reportOptionsProblem({ ...this.draft, areas: ['crown'] }) !== null;
  }

  private onSubmit(event: Event) {
    event.preventDefault();
    if (this.busy) return;
    const detail: ReportOptions = { ...this.draft, clientName: this.draft.clientName.trim() };
    this.formError = reportOptionsProblem(detail) ?? '';
    if (this.formError) return;
    this.dispatchEvent(new CustomEvent('report-request', { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('smp-report-form')) customElements.define('smp-report-form', ReportForm);

declare global {
  interface HTMLElementTagNameMap {
    'smp-report-form': ReportForm;
  }
}
