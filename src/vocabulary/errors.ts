/**
 * What a person is told when something fails underneath: the app's own refusals are already
 * sentences (`SentenceError`); anything else (an engine's DOMException, a library's error) is
 * turned into a sentence by its name, saying what happened and what to do, never with the raw
 * text. Pure: the caller logs the raw error (src/journal/failures.ts).
 */
import { SentenceError } from './sentence-error.ts';

/** What a failure was about: the file it concerned, when there is one (named in the sentence). */
export interface FailureContext {
  readonly file?: string;
}

const quoted = (file: string | undefined, otherwise: string) => (file ? `“${file}”` : otherwise);

/** Sentences for the DOMException names storage and file reading throw, keyed by `name`. */
const BY_NAME: Readonly<Record<string, (file: string | undefined) => string>> = {
  QuotaExceededError: (file) =>
    `The device's storage for this app is full, so ${file ? `“${file}” was not saved` : 'nothing was saved'}. Free some space on the device, or make a backup and remove old photos, then try again.`,
  UnknownError: (file) =>
    `This browser's storage refused ${quoted(file, 'the change')}, so nothing was saved. Reload the page and try again; if it happens again, restart the browser.`,
  DataCloneError: (file) =>
    `This browser could not store ${quoted(file, 'the change')}, so nothing was saved. Reload the page and try again.`,
  InvalidStateError: () =>
    'Your journal was closed (the app may have been updated in another tab), so nothing was changed. Reload the page and try again.',
  TransactionInactiveError: (file) =>
    `Saving ${quoted(file, 'the change')} was interrupted, so nothing was changed. Try again.`,
  AbortError: (file) => `Saving ${quoted(file, 'the change')} was interrupted, so nothing was changed. Try again.`,
  NotFoundError: () =>
    'Part of your journal could not be found (the browser may have cleared it), so nothing was changed. Reload the page; if it happens again, restore your last backup.',
  NotReadableError: (file) =>
    `${quoted(file, 'The file')} could not be read from the device (it may have been moved, changed or deleted). Choose it again.`,
  VersionError: () => 'A newer version of the app has updated your journal. Reload the page to use it.',
  SecurityError: () =>
    "This browser does not let the app keep data on this device (site data may be blocked). Allow site data for this app in the browser's settings, then reload the page.",
};

/** The sentence for `error`: its own message when it is a `SentenceError`, else one chosen by its name. */
export function failureSentence(error: unknown, context: FailureContext = {}): string {
  if (error instanceof SentenceError) return error.message;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const sentence = BY_NAME[name];
  if (sentence) return sentence(context.file);
  return `Something went wrong${context.file ? ` with “${context.file}”` : ''}, so nothing was changed. Try again; if it happens again, reload the page.`;
}
