/**
 * The records the journal keeps, and their validation at the edge (what is written to storage,
 * restored from a backup or typed into a form is checked here; inside, the types are trusted).
 */
import * as v from 'valibot';
import { SentenceError, firstIssueText } from '../vocabulary/index.ts';
import {
  MAX_RULE_ID_LENGTH,
  isIsoDate,
  type CheckIn,
  type IsoDate,
  type Plan,
  type SymptomFlag,
} from '../rules/index.ts';
import type { TemperatureUnit } from '../vocabulary/index.ts';

/** Person-level settings. */
export interface Settings {
  readonly temperatureUnit: TemperatureUnit;
  /** Whether the browser has been asked to keep the journal (navigator.storage.persist). */
  readonly persistenceAsked: boolean;
}

/** Settings of a new journal. */
export const DEFAULT_SETTINGS: Settings = { temperatureUnit: 'C', persistenceAsked: false };

/** One day's symptom check-in as stored: the rules' check-in plus a note and the flags it raised. */
export interface CheckInRecord extends CheckIn {
  readonly date: IsoDate;
  readonly note: string;
  /** Flags from `assessSymptoms` when it was saved, so history shows what was said then. */
  readonly flags: readonly SymptomFlag[];
  /** When it was last saved (ISO instant), for display and merging. */
  readonly savedAt: string;
}

/** Ticks of today's "do" items: rule id → times done that day. */
export interface AdherenceRecord {
  readonly date: IsoDate;
  readonly counts: Readonly<Record<string, number>>;
}

/** The plan as stored, with when it last changed. */
export interface PlanRecord extends Plan {
  readonly updatedAt: string;
}

/** When the journal was last backed up (kept on the device, not in the backup itself). */
export interface BackupInfo {
  readonly lastBackupAt: string;
}

/** Longest free note on a check-in. */
export const MAX_NOTE_LENGTH = 1000;

const isoDate = v.pipe(
  v.string(),
  v.check((value: string) => isIsoDate(value), 'expected a real date (YYYY-MM-DD)'),
  v.transform((value: string) => value as IsoDate),
);

const flagSchema = v.strictObject({
  level: v.picklist(['info', 'watch', 'urgent']),
  code: v.pipe(v.string(), v.maxLength(60)),
  message: v.pipe(v.string(), v.maxLength(600)),
});

/** Schema of one stored record (also used to check a backup). */
export const checkInSchema = v.strictObject({
  date: isoDate,
  swelling: v.picklist(['none', 'mild', 'moderate', 'severe'], 'expected none, mild, moderate or severe'),
  temperatureC: v.optional(
    v.pipe(
      v.number(),
      v.minValue(30, 'a temperature below 30 °C is not plausible'),
      v.maxValue(45, 'a temperature above 45 °C is not plausible'),
    ),
  ),
  feverish: v.optional(v.boolean()),
  redness: v.optional(v.picklist(['none', 'at-site', 'spreading'])),
  pain: v.optional(v.picklist(['none', 'mild', 'increasing', 'severe'])),
  discharge: v.optional(v.boolean()),
  warmth: v.optional(v.boolean()),
  note: v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH, `a note can be at most ${MAX_NOTE_LENGTH} characters`)),
  flags: v.array(flagSchema),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
});

/** Schema of one stored record (also used to check a backup). */
export const adherenceSchema = v.strictObject({
  date: isoDate,
  // Keyed by rule id: the regimen's own limit, so every rule a regimen may have can be ticked.
  counts: v.record(
    v.pipe(v.string(), v.maxLength(MAX_RULE_ID_LENGTH)),
    v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24)),
  ),
});

/** Schema of one stored record (also used to check a backup). */
export const settingsSchema = v.strictObject({
  temperatureUnit: v.picklist(['C', 'F']),
  persistenceAsked: v.boolean(),
});

function explain(issues: readonly v.BaseIssue<unknown>[], what: string): string {
  return `The ${what} was not saved: ${firstIssueText(issues, 'it is not valid')}.`;
}

/** Thrown when a record is refused before anything is written; the message is for people. */
export class InvalidRecordError extends SentenceError {
  override readonly name = 'InvalidRecordError';
}

function check<T>(schema: v.GenericSchema<unknown, T>, input: unknown, what: string): T {
  const result = v.safeParse(schema, input);
  if (!result.success) throw new InvalidRecordError(explain(result.issues, what));
  return result.output;
}

/** Checks a check-in before it is stored. */
export const checkCheckIn = (input: unknown): CheckInRecord => check(checkInSchema, input, 'check-in');
/** Checks adherence ticks before they are stored. */
export const checkAdherence = (input: unknown): AdherenceRecord => check(adherenceSchema, input, 'adherence');
/** Checks settings before they are stored. */
export const checkSettings = (input: unknown): Settings => check(settingsSchema, input, 'settings');

/** The scalp areas a photo can show; ids are stable (stored, exported). */
export const SCALP_AREAS = {
  'front-hairline': 'Front hairline',
  crown: 'Crown',
  left: 'Left side',
  right: 'Right side',
  back: 'Back',
  other: 'Other',
} as const;

/** One of `SCALP_AREAS`. */
export type ScalpArea = keyof typeof SCALP_AREAS;

/** True for a known scalp area id. */
export function isScalpArea(value: unknown): value is ScalpArea {
  return typeof value === 'string' && Object.hasOwn(SCALP_AREAS, value);
}

/**
 * A photo's metadata. The original bytes and the thumbnail are stored apart (see db.ts), so
 * lists and the timeline read only this and the small thumbnail.
 */
export interface PhotoRecord {
  readonly id: string;
  /** The calendar day the photo belongs to (from its EXIF date, else the day it was added). */
  readonly date: IsoDate;
  /** When it was taken, from EXIF (local time as ISO text), or null when the file did not say. */
  readonly takenAt: string | null;
  readonly area: ScalpArea;
  readonly note: string;
  /** The original file's type and size, kept byte for byte. */
  readonly type: string;
  readonly bytes: number;
  /** Pixel size with the EXIF rotation applied (as displayed). */
  readonly width: number;
  readonly height: number;
  /** EXIF orientation (1–8; 1 when absent): honoured when shown and when re-encoded for export. */
  readonly orientation: number;
  readonly addedAt: string;
}

/** Longest note on a photo. */
export const MAX_PHOTO_NOTE = 500;

/** Schema of one stored record (also used to check a backup). */
export const photoSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(8), v.maxLength(64)),
  date: isoDate,
  takenAt: v.nullable(v.pipe(v.string(), v.maxLength(40))),
  area: v.picklist(Object.keys(SCALP_AREAS) as ScalpArea[], 'expected one of the scalp areas'),
  note: v.pipe(v.string(), v.maxLength(MAX_PHOTO_NOTE, `a note can be at most ${MAX_PHOTO_NOTE} characters`)),
  type: v.pipe(v.string(), v.regex(/^image\/[a-z0-9.+-]+$/)),
  bytes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
  orientation: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(8)),
  addedAt: v.pipe(v.string(), v.isoTimestamp()),
});

/** Checks photo metadata before it is stored. */
export const checkPhoto = (input: unknown): PhotoRecord => check(photoSchema, input, 'photo');
