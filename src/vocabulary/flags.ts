/** The words and colours of symptom flag levels (`urgent`, `watch`, `info`), for the app, the report and the badge. */
import type { FlagLevel } from '../rules/types.ts';
import type { Tone } from './levels.ts';

/** The word shown beside each flag, so colour is never the only signal. */
export const FLAG_WORDS = {
  urgent: 'Urgent',
  watch: 'Keep an eye on it',
  info: 'Good to know',
} as const satisfies Record<FlagLevel, string>;

/** A day's check-in in the photo diary, by its most serious flag (`ok`: a check-in without flags). */
export const DAY_CHECK_IN_WORDS = {
  urgent: 'Check-in: urgent',
  watch: 'Check-in: keep an eye on it',
  info: 'Check-in: good to know',
  ok: 'Checked in',
} as const satisfies Record<FlagLevel | 'ok', string>;

/** Each flag level's colours: the ink of its word and mark (also the badge's "!" while a flag is urgent), and its background. */
export const FLAG_TONES = {
  urgent: { ink: '#a3120a', background: '#fde4e1' },
  watch: { ink: '#7a4a00', background: '#fff3d6' },
  info: { ink: '#245a86', background: '#e6f0f8' },
} as const satisfies Record<FlagLevel, Tone>;
