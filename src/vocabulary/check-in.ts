/**
 * The words of the symptom check-in: each question and answer as the form offers it, as the
 * report states it ("Redness: spreading beyond it") and as a check-in's one-line summary puts it
 * ("redness spreading beyond it"; '' where there is nothing to mention). Whole phrases, keyed by
 * the stored ids, so each language can word them its own way. Getters: msg() answers in the
 * language active when the words are read.
 */
import { msg } from '@lit/localize';
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
  get question() {
    return msg('Swelling');
  },
  get choices() {
    return {
      none: msg('None', { id: 'swellingChoiceNone' }),
      mild: msg('Mild', { id: 'swellingChoiceMild' }),
      moderate: msg('Moderate', { id: 'swellingChoiceModerate' }),
      severe: msg('Severe', { id: 'swellingChoiceSevere' }),
    };
  },
  get answers() {
    return {
      none: msg('none', { id: 'swellingAnswerNone' }),
      mild: msg('mild', { id: 'swellingAnswerMild' }),
      moderate: msg('moderate', { id: 'swellingAnswerModerate' }),
      severe: msg('severe', { id: 'swellingAnswerSevere' }),
    };
  },
  get summaries() {
    return {
      none: msg('No swelling'),
      mild: msg('Mild swelling'),
      moderate: msg('Moderate swelling'),
      severe: msg('Severe swelling'),
    };
  },
};

/** Redness: none / at the treated area / spreading beyond it. */
export const REDNESS_WORDS: ChoiceWords<'redness'> = {
  get question() {
    return msg('Redness');
  },
  get choices() {
    return {
      none: msg('None', { id: 'rednessChoiceNone' }),
      'at-site': msg('At the treated area'),
      spreading: msg('Spreading beyond it'),
    };
  },
  get answers() {
    return {
      none: msg('none', { id: 'rednessAnswerNone' }),
      'at-site': msg('at the treated area'),
      spreading: msg('spreading beyond it'),
    };
  },
  get summaries() {
    return { none: '', 'at-site': msg('redness at the treated area'), spreading: msg('redness spreading beyond it') };
  },
};

/** Pain: none / mild / increasing / severe. */
export const PAIN_WORDS: ChoiceWords<'pain'> = {
  get question() {
    return msg('Pain');
  },
  get choices() {
    return {
      none: msg('None', { id: 'painChoiceNone' }),
      mild: msg('Mild', { id: 'painChoiceMild' }),
      increasing: msg('Increasing', { id: 'painChoiceIncreasing' }),
      severe: msg('Severe', { id: 'painChoiceSevere' }),
    };
  },
  get answers() {
    return {
      none: msg('none', { id: 'painAnswerNone' }),
      mild: msg('mild', { id: 'painAnswerMild' }),
      increasing: msg('increasing', { id: 'painAnswerIncreasing' }),
      severe: msg('severe', { id: 'painAnswerSevere' }),
    };
  },
  get summaries() {
    return { none: '', mild: msg('mild pain'), increasing: msg('increasing pain'), severe: msg('severe pain') };
  },
};

/** The yes-or-no signs of the check-in. */
export type Sign = 'feverish' | 'discharge' | 'warmth';

/** The words of one sign: the report's label, the form's checkbox and a phrase of the summary. */
export interface SignWords {
  readonly question: string;
  readonly choice: string;
  readonly summary: string;
}

/** Each sign as the report's label, the form's checkbox and a phrase of the summary (when present). */
export const SIGN_WORDS: Readonly<Record<Sign, SignWords>> = {
  get feverish() {
    return { question: msg('Feeling feverish'), choice: msg('I feel feverish'), summary: msg('feeling feverish') };
  },
  get discharge() {
    return { question: msg('Discharge'), choice: msg('Pus or discharge'), summary: msg('pus or discharge') };
  },
  get warmth() {
    return {
      question: msg('Warmth'),
      choice: msg('The scalp feels hot to the touch'),
      summary: msg('scalp hot to the touch'),
    };
  },
};

/** The temperature question, and what the report says when none was taken. */
export const TEMPERATURE_WORDS = {
  get question() {
    return msg('Temperature');
  },
  get notTaken() {
    return msg('not taken');
  },
};

/** "yes" or "no", as an answer in the report. */
export function yesNo(value: boolean | undefined): string {
  return value ? msg('yes') : msg('no');
}
