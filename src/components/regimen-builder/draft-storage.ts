/**
 * The builder's draft kept on this device (localStorage), so a reload or a closed tab does not
 * lose a technician's work. What is read back is untrusted (another version of the app, a hand
 * edit, a full disk): it is checked field by field, and a draft that does not fit is dropped,
 * leaving the builder to start from the standard regimen with a sentence.
 */
import * as v from 'valibot';
import { DEFAULT_REGIMEN } from '../../rules/index.ts';
import { draftOf, type Draft } from './draft.ts';

/** The localStorage key of the draft. */
export const DRAFT_KEY = 'smp-regimen-draft';

// A field left empty is NaN while edited, which JSON writes as null.
const fieldNumber = v.pipe(
  v.nullable(v.number()),
  v.transform((n) => n ?? Number.NaN),
);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const draftRuleSchema = v.object({
  id: text(200),
  kind: v.picklist(['avoid', 'do']),
  anchor: v.picklist(['each-session', 'final-session']),
  fromDay: fieldNumber,
  end: v.picklist(['day', 'years', 'never']),
  toDay: fieldNumber,
  toYears: fieldNumber,
  title: text(1000),
  text: text(4000),
  milestone: text(1000),
  timesPerDay: v.optional(v.number()),
});

const draftSchema = v.object({
  name: text(1000),
  strictUntilDay: fieldNumber,
  cautionUntilDay: fieldNumber,
  limitedUntilDay: fieldNumber,
  rules: v.pipe(v.array(draftRuleSchema), v.maxLength(500)),
});

/** The draft kept on this device: none, one that reads back, or one that could not be read. */
export type KeptDraft = { readonly draft: Draft; readonly broken: boolean };

/** The draft kept on this device, or the standard regimen's (`broken` when a kept one did not read back). */
export function loadDraft(): KeptDraft {
  const standard = draftOf(DEFAULT_REGIMEN);
  let raw: string | null;
  try {
    raw = localStorage.getItem(DRAFT_KEY);
  } catch {
    return { draft: standard, broken: false };
  }
  if (raw === null) return { draft: standard, broken: false };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const parsed = v.safeParse(draftSchema, json);
  if (parsed.success) return { draft: parsed.output, broken: false };
  forgetDraft();
  return { draft: standard, broken: true };
}

/** Keeps `draft` on this device; whether it could be kept (storage full or turned off: not). */
export function saveDraft(draft: Draft): boolean {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Drops the kept draft (one that could not be read back). */
function forgetDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to do: the next save replaces it.
  }
}
