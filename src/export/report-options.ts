/**
 * What a progress report covers, and the one check of it that both the form and `makeReport` use,
 * so a refusal reads the same sentence wherever it happens. No PDF code here: the form imports it.
 */
import { msg, str } from '@lit/localize';
import { describeDate, isIsoDate, whyNotIsoDate, type IsoDate, type Plan } from '../rules/index.ts';
import { SCALP_AREAS, isScalpArea, type ScalpArea } from '../journal/records.ts';
import { regionalDefaults, type Language } from '../i18n/languages.ts';

/** The paper a report is laid out for. */
export type PageSize = 'a4' | 'letter';

/** What the technician asked the report to cover. */
export interface ReportOptions {
  /** First day of the report, inclusive. */
  readonly from: IsoDate;
  /** Last day of the report, inclusive. */
  readonly to: IsoDate;
  /** The scalp areas whose photos are included (check-ins are included whatever the areas). */
  readonly areas: readonly ScalpArea[];
  /** Printed on the report when not empty. */
  readonly clientName: string;
  readonly pageSize: PageSize;
}

/** Longest client name printed on a report. */
export const MAX_CLIENT_NAME = 100;

/** Why `options` cannot make a report, as a sentence for people; null when they can. */
export function reportOptionsProblem(options: ReportOptions): string | null {
  const { from, to, areas, clientName, pageSize } = options;
  if (!from) return msg('Choose the first day of the report.');
  if (!isIsoDate(from)) {
    const why = whyNotIsoDate(from);
    return msg(str`${from} is not a date this app can use (${why}): check the first day of the report.`);
  }
  if (!to) return msg('Choose the last day of the report.');
  if (!isIsoDate(to)) {
    const why = whyNotIsoDate(to);
    return msg(str`${to} is not a date this app can use (${why}): check the last day of the report.`);
  }
  if (from > to) {
    const [first, last] = [describeDate(from), describeDate(to)];
    return msg(str`The first day (${first}) is after the last day (${last}): swap them or choose other dates.`);
  }
  if (!Array.isArray(areas) || areas.length === 0) return msg('Choose at least one scalp area.');
  const unknown = areas.find((area) => !isScalpArea(area));
  if (unknown !== undefined) return msg(str`"${String(unknown)}" is not a scalp area.`);
  if (typeof clientName !== 'string' || clientName.trim().length > MAX_CLIENT_NAME) {
    return msg(str`The client's name can be at most ${MAX_CLIENT_NAME} characters.`);
  }
  if (pageSize !== 'a4' && pageSize !== 'letter') return msg('Choose A4 or Letter as the page size.');
  return null;
}

/** The report's file name: `smp-progress-2026-03-01-to-2026-03-31.pdf`. */
export function reportFileName(options: Pick<ReportOptions, 'from' | 'to'>): string {
  return `smp-progress-${options.from}-to-${options.to}.pdf`;
}

/** The range a report starts with: from the first session (or today, before it) to today. */
export function defaultReportRange(plan: Plan, today: IsoDate): { from: IsoDate; to: IsoDate } {
  const first = plan.sessions.map((s) => s.date).sort()[0];
  return { from: first && isIsoDate(first) && first <= today ? first : today, to: today };
}

/** The areas a report starts with: those that have photos, in the usual order, or all when none has. */
export function defaultReportAreas(withPhotos: readonly ScalpArea[]): ScalpArea[] {
  const all = Object.keys(SCALP_AREAS) as ScalpArea[];
  const chosen = all.filter((area) => withPhotos.includes(area));
  return chosen.length ? chosen : all;
}

/** Letter in the United States and Canada (whatever the language), A4 everywhere else. */
export function defaultPageSize(language: string): PageSize {
  const region = language.split('-')[1]?.toUpperCase();
  return region === 'US' || region === 'CA' ? 'letter' : 'a4';
}

/**
 * The paper a report or a handout starts on: Letter in the app's en-US (its regional default) or
 * in a US or Canadian browser, A4 elsewhere.
 */
export function defaultPaper(language: Language, browserLanguage: string): PageSize {
  return regionalDefaults(language).paper === 'letter' ? 'letter' : defaultPageSize(browserLanguage);
}
