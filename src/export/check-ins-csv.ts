/**
 * The check-ins as a CSV file for a spreadsheet or a doctor: one row per check-in, oldest first,
 * every answer in words (as the report says it), the temperature in °C and °F as numbers, the
 * flags it raised with their level's word, and the note. UTF-8 with a byte order mark, so
 * spreadsheet apps read accents and "°" right. Words in the active language; the person's note
 * and the flags' stored advice as written. Loaded only when the file is asked for.
 */
import { msg } from '@lit/localize';
import type { CheckInRecord } from '../journal/records.ts';
import { rewordFlags, statusOn, type IsoDate, type Plan } from '../rules/index.ts';
import {
  FLAG_WORDS,
  PAIN_WORDS,
  REDNESS_WORDS,
  SIGN_WORDS,
  SWELLING_WORDS,
  TEMPERATURE_WORDS,
  celsiusToFahrenheit,
  yesNo,
} from '../vocabulary/index.ts';
import { UTF8_BOM, toCsv, type CsvCell } from './csv.ts';

/** The header row, in the active language: the report's questions, so both files word them alike. */
export const checkInColumns = (): readonly string[] => [
  msg('Date'),
  msg('Day of healing'),
  SWELLING_WORDS.question,
  `${TEMPERATURE_WORDS.question} (°C)`,
  `${TEMPERATURE_WORDS.question} (°F)`,
  REDNESS_WORDS.question,
  PAIN_WORDS.question,
  SIGN_WORDS.feverish.question,
  SIGN_WORDS.discharge.question,
  SIGN_WORDS.warmth.question,
  msg('Flags'),
  msg('Note'),
];

/** One check-in's row; an unanswered question (older check-ins asked fewer) is an empty cell. */
function row(checkIn: CheckInRecord, plan: Plan): CsvCell[] {
  const celsius = checkIn.temperatureC;
  return [
    checkIn.date,
    statusOn(plan, checkIn.date).day,
    SWELLING_WORDS.answers[checkIn.swelling],
    celsius ?? null,
    celsius === undefined ? null : celsiusToFahrenheit(celsius),
    checkIn.redness ? REDNESS_WORDS.answers[checkIn.redness] : null,
    checkIn.pain ? PAIN_WORDS.answers[checkIn.pain] : null,
    yesNo(checkIn.feverish),
    yesNo(checkIn.discharge),
    yesNo(checkIn.warmth),
    checkIn.flags.map((flag) => `${FLAG_WORDS[flag.level]}: ${flag.message}`).join('\n'),
    checkIn.note,
  ];
}

/** The CSV text of the check-ins (with its byte order mark), oldest first; the day is counted by `plan`. */
export function checkInsCsv(checkIns: readonly CheckInRecord[], plan: Plan): string {
  const sorted = rewordFlags(
    [...checkIns].sort((a, b) => b.date.localeCompare(a.date)),
    plan,
  ).reverse();
  return UTF8_BOM + toCsv([checkInColumns(), ...sorted.map((c) => row(c, plan))]);
}

/** The CSV as a file named for `today`, ready to download. */
export function checkInsCsvFile(checkIns: readonly CheckInRecord[], plan: Plan, today: IsoDate): File {
  return new File([checkInsCsv(checkIns, plan)], `smp-check-ins-${today}.csv`, { type: 'text/csv;charset=utf-8' });
}
