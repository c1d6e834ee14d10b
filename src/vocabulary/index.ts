/**
 * The app's one vocabulary: the words and colours of levels and flags, the check-in's questions
 * and answers, units, plurals, validation problems and failures, for the PWA, the extension and the PDF
 * report alike. Pure (no DOM, no `chrome`, no Lit): the rules import it too. See README.md.
 */
export { LEVEL_LABELS, LEVEL_COLORS, LEVEL_TONES, DARK_LEVEL_TONES, type Tone } from './levels.ts';
export {
  FLAG_WORDS,
  FLAG_HEADINGS,
  OPEN_FLAG_LINES,
  openFlagLine,
  FLAG_TONES,
  DARK_FLAG_TONES,
  DAY_CHECK_IN_WORDS,
} from './flags.ts';
export {
  SWELLING_WORDS,
  REDNESS_WORDS,
  PAIN_WORDS,
  SIGN_WORDS,
  TEMPERATURE_WORDS,
  yesNo,
  type ChoiceWords,
  type Sign,
} from './check-in.ts';
export {
  TEMPERATURE_UNIT_NAMES,
  celsiusToFahrenheit,
  fahrenheitToCelsius,
  formatTemperature,
  describeBytes,
  type TemperatureUnit,
  type SmallestByteUnit,
} from './units.ts';
export { plural, listed, lowerFirst, localDecimal, wordsLanguage } from './words.ts';
export { PHOTO_REMINDER_NOTICE, PHOTO_REMINDER_WORDS } from './reminder.ts';
export { describeIssue, firstIssueText, issuePlace } from './issues.ts';
export { hasHiddenCharacters, withoutHiddenCharacters, quoteValue, shownName } from './text.ts';
export { SentenceError } from './sentence-error.ts';
export { failureSentence, type FailureContext } from './errors.ts';
