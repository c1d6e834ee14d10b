/**
 * The records the journal keeps, and their validation at the edge (what is written to storage,
 * restored from a backup or typed into a form is checked here; inside, the types are trusted).
 */
import { msg, str } from '@lit/localize';
import * as v from 'valibot';
import { firstIssueText } from '../vocabulary/issues.ts';
import { SentenceError } from '../vocabulary/sentence-error.ts';
import { quoteValue } from '../vocabulary/text.ts';
import { isoDate, plainText } from '../rules/schema-parts.ts';
import { MAX_RULE_ID_LENGTH, type CheckIn, type IsoDate, type Plan, type SymptomFlag } from '../rules/index.ts';
import type { TemperatureUnit } from '../vocabulary/units.ts';
import { reminderTimeSchema, type ReminderTime } from '../reminder/reminder-time.ts';
import { LANGUAGES, type LanguageChoice } from '../i18n/languages.ts';

/** The colour theme chosen in Settings: the system's (light or dark), or always light or dark. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
/** One of `THEME_CHOICES`. */
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** Person-level settings. */
export interface Settings {
  readonly temperatureUnit: TemperatureUnit;
  /** Absent in settings saved before there was a choice: the system's, as for `'system'`. */
  readonly theme?: ThemeChoice;
  /** Whether the browser has been asked to keep the journal (navigator.storage.persist). */
  readonly persistenceAsked: boolean;
  /**
   * The daily photo reminder's time (local `HH:MM`), null when the person turned it off; absent
   * when never set (off too, and the extension keeps a time set on its options page).
   */
  readonly photoReminder?: ReminderTime | null;
  /** The language chosen in Settings; absent in settings saved before there was a choice: `'system'`. */
  readonly language?: LanguageChoice;
  /**
   * True once the person chose the temperature unit themselves; absent, `temperatureUnit` is only
   * the default and the language's (°F for en-US) is used instead.
   */
  readonly temperatureUnitChosen?: boolean;
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

const timestamp = v.pipe(
  v.string(() => msg('must be a date and time')),
  v.isoTimestamp(() => msg('must be a date and time')),
);

const flagSchema = v.strictObject({
  level: v.picklist(['info', 'watch', 'urgent']),
  code: plainText(60),
  message: plainText(600),
});

/** Schema of one stored record (also used to check a backup). */
export const checkInSchema = v.strictObject({
  date: isoDate,
  swelling: v.picklist(['none', 'mild', 'moderate', 'severe'], (issue) =>
    msg(str`is ${quoteValue(issue.input)}, not one of none, mild, moderate or severe`),
  ),
  temperatureC: v.optional(
    v.pipe(
      v.number(),
      v.minValue(30, (issue) => msg(str`is ${String(issue.input)} °C, below 30 °C, which is not plausible`)),
      v.maxValue(45, (issue) => msg(str`is ${String(issue.input)} °C, above 45 °C, which is not plausible`)),
    ),
  ),
  feverish: v.optional(v.boolean()),
  redness: v.optional(v.picklist(['none', 'at-site', 'spreading'])),
  pain: v.optional(v.picklist(['none', 'mild', 'increasing', 'severe'])),
  discharge: v.optional(v.boolean()),
  warmth: v.optional(v.boolean()),
  note: plainText(MAX_NOTE_LENGTH),
  flags: v.pipe(
    v.array(flagSchema),
    v.maxLength(20, () => msg('cannot be more than 20')),
  ),
  savedAt: timestamp,
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
  theme: v.optional(v.picklist(THEME_CHOICES)),
  persistenceAsked: v.boolean(),
  photoReminder: v.optional(v.nullable(reminderTimeSchema)),
  language: v.optional(v.picklist(['system', ...LANGUAGES])),
  temperatureUnitChosen: v.optional(v.boolean()),
});

/** Which record a refusal is about: each has its own whole sentence. */
type RecordKind = 'check-in' | 'ticks' | 'settings' | 'photo';

function explain(issues: readonly v.BaseIssue<unknown>[], what: RecordKind): string {
  const problem = firstIssueText(issues, msg('it is not in a form this app knows'));
  switch (what) {
    case 'check-in':
      return msg(str`The check-in was not saved: ${problem}.`);
    case 'ticks':
      return msg(str`The day’s ticks were not saved: ${problem}.`);
    case 'settings':
      return msg(str`The settings were not saved: ${problem}.`);
    case 'photo':
      return msg(str`The photo was not saved: ${problem}.`);
  }
}

/** Thrown when a record is refused before anything is written; the message is for people. */
export class InvalidRecordError extends SentenceError {
  override readonly name = 'InvalidRecordError';
}

/** A record with its fields in one order at every level, so two copies compare as text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const fields = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(fields)
      .sort()
      .map((key) => [key, canonical(fields[key])]),
  );
}

/**
 * Whether two records hold the same save, field for field (in any order). Compared whole, not by
 * `savedAt`: two saves can fall in the same millisecond, and a device's clock can go back.
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a ?? null)) === JSON.stringify(canonical(b ?? null));
}

/**
 * Thrown when a save would overwrite a record saved since the screen showed it (another tab or
 * window of the app); nothing was written, and the screen asks which to keep.
 */
export class ChangedElsewhereError extends SentenceError {
  override readonly name = 'ChangedElsewhereError';
}

function check<T>(schema: v.GenericSchema<unknown, T>, input: unknown, what: RecordKind): T {
  const result = v.safeParse(schema, input);
  if (!result.success) throw new InvalidRecordError(explain(result.issues, what));
  return result.output;
}

/** Checks a check-in before it is stored. */
export const checkCheckIn = (input: unknown): CheckInRecord => check(checkInSchema, input, 'check-in');
/** Checks adherence ticks before they are stored. */
export const checkAdherence = (input: unknown): AdherenceRecord => check(adherenceSchema, input, 'ticks');
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
  // Ids name the photo's files in a backup and its page's link: letters, digits and dashes only.
  id: v.pipe(
    v.string(() => msg('must be text')),
    v.regex(/^[A-Za-z0-9-]{8,64}$/, () => msg('must be 8 to 64 letters, digits or dashes')),
  ),
  date: isoDate,
  takenAt: v.nullable(
    v.pipe(
      v.string(() => msg('must be a date and time')),
      v.regex(/^\d{4}-\d{2}-\d{2}T[\d:.]{5,12}$/, () => msg('must be a date and time')),
    ),
  ),
  area: v.picklist(Object.keys(SCALP_AREAS) as ScalpArea[], (issue) =>
    msg(str`is ${quoteValue(issue.input)}, not one of the scalp areas`),
  ),
  note: plainText(MAX_PHOTO_NOTE),
  type: v.pipe(
    v.string(() => msg('must be text')),
    v.regex(/^image\/[a-z0-9.+-]+$/, () => msg('must be an image type like image/jpeg')),
  ),
  bytes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
  orientation: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(8)),
  addedAt: timestamp,
});

/** Checks photo metadata before it is stored. */
export const checkPhoto = (input: unknown): PhotoRecord => check(photoSchema, input, 'photo');
