/** Checks a journal snapshot read from outside (a backup) before anything of it is merged. */
import { msg, str } from '@lit/localize';
import * as v from 'valibot';
import { firstIssueText, quoteValue } from '../vocabulary/index.ts';
import { describeDate, shiftDays, type IsoDate, type Validated } from '../rules/index.ts';
import { PLAN_SCHEMA, REGIMEN_SCHEMA } from '../rules/schema.ts';
import { adherenceSchema, checkInSchema, photoSchema, settingsSchema, type PlanRecord } from './records.ts';
import type { JournalSnapshot } from './snapshot.ts';

const timestamp = v.pipe(v.string('must be a date and time'), v.isoTimestamp('must be a date and time'));
const snapshotSchema = v.strictObject({
  plan: v.nullable(v.looseObject({ updatedAt: timestamp })),
  settings: v.nullable(settingsSchema),
  regimen: v.nullable(v.unknown()),
  checkIns: v.array(checkInSchema),
  adherence: v.array(adherenceSchema),
  photos: v.array(photoSchema),
});

function duplicate<T>(items: readonly T[], key: (item: T) => string): string | undefined {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) return k;
    seen.add(k);
  }
  return undefined;
}

const withoutUpdatedAt = ({ updatedAt: _, ...plan }: { updatedAt: string }) => plan;

/**
 * Checks a snapshot read from outside (a backup); the error is a clause naming the record and field
 * in words. Check-ins and photos may not be dated after `today`, but for one day's grace: a backup
 * made a few hours earlier in a time zone ahead of this one can hold the check-in of its "today".
 */
export function checkSnapshot(input: unknown, today: IsoDate): Validated<JournalSnapshot> {
  const parsed = v.safeParse(snapshotSchema, input);
  if (!parsed.success) {
    return { ok: false, error: firstIssueText(parsed.issues, 'they are not in a form this app knows') };
  }
  const { plan: rawPlan, regimen: rawRegimen, ...rest } = parsed.output;
  // The plan and the regimen are checked as parts of the records, so a problem names its place in them.
  const parts = v.safeParse(v.object({ plan: v.nullable(PLAN_SCHEMA), regimen: v.nullable(REGIMEN_SCHEMA) }), {
    plan: rawPlan && withoutUpdatedAt(rawPlan),
    regimen: rawRegimen,
  });
  if (!parts.success)
    return { ok: false, error: firstIssueText(parts.issues, msg('they are not in a form this app knows')) };
  const { plan: checkedPlan, regimen } = parts.output;
  const plan: PlanRecord | null = rawPlan && checkedPlan && { ...checkedPlan, updatedAt: rawPlan.updatedAt };
  const latest = shiftDays(today, 1);
  const future = [...rest.checkIns, ...rest.photos].find((record) => record.date > latest);
  if (future) {
    const date = describeDate(future.date);
    return {
      ok: false,
      error:
        'id' in future
          ? msg(str`it holds a photo dated ${date}, which is still in the future`)
          : msg(str`it holds a check-in dated ${date}, which is still in the future`),
    };
  }
  const photoTwice = duplicate(rest.photos, (p) => p.id);
  if (photoTwice) return { ok: false, error: msg(str`it holds the photo ${quoteValue(photoTwice)} twice`) };
  const checkInTwice = duplicate(rest.checkIns, (c) => c.date);
  if (checkInTwice)
    return { ok: false, error: msg(str`it holds two check-ins of ${describeDate(checkInTwice as IsoDate)}`) };
  const ticksTwice = duplicate(rest.adherence, (a) => a.date);
  if (ticksTwice)
    return { ok: false, error: msg(str`it holds the ticks of ${describeDate(ticksTwice as IsoDate)} twice`) };
  return { ok: true, value: { ...rest, plan, regimen } };
}
