/** Checks a journal snapshot read from outside (a backup) before anything of it is merged. */
import * as v from 'valibot';
import { firstIssueText } from '../vocabulary/index.ts';
import { validatePlan, validateRegimen, type Regimen, type Validated } from '../rules/index.ts';
import { adherenceSchema, checkInSchema, photoSchema, settingsSchema, type PlanRecord } from './records.ts';
import type { JournalSnapshot } from './snapshot.ts';

const timestamp = v.pipe(v.string(), v.isoTimestamp());
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

/** Checks a snapshot read from outside (a backup); the error is a sentence naming the field. */
export function checkSnapshot(input: unknown): Validated<JournalSnapshot> {
  const parsed = v.safeParse(snapshotSchema, input);
  if (!parsed.success) {
    return { ok: false, error: firstIssueText(parsed.issues, 'not valid') };
  }
  const { plan: rawPlan, regimen: rawRegimen, ...rest } = parsed.output;
  let plan: PlanRecord | null = null;
  if (rawPlan) {
    const { updatedAt, ...sessions } = rawPlan;
    const checked = validatePlan(sessions);
    if (!checked.ok) return { ok: false, error: `plan: ${checked.error}` };
    plan = { ...checked.value, updatedAt };
  }
  let regimen: Regimen | null = null;
  if (rawRegimen !== null) {
    const checked = validateRegimen(rawRegimen);
    if (!checked.ok) return { ok: false, error: `regimen: ${checked.error}` };
    regimen = checked.value;
  }
  const twice =
    duplicate(rest.photos, (p) => p.id) ??
    duplicate(rest.checkIns, (c) => c.date) ??
    duplicate(rest.adherence, (a) => a.date);
  if (twice) return { ok: false, error: `“${twice}” appears twice` };
  return { ok: true, value: { ...rest, plan, regimen } };
}
