/**
 * What goes into a progress report, read from the journal and put in day order: the plan, the
 * regimen, and for each day of the range with photos or a check-in, its day number, photos,
 * check-in (with the flags it raised) and the "do" items ticked. No PDF code: report.ts draws it.
 */
import type { JournalStore } from '../journal/store.ts';
import type { CheckInRecord, PhotoRecord } from '../journal/records.ts';
import type { TemperatureUnit } from '../vocabulary/index.ts';
import {
  isIsoDate,
  rewordFlags,
  statusOn,
  withoutUnusableSessions,
  type IsoDate,
  type Level,
  type Plan,
  type Regimen,
} from '../rules/index.ts';
import type { ReportOptions } from './report-options.ts';

/** A "do" item of the regimen that was in force on a day, and how often it was ticked. */
export interface AdherenceLine {
  readonly title: string;
  readonly done: number;
  readonly timesPerDay: number;
}

/** One day of a report. */
export interface ReportDay {
  readonly date: IsoDate;
  /** Day of healing, counted from the latest session on or before the date; null before the first. */
  readonly day: number | null;
  /** The day's aftercare level under the regimen (named in words in the report, as on the card). */
  readonly level: Level;
  /** True when a session took place that day. */
  readonly session: boolean;
  /** The day's photos of the chosen areas, in the order they were taken. */
  readonly photos: readonly PhotoRecord[];
  readonly checkIn: CheckInRecord | null;
  /** The day's "do" items: those in force, plus any ticked that were not. */
  readonly adherence: readonly AdherenceLine[];
}

/** Everything a report shows. */
export interface ReportData {
  readonly plan: Plan;
  readonly regimen: Regimen;
  readonly unit: TemperatureUnit;
  readonly days: readonly ReportDay[];
}

const takenOrder = (a: PhotoRecord, b: PhotoRecord) =>
  (a.takenAt ?? a.addedAt).localeCompare(b.takenAt ?? b.addedAt) || a.id.localeCompare(b.id);

/** Reads the journal for a report over already validated `options`. */
export async function collectReport(store: JournalStore, options: ReportOptions): Promise<ReportData> {
  const { from, to } = options;
  const areas = new Set(options.areas);
  const [stored, regimen, settings, checkIns, photos] = await Promise.all([
    store.loadPlan(),
    store.loadRegimen(),
    store.loadSettings(),
    store.checkIns(),
    store.photos.list(),
  ]);
  // As on the screens: a session stored in year 0 is left out, and a record dated where the rules
  // cannot count is not a day of the report (whatever is stored, the report stays bounded).
  const { plan } = withoutUnusableSessions(stored);
  const inRange = (date: string) => isIsoDate(date) && date >= from && date <= to;
  const photosByDate = new Map<IsoDate, PhotoRecord[]>();
  for (const photo of photos) {
    if (!inRange(photo.date) || !areas.has(photo.area)) continue;
    photosByDate.set(photo.date, [...(photosByDate.get(photo.date) ?? []), photo]);
  }
  const checkInByDate = new Map(
    rewordFlags(checkIns, plan)
      .filter((c) => inRange(c.date))
      .map((c) => [c.date, c]),
  );
  const dates = [...new Set([...photosByDate.keys(), ...checkInByDate.keys()])].sort();
  const sessions = new Set(plan.sessions.map((s) => s.date));
  const days = await Promise.all(
    dates.map(async (date): Promise<ReportDay> => {
      const status = statusOn(plan, date, regimen);
      const ticks = (await store.adherenceOn(date)).counts;
      const active = status.active.filter((rule) => rule.kind === 'do');
      const lines: AdherenceLine[] = active.map((rule) => ({
        title: rule.title,
        done: ticks[rule.id] ?? 0,
        timesPerDay: rule.timesPerDay,
      }));
      // Ticks of an item no longer in force that day (the plan changed since) still count.
      for (const [id, done] of Object.entries(ticks)) {
        const rule = regimen.rules.find((r) => r.id === id);
        if (done > 0 && rule && !active.some((a) => a.id === id)) {
          lines.push({ title: rule.title, done, timesPerDay: rule.timesPerDay ?? 1 });
        }
      }
      return {
        date,
        day: status.day,
        level: status.level,
        session: sessions.has(date),
        photos: (photosByDate.get(date) ?? []).sort(takenOrder),
        checkIn: checkInByDate.get(date) ?? null,
        adherence: lines,
      };
    }),
  );
  return { plan, regimen, unit: settings.temperatureUnit, days };
}
