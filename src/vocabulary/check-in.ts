/**
 * The words of the symptom check-in: each question and answer as the form offers it, as the
 * report states it ("Redness: spreading beyond it") and as a check-in's one-line summary puts it
 * ("redness spreading beyond it"; '' where there is nothing to mention). Whole phrases, keyed by
 * the stored ids, so each language can word them its own way.
 */
import type { CheckIn } from '../rules/types.ts';

type Answers<K extends keyof CheckIn> = Record<NonNullable<CheckIn[K]> & string, string>;

/** Words of a question with a few answers. */
export interface ChoiceWords<K extends keyof CheckIn> {
  /** The form's legend and the report's label. */
  readonly question: string;
  /** Each answer as a choice in the form. */
  readonly choices: Answers<K>;
  /** Each answer after the question in the report. */
  readonly answers: Answers<K>;
  /** Each answer in a check-in's summary; '' says nothing. */
  readonly summaries: Answers<K>;
}

/** Swelling: none / mild / moderate / severe. */
export const SWELLING_WORDS: ChoiceWords<'swelling'> = {
  question: 'Swelling',
  choices: { none: 'None', mild: 'Mild', moderate: 'Moderate', severe: 'Severe' },
  answers: { none: 'none', mild: 'mild', moderate: 'moderate', severe: 'severe' },
  summaries: { none: 'No swelling', mild: 'Mild swelling', moderate: 'Moderate swelling', severe: 'Severe swelling' },
};

/** Redness: none / at the treated area / spreading beyond it. */
export const REDNESS_WORDS: ChoiceWords<'redness'> = {
  question: 'Redness',
  choices: { none: 'None', 'at-site': 'At the treated area', spreading: 'Spreading beyond it' },
  answers: { none: 'none', 'at-site': 'at the treated area', spreading: 'spreading beyond it' },
  summaries: { none: '', 'at-site': 'redness at the treated area', spreading: 'redness spreading beyond it' },
};

/** Pain: none / mild / increasing / severe. */
export const PAIN_WORDS: ChoiceWords<'pain'> = {
  question: 'Pain',
  choices: { none: 'None', mild: 'Mild', increasing: 'Increasing', severe: 'Severe' },
  answers: { none: 'none', mild: 'mild', increasing: 'increasing', severe: 'severe' },
  summaries: { none: '', mild: 'mild pain', increasing: 'increasing pain', severe: 'severe pain' },
};

/** The yes-or-no signs of the check-in. */
export type Sign = 'feverish' | 'discharge' | 'warmth';

/** Each sign as the report's label, the form's checkbox and a phrase of the summary (when present). */
export const SIGN_WORDS = {
  feverish: { question: 'Feeling feverish', choice: 'I feel feverish', summary: 'feeling feverish' },
  discharge: { question: 'Discharge', choice: 'Pus or discharge', summary: 'pus or discharge' },
  warmth: { question: 'Warmth', choice: 'The scalp feels hot to the touch', summary: 'scalp hot to the touch' },
} as const satisfies Record<Sign, { question: string; choice: string; summary: string }>;

/** The temperature question, and what the report says when none was taken. */
export const TEMPERATURE_WORDS = { question: 'Temperature', notTaken: 'not taken' } as const;

/** "yes" or "no", as an answer in the report. */
export function yesNo(value: boolean | undefined): string {
  return value ? 'yes' : 'no';
}
