/**
 * The aftercare rules: pure functions of (plan, regimen, calendar date). No DOM, no `chrome`,
 * no storage, no clock; `tsconfig.json` beside this file makes a stray `window` a build error.
 */
export { statusOn, levelOfDay } from './status.ts';
export {
  assessSymptoms,
  openFlags,
  adviceOf,
  strongestAdvice,
  ADVICE_ORDER,
  FLAG_ADVICE,
  TEMPERATURE_RANGE_C,
  FEVER_FROM_C,
  NORMAL_SWELLING_UNTIL_DAY,
} from './symptoms.ts';
export { dayOfHealing, rewordFlags } from './flag-wording.ts';
export { milestones, milestonesWithChanges } from './milestones.ts';
export { DEFAULT_REGIMEN, ASK_YOUR_TECHNICIAN } from './default-regimen.ts';
export {
  notLoadedSentence,
  validateRegimen,
  validatePlan,
  hasHiddenCharacters,
  isReservedName,
  RESERVED_REGIMEN,
  MAX_SESSION_NOTE,
  MAX_RULE_ID_LENGTH,
  MAX_RULE_DAY,
  type Validated,
} from './schema.ts';
export { withoutUnusableSessions } from './usable-sessions.ts';
export { isIsoDate, whyNotIsoDate, YEAR_RANGE, shiftDays, shiftYears, daysBetween, compareDates } from './dates.ts';
export { describeDate, describeDateLong } from './format.ts';
export type * from './types.ts';
