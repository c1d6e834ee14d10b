/**
 * "Share and back up" (`#/share`): makes the progress report and the backup file from the journal
 * and restores a backup into it. The PDF and ZIP code load only when asked for, so they never
 * weigh on start-up. A finished report is offered to the share sheet on a fresh tap (browsers
 * allow sharing only right after one), else downloaded at once. Each action shows its progress,
 * and is given up with a sentence (its button back) when it stops making progress
 * (progress-guard.ts). Loaded when first visited.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import '../../src/components/report-form/report-form.ts';
import type { ReportOptions } from '../../src/export/report-options.ts';
import { downloadFile, shareOrDownload } from '../../src/export/share-file.ts';
import { localDateOf } from '../../src/calendar/local-date.ts';
import type { ScalpArea } from '../../src/journal/records.ts';
import type { JournalStore } from '../../src/journal/store.ts';
import { describeDate } from '../../src/rules/index.ts';
import { describeBytes } from '../../src/vocabulary/index.ts';
import { explainFailure } from '../../src/journal/failures.ts';
import { JournalScreen } from './journal-controller.ts';
import { takePickedFile } from './picked-file.ts';
import type { JournalState } from './journal-state.ts';
import { guardProgress, quietLimit } from './progress-guard.ts';
import { shareScreenStyles } from './share.styles.ts';
import { csvWords, largestPhoto, photoCount, stalled, summarise } from './share-words.ts';

/** What the page does, one at a time. */
type Action = 'report' | 'csv' | 'backup' | 'restore';

/** The share and backup page. */
export class SharePage extends JournalScreen {
  static override styles = shareScreenStyles;

  static override properties = {
    quietLimitMs: { attribute: false },
    busy: { state: true },
    progress: { state: true },
    report: { state: true },
    messages: { state: true },
    errors: { state: true },
  };

  /** How long an action may go without progress before it is given up; null: sized to the work (tests set a short one). */
  quietLimitMs: number | null = null;
  private busy: Action | null = null;
  private report: File | null = null;
  /** The running action's steps: what it is doing, how far. */
  private progress: { label: string; done: number; total: number } | null = null;
  /** Each action's last outcome, shown in its own panel. */
  private messages: Partial<Record<Action, string>> = {};
  private errors: Partial<Record<Action, string>> = {};

  override render() {
    const journal = this.journal;
    if (!journal) return nothing;
    const { photos } = journal;
    const last = journal.backupInfo?.lastBackupAt;
    const newPhotos = photos.filter((p) => !last || p.addedAt > last).length;
    const areas = [...new Set(photos.map((p) => p.area))] as ScalpArea[];
    return html`
      <h1>${msg('Share and back up')}</h1>
      <smp-report-form
        .today=${journal.today}
        .plan=${journal.plan}
        .areas=${areas}
        .busy=${this.busy === 'report'}
        .error=${this.errors.report ?? ''}
        .message=${this.messages.report ?? ''}
        @report-request=${this.onReportRequest}
      ></smp-report-form>
      ${this.renderProgress('report')}
      ${
        this.report
          ? html`<section class="panel ready" aria-label=${msg('Your report')}>
              <div class="actions">
                <button @click=${this.onShareReport}>${msg('Share the report')}</button>
                <button class="secondary" @click=${() => this.report && downloadFile(this.report)}>
                  ${msg('Download instead')}
                </button>
              </div>
            </section>`
          : nothing
      }
      <section class="panel" aria-labelledby="csv-heading">
        <h2 id="csv-heading">${csvWords().heading}</h2>
        <p class="hint">${journal.checkIns.length ? csvWords().hint : csvWords().none}</p>
        ${this.renderOutcome('csv')}
        <div class="actions">
          <button @click=${this.onCsv} ?disabled=${this.busy !== null || !journal.checkIns.length}>
            ${csvWords().button}
          </button>
        </div>
      </section>
      <section class="panel" aria-labelledby="backup-heading">
        <h2 id="backup-heading">${msg('Back up your journal')}</h2>
        <p class="hint">
          ${msg('One file with every photo, exactly as taken, and every check-in. Keep it somewhere safe (a computer or a cloud drive): if this browser’s data is cleared or you change phones, you can restore everything from it.')}
        </p>
        <p class="hint" role="status">${this.backupLine(last, newPhotos)}</p>
        ${this.renderOutcome('backup')} ${this.renderProgress('backup')}
        <div class="actions">
          <button @click=${this.onBackup} ?disabled=${this.busy !== null}>
            ${this.busy === 'backup' ? msg('Making the backup…') : msg('Download a backup')}
          </button>
        </div>
      </section>
      <section class="panel" aria-labelledby="restore-heading">
        <h2 id="restore-heading">${msg('Restore from a backup')}</h2>
        <p class="hint">
          ${msg('Adds what the backup holds to this journal. Nothing here is deleted or overwritten by older entries, so restoring the same file twice is harmless.')}
        </p>
        ${this.renderOutcome('restore')} ${this.renderProgress('restore')}
        <div class="actions">
          <label class="button secondary" aria-disabled=${this.busy !== null ? 'true' : 'false'}
            >${msg('Choose a backup file…')}
            <input
              class="visually-hidden"
              type="file"
              accept=".zip,application/zip"
              ?disabled=${this.busy !== null}
              @change=${this.onRestoreFile}
          /></label>
        </div>
      </section>
    `;
  }

  /** When the last backup was made, and how many photos it does not hold. */
  private backupLine(last: string | undefined, newPhotos: number) {
    const when = last ? describeDate(localDateOf(new Date(last))) : '';
    const made = last ? msg(str`Last backup: ${when}.`) : msg('No backup made on this device yet.');
    if (newPhotos === 0) return made;
    const count = photoCount(newPhotos);
    return `${made} ${last ? msg(str`${count} added since then.`) : msg(str`${count} in the journal.`)}`;
  }

  private renderOutcome(action: Action) {
    const error = this.errors[action];
    const message = this.messages[action];
    if (error) return html`<p class="error" role="alert">${error}</p>`;
    return message ? html`<p class="done" role="status">✓ ${message}</p>` : nothing;
  }

  private renderProgress(action: Action) {
    const progress = this.busy === action ? this.progress : null;
    return progress && progress.total > 0
      ? html`<label
          >${msg(str`${progress.label}: ${progress.done} of ${progress.total}`)}
          <progress max=${progress.total} value=${progress.done}></progress
        ></label>`
      : nothing;
  }

  /** Progress of the running action, as a step of the guard (`tick`) and on screen. */
  private step(label: string, tick: () => void) {
    return (done: number, total: number) => {
      this.progress = { label, done, total };
      tick();
    };
  }

  /** Runs one action (never two at once); its sentence, or the error's, goes to its panel. */
  private async run(action: Action, work: (store: JournalStore, journal: JournalState) => Promise<string>) {
    const journal = this.journal;
    const store = journal?.store;
    if (!journal || !store || this.busy) return;
    this.busy = action;
    this.messages = { ...this.messages, [action]: '' };
    this.errors = { ...this.errors, [action]: '' };
    try {
      this.messages = { ...this.messages, [action]: await work(store, journal) };
    } catch (error) {
      this.errors = { ...this.errors, [action]: explainFailure(error) };
    } finally {
      this.busy = null;
      this.progress = null;
    }
  }

  private readonly onBackup = () =>
    this.run('backup', async (store, journal) => {
      const photos = journal.photos.length;
      const quiet = this.quietLimitMs ?? quietLimit(largestPhoto(journal), false);
      const file = await guardProgress(quiet, stalled().backup, async ({ tick, signal }) => {
        const { makeBackup } = await import('../../src/backup/write.ts');
        tick();
        return makeBackup(store, journal.today, new Date(), {
          signal,
          onProgress: this.step(msg('Reading photos'), tick),
        });
      });
      downloadFile(file);
      const [name, counted, size] = [file.name, photoCount(photos), describeBytes(file.size, 'KB')];
      const saved = msg(str`Saved “${name}” (${counted}, ${size}). Move it somewhere safe.`);
      try {
        await store.saveBackupInfo({ lastBackupAt: new Date().toISOString() });
        await journal.reload();
      } catch (error) {
        // The file is saved: only the reminder's record of it is missing.
        const why = explainFailure(error);
        return msg(str`${saved} (${why} The reminder may ask for a backup again.)`);
      }
      return saved;
    });

  private readonly onCsv = () =>
    this.run('csv', async (store, journal) => {
      // The CSV code loads only when asked for, off the first screen's budget; every check-in is read
      // from the journal itself (the screen may still hold only the start-up copy's latest).
      const [{ checkInsCsvFile }, checkIns] = await Promise.all([
        import('../../src/export/check-ins-csv.ts'),
        store.checkIns(),
      ]);
      const file = checkInsCsvFile(checkIns, journal.plan, journal.today);
      downloadFile(file);
      return csvWords().saved(file.name, checkIns.length);
    });

  private readonly onReportRequest = (event: CustomEvent<ReportOptions>) =>
    this.run('report', async (store, journal) => {
      this.report = null;
      const quiet = this.quietLimitMs ?? quietLimit(largestPhoto(journal), true);
      const file = await guardProgress(quiet, stalled().report, async ({ tick, signal }) => {
        const { makeReport } = await import('../../src/export/report.ts');
        tick();
        return makeReport(store, event.detail, { signal, onProgress: this.step(msg('Preparing photos'), tick) });
      });
      const size = describeBytes(file.size, 'KB');
      if (navigator.canShare?.({ files: [file] })) {
        this.report = file;
        return msg(str`Your report is ready (${size}). Share it with your technician, or save it.`);
      }
      downloadFile(file);
      const name = file.name;
      return msg(str`Saved “${name}” (${size}) to your downloads. Send it to your technician as you like.`);
    });

  private readonly onShareReport = async () => {
    const report = this.report;
    if (!report) return;
    const outcome = await shareOrDownload(report, msg('SMP healing progress'));
    if (outcome === 'shared') this.messages = { ...this.messages, report: msg('Report shared.') };
    if (outcome === 'downloaded')
      this.messages = { ...this.messages, report: msg(str`Saved “${report.name}” to your downloads.`) };
  };

  private readonly onRestoreFile = (event: Event) => {
    const file = takePickedFile(event);
    if (!file) return;
    return this.run('restore', async (store, journal) => {
      // A restore that got stuck is undone; should that fail too, its sentence replaces "nothing was changed".
      const onLate = (error: unknown) => (this.errors = { ...this.errors, restore: explainFailure(error) });
      const merged = await guardProgress(
        this.quietLimitMs ?? quietLimit(0, false),
        stalled().restore,
        async ({ tick, signal }) => {
          const { restoreBackup } = await import('../../src/backup/restore.ts');
          tick();
          return restoreBackup(file, store, {
            signal,
            onProgress: (done, total, largest) => {
              // Once the backup's largest photo is known, each step may take as long as it needs.
              this.progress = { label: msg('Restoring photos'), done, total };
              tick(this.quietLimitMs ?? quietLimit(largest, false));
            },
          });
        },
        onLate,
      );
      await journal.reload().catch((error: unknown) => console.warn('The journal could not be read again:', error));
      return summarise(merged);
    });
  };
}

if (!customElements.get('smp-share-page')) customElements.define('smp-share-page', SharePage);

declare global {
  interface HTMLElementTagNameMap {
    'smp-share-page': SharePage;
  }
}
