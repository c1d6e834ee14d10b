/** The words and colours of symptom flag levels (`urgent`, `watch`, `info`), for the app, the report and the badge. */
import { msg } from '@lit/localize';
import type { Advice, FlagLevel, OpenFlagLevel } from '../rules/types.ts';
import type { Tone } from './levels.ts';

/**
 * The word shown beside each flag, so colour is never the only signal. No word is milder than the
 * messages it stands beside: every `watch` message sends the person to a doctor or the technician.
 */
export const FLAG_WORDS: Readonly<Record<FlagLevel, string>> = {
  // Getters: msg() answers in the language active when the word is read.
  get urgent() {
    return msg('Urgent');
  },
  get watch() {
    return msg('Get advice');
  },
  get info() {
    return msg('Good to know');
  },
};

/**
 * The heading over a check-in's open flags, by the strongest advice among them (`strongestAdvice`
 * in the rules), so it is never milder than the advice beneath it.
 */
export const FLAG_HEADINGS: Readonly<Record<Advice, string>> = {
  get now() {
    return msg('Seek medical help now');
  },
  get today() {
    return msg('See a doctor today');
  },
  get contact() {
    return msg('See a doctor or contact your technician');
  },
};

/**
 * One line for an open flag where its advice is not shown in full (the top of the card, the badge's
 * title), by the strongest advice among the open flags, as the heading over them on Today.
 */
export const OPEN_FLAG_LINES: Readonly<Record<Advice, string>> = {
  get now() {
    return msg('Urgent symptom flag: seek medical help now');
  },
  get today() {
    return msg('Symptom flag: see a doctor today');
  },
  get contact() {
    return msg('Symptom flag: see a doctor or contact your technician');
  },
};

/**
 * The one line for an open flag of level `flag`, by `advice` where it is known (the app has the
 * check-in's flags, the plan message carries it to the extension); else by the level alone (a
 * message from an older app): a watch flag the advice every watch flag gives at least. An urgent
 * flag always says "now", so no line is milder than its level.
 */
export function openFlagLine(flag: OpenFlagLevel, advice: Advice | null = null): string {
  // An urgent flag's advice is "now" (none is stronger), whatever a message from outside says.
  return OPEN_FLAG_LINES[flag === 'urgent' ? 'now' : (advice ?? 'contact')];
}

/** A day's check-in in the photo diary, by its most serious flag (`ok`: a check-in without flags). */
export const DAY_CHECK_IN_WORDS: Readonly<Record<FlagLevel | 'ok', string>> = {
  get urgent() {
    return msg('Check-in: urgent');
  },
  get watch() {
    return msg('Check-in: get advice');
  },
  get info() {
    return msg('Check-in: good to know');
  },
  get ok() {
    return msg('Checked in');
  },
};

/** Each flag level's colours in the light theme (and the PDF): the ink of its word and mark (also the badge's "!" while a flag is open), and its background. */
export const FLAG_TONES = {
  urgent: { ink: '#a3120a', background: '#fde4e1' },
  watch: { ink: '#7a4a00', background: '#fff3d6' },
  info: { ink: '#245a86', background: '#e6f0f8' },
} as const satisfies Record<FlagLevel, Tone>;

/** Each flag level's colours in the dark theme: light inks on deep tints of the same hues. */
export const DARK_FLAG_TONES = {
  urgent: { ink: '#ffa49b', background: '#47211e' },
  watch: { ink: '#f0c766', background: '#3b3018' },
  info: { ink: '#98c4ec', background: '#1b2d3e' },
} as const satisfies Record<FlagLevel, Tone>;
