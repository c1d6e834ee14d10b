/**
 * The progress report a client hands their technician: a PDF with the plan, and for each day of
 * the chosen range its photos (re-encoded without EXIF, see report-photos.ts), check-in, flags and
 * aftercare ticks. jsPDF is imported here, dynamically, so it loads only when a report is made.
 * Photos are decoded while the pages are laid out: layout needs only their stored sizes, and each
 * photo is awaited when its turn comes, with the pool's workers kept busy a photo ahead.
 */
import { msg, str } from '@lit/localize';
import { localToday } from '../calendar/local-date.ts';
import { SCALP_AREAS, type PhotoRecord } from '../journal/records.ts';
import type { JournalStore } from '../journal/store.ts';
import { describeDate } from '../rules/index.ts';
import { SentenceError } from '../vocabulary/index.ts';
import { collectReport } from './report-data.ts';
import { reportFileName, reportOptionsProblem, type ReportOptions } from './report-options.ts';
import { downscaleForReport, reportPhotoConcurrency, type ReportPhoto } from './report-photos.ts';
import { ReportWriter } from './report-writer.ts';

export type { ReportOptions, PageSize } from './report-options.ts';
export { reportOptionsProblem, reportFileName } from './report-options.ts';

/** Thrown when a report cannot be made from the options given; the message is for people. */
class ReportRefusedError extends SentenceError {
  override readonly name = 'ReportRefusedError';
}

/** What making a report may be given: progress (photos prepared of all, heard again after each day laid out) and a signal that stops it. */
export interface ReportProgress {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/** Makes the PDF report of `options` from the journal; refuses bad options or an empty range with a sentence. */
export async function makeReport(
  store: JournalStore,
  options: ReportOptions,
  { onProgress, signal }: ReportProgress = {},
): Promise<File> {
  const problem = reportOptionsProblem(options);
  if (problem) throw new ReportRefusedError(problem);
  const data = await collectReport(store, options);
  if (data.days.length === 0) {
    const [from, to] = [describeDate(options.from), describeDate(options.to)];
    throw new ReportRefusedError(
      options.areas.length === Object.keys(SCALP_AREAS).length
        ? msg(str`There are no photos or check-ins from ${from} to ${to}: choose other dates or areas.`)
        : msg(
            str`There are no photos or check-ins from ${from} to ${to} for the chosen scalp areas: choose other dates or areas.`,
          ),
    );
  }
  // Decoding starts before the PDF library has loaded: the photos are what a report costs.
  const photos = data.days.flatMap((d) => d.photos);
  let ready = 0;
  const feed = new PhotoFeed(photos, store, () => onProgress?.((ready += 1), photos.length));
  try {
    const { jsPDF } = await import('jspdf');
    const doc = new jsPDF({ unit: 'pt', format: options.pageSize, compress: true });
    const writer = new ReportWriter(doc, options);
    writer.header(data, localToday());
    let index = 0;
    onProgress?.(0, photos.length);
    for (const day of data.days) {
      signal?.throwIfAborted();
      await writer.day(
        day,
        data.unit,
        day.photos.map(() => feed.take(index++)),
      );
      onProgress?.(ready, photos.length);
    }
    signal?.throwIfAborted();
    writer.closingNotes();
    writer.footers();
    doc.setProperties({ title: msg('Healing progress report'), creator: 'SMP Aftercare Journal' });
    return new File([doc.output('arraybuffer')], reportFileName(options), { type: 'application/pdf' });
  } finally {
    feed.stop();
  }
}

/**
 * Downscales the report's photos in order, a few at a time (the workers' number, plus one
 * waiting). A photo that cannot be decoded comes as null (the report says so in its place); a
 * journal that cannot be read fails the report, with its sentence, rather than every photo in turn.
 */
class PhotoFeed {
  private readonly slots: {
    promise: Promise<ReportPhoto | null>;
    resolve: (photo: ReportPhoto | null) => void;
    reject: (error: unknown) => void;
  }[];
  private next = 0;
  private stopped = false;

  constructor(
    private readonly photos: readonly PhotoRecord[],
    private readonly store: JournalStore,
    /** Hears each photo ready (or found unreadable). */
    private readonly onReady: () => void,
  ) {
    this.slots = photos.map(() => {
      let resolve: (photo: ReportPhoto | null) => void = () => {};
      let reject: (error: unknown) => void = () => {};
      const promise = new Promise<ReportPhoto | null>((ok, fail) => ((resolve = ok), (reject = fail)));
      // A photo the report never reaches (it failed first) must not be an unhandled rejection.
      promise.catch(() => undefined);
      return { promise, resolve, reject };
    });
    const inFlight = photos.length ? reportPhotoConcurrency() + 1 : 0;
    for (let i = 0; i < inFlight; i += 1) this.startNext();
  }

  /** The `index`-th photo, or null when it could not be decoded; rejects when the journal could not be read. */
  take(index: number): Promise<ReportPhoto | null> {
    return this.slots[index]?.promise ?? Promise.resolve(null);
  }

  /** Starts nothing more (the report failed or is done). */
  stop(): void {
    this.stopped = true;
  }

  private startNext(): void {
    const index = this.next++;
    const photo = this.photos[index];
    const slot = this.slots[index];
    if (this.stopped || !photo || !slot) return;
    this.downscale(photo).then(
      (result) => {
        slot.resolve(result);
        this.onReady();
        this.startNext();
      },
      (error: unknown) => {
        this.stopped = true;
        slot.reject(error);
      },
    );
  }

  private async downscale(photo: PhotoRecord): Promise<ReportPhoto | null> {
    const original = await this.store.photos.original(photo.id);
    if (!original) return null;
    try {
      return await downscaleForReport(original);
    } catch (error) {
      console.warn('A photo of the report could not be decoded:', error);
      return null;
    }
  }
}
