// The page side of `npm run bench`: the real modules, timed in the browser. scripts/bench.mjs drives it.
import { deleteDB } from 'idb';
import '../src/components/photo-timeline/photo-timeline.ts';
import type { PhotoTimeline } from '../src/components/photo-timeline/photo-timeline.ts';
import { makeReport } from '../src/export/report.ts';
import { downscaleForReport } from '../src/export/report-photos.ts';
import { DecodePool } from '../src/journal/photo-decode.ts';
import type { ScalpArea } from '../src/journal/records.ts';
import { IdbJournalStore } from '../src/journal/store.ts';
import { shiftDays, statusOn, type IsoDate } from '../src/rules/index.ts';
import { backupBench } from './backup-bench.ts';
import { heicBench, timeImport } from './heic-bench.ts';
import { restoreBench } from './restore-bench.ts';
import { gc, seededPhoto, usedHeap } from './bench-util.ts';
import { timelineDays } from '../pwa/app/timeline-days.ts';

let photo12mp: Blob | null = null;

/** A 4000 × 3000 JPEG with noise, about the size of a phone photo. */
async function twelveMegapixelJpeg(): Promise<Blob> {
  if (photo12mp) return photo12mp;
  const canvas = new OffscreenCanvas(4000, 3000);
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  const image = context.createImageData(4000, 3000);
  let seed = 1;
  for (let i = 0; i < image.data.length; i += 4) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const v = 150 + (seed % 60);
    image.data[i] = v;
    image.data[i + 1] = v - 20;
    image.data[i + 2] = v - 40;
    image.data[i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
  photo12mp = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
  return photo12mp;
}

/** A plain JPEG of a given size (a canvas needs a context before it can be encoded). */
async function plainJpeg(width: number, height: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  context.fillStyle = '#c8b4a0';
  context.fillRect(0, 0, width, height);
  return canvas.convertToBlob({ type: 'image/jpeg' });
}

const REPORT_DB = 'bench-report-40';
let reportSeeded: Promise<void> | null = null;

/**
 * 40 copies of the 12 MP photo over 20 days (crown and front hairline), with a check-in every
 * other day, stored once per page load (seeding is not what is timed).
 */
function seedReport(): Promise<void> {
  reportSeeded ??= (async () => {
    await deleteDB(REPORT_DB);
    const store = await IdbJournalStore.open(REPORT_DB);
    await store.savePlan({ sessions: [{ date: '2026-03-01' }] });
    const original = await twelveMegapixelJpeg();
    const thumbnail = await plainJpeg(480, 360);
    for (let i = 0; i < 40; i += 1) {
      const record = seededPhoto({
        id: `report-photo-${String(i).padStart(3, '0')}`,
        date: shiftDays('2026-03-01' as IsoDate, Math.floor(i / 2)),
        area: i % 2 ? 'crown' : 'front-hairline',
        note: i % 4 === 0 ? 'Slight redness at the hairline, less than yesterday.' : '',
        bytes: original.size,
        width: 4000,
        height: 3000,
      });
      await store.photos.add({ record, original, thumbnail });
    }
    for (let d = 0; d < 20; d += 2) {
      const date = shiftDays('2026-03-01' as IsoDate, d);
      await store.saveCheckIn({ date, swelling: 'mild', note: '', flags: [], savedAt: new Date().toISOString() });
    }
    store.close();
  })();
  return reportSeeded;
}

/** Starts the report workers, so neither figure pays for that. */
async function warmReportWorkers(): Promise<void> {
  await Promise.all([downscaleForReport(await plainJpeg(8, 8)), downscaleForReport(await plainJpeg(8, 8))]);
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

const api = {
  /** statusOn for every day of a year with three sessions (ms). */
  rulesYear(): number {
    const plan = { sessions: [{ date: '2026-03-01' }, { date: '2026-03-29' }, { date: '2026-05-03', final: true }] };
    const start = performance.now();
    let date = '2026-01-01' as IsoDate;
    for (let i = 0; i < 365; i += 1) {
      statusOn(plan, date);
      date = shiftDays(date, 1);
    }
    return performance.now() - start;
  },
  /** Bytes of the test photo. */
  async photoBytes(): Promise<number> {
    return (await twelveMegapixelJpeg()).size;
  },
  /** A bare decode of the photo (ms). */
  async decodeOnce(): Promise<number> {
    const blob = await twelveMegapixelJpeg();
    const start = performance.now();
    const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
    const ms = performance.now() - start;
    bitmap.close();
    return ms;
  },
  /** Importing the photo (check, EXIF, decode + thumbnail in a worker, store all three) (ms). */
  async importOnce(): Promise<number> {
    const pool = new DecodePool(1);
    // Warm the worker so the figure is the import, not the worker's start-up.
    await pool.decode(await plainJpeg(8, 8));
    const ms = await timeImport(await twelveMegapixelJpeg(), 'photo.jpg', pool);
    pool.close();
    return ms;
  },
  /** Makes the PDF report over the 40 seeded 12 MP photos (ms). */
  async reportForty(): Promise<number> {
    await seedReport();
    await warmReportWorkers();
    const store = await IdbJournalStore.open(REPORT_DB);
    const start = performance.now();
    const file = await makeReport(store, {
      from: '2026-03-01' as IsoDate,
      to: '2026-03-31' as IsoDate,
      areas: ['crown', 'front-hairline'],
      clientName: 'Bench Client',
      pageSize: 'a4',
    });
    const ms = performance.now() - start;
    store.close();
    if (file.size < 40 * 10_000) throw new Error(`the report is too small: ${file.size} bytes`);
    return ms;
  },
  /** The bare cost of that report: downscaling and re-encoding the same 40 originals, same workers (ms). */
  async downscaleForty(): Promise<number> {
    await seedReport();
    await warmReportWorkers();
    const store = await IdbJournalStore.open(REPORT_DB);
    const records = await store.photos.list();
    const originals = await Promise.all(records.map(async (r) => (await store.photos.original(r.id)) as Blob));
    const start = performance.now();
    await Promise.all(originals.map((original) => downscaleForReport(original)));
    const ms = performance.now() - start;
    store.close();
    return ms;
  },
  /** Stores `count` photos (a year of daily photos on three areas at 1,000) in a database named `name`. */
  async seed(name: string, count: number): Promise<void> {
    await deleteDB(name);
    const store = await IdbJournalStore.open(name);
    const thumbnail = await plainJpeg(360, 480);
    const original = await plainJpeg(600, 800);
    const areas: ScalpArea[] = ['crown', 'front-hairline', 'back'];
    const first = '2026-01-01' as IsoDate;
    for (let i = 0; i < count; i += 1) {
      const record = seededPhoto({
        id: `photo-${String(i).padStart(6, '0')}`,
        date: shiftDays(first, Math.floor(i / 3)),
        area: areas[i % 3] as ScalpArea,
        bytes: original.size,
        width: 600,
        height: 800,
      });
      await store.photos.add({ record, original, thumbnail });
    }
    store.close();
  },
  /** Opens the timeline over database `name`: time until its visible thumbnails are painted (ms), and heap after. */
  async openTimeline(name: string): Promise<{ ms: number; heap: number }> {
    document.querySelector('smp-photo-timeline')?.remove();
    gc();
    await nextFrame();
    const start = performance.now();
    const store = await IdbJournalStore.open(name);
    const photos = await store.photos.list();
    // The diary's days as the photos page makes them, "today" being the day of the last photo.
    const last = photos.at(-1)?.date ?? ('2026-01-01' as IsoDate);
    const days = timelineDays({ sessions: [{ date: '2026-01-01' }] }, last, photos, []);
    const timeline = document.createElement('smp-photo-timeline') as PhotoTimeline;
    timeline.loader = (id) => store.photos.thumbnail(id);
    timeline.days = days;
    document.body.append(timeline);
    // Painted: every thumbnail element on screen has its image decoded.
    for (;;) {
      await nextFrame();
      const thumbs = [...(timeline.shadowRoot?.querySelectorAll('smp-photo-thumb') ?? [])];
      const images = thumbs.map((t) => t.shadowRoot?.querySelector('img'));
      if (thumbs.length > 0 && images.every((img) => img && img.complete && img.naturalWidth > 0)) break;
      if (performance.now() - start > 20_000) throw new Error('the timeline did not paint');
    }
    const ms = performance.now() - start;
    store.close();
    gc();
    const heap = usedHeap();
    return { ms, heap };
  },
};

(globalThis as unknown as { bench: typeof api & typeof backupBench & typeof restoreBench & typeof heicBench }).bench = {
  ...api,
  ...backupBench,
  ...restoreBench,
  ...heicBench,
};
document.title = 'ready';
