/**
 * What a person is told when something fails underneath: the app's own refusals are already
 * sentences (`SentenceError`); anything else (an engine's DOMException, a library's error) is
 * turned into a sentence by its name, saying what happened and what to do, never with the raw
 * text. Pure: the caller logs the raw error (src/journal/failures.ts).
 */
import { msg, str } from '@lit/localize';
import { SentenceError } from './sentence-error.ts';

/** What a failure was about: the file it concerned, when there is one (named in the sentence). */
export interface FailureContext {
  readonly file?: string;
}

const quoted = (file: string | undefined, otherwise: string) => (file ? `“${file}”` : otherwise);

/** Sentences for the DOMException names storage and file reading throw, keyed by `name`, in the active language. */
const BY_NAME: Readonly<Record<string, (file: string | undefined) => string>> = {
  QuotaExceededError: (file) =>
    file
      ? msg(
          str`The device's storage for this app is full, so “${file}” was not saved. Free some space on the device, or make a backup and remove old photos, then try again.`,
        )
      : msg(
          "The device's storage for this app is full, so nothing was saved. Free some space on the device, or make a backup and remove old photos, then try again.",
        ),
  UnknownError: (file) => {
    const what = quoted(file, msg('the change'));
    return msg(
      str`This browser's storage refused ${what}, so nothing was saved. Reload the page and try again; if it happens again, restart the browser.`,
    );
  },
  DataCloneError: (file) => {
    const what = quoted(file, msg('the change'));
    return msg(str`This browser could not store ${what}, so nothing was saved. Reload the page and try again.`);
  },
  InvalidStateError: () =>
    msg(
      'Your journal was closed (the app may have been updated in another tab), so nothing was changed. Reload the page and try again.',
    ),
  TransactionInactiveError: (file) => interrupted(file),
  AbortError: (file) => interrupted(file),
  NotFoundError: () =>
    msg(
      'Part of your journal could not be found (the browser may have cleared it), so nothing was changed. Reload the page; if it happens again, restore your last backup.',
    ),
  NotReadableError: (file) => {
    const what = quoted(file, msg('The file'));
    return msg(
      str`${what} could not be read from the device (it may have been moved, changed or deleted). Choose it again.`,
    );
  },
  VersionError: () => msg('A newer version of the app has updated your journal. Reload the page to use it.'),
  SecurityError: () =>
    msg(
      "This browser does not let the app keep data on this device (site data may be blocked). Allow site data for this app in the browser's settings, then reload the page.",
    ),
};

function interrupted(file: string | undefined): string {
  const what = quoted(file, msg('the change'));
  return msg(str`Saving ${what} was interrupted, so nothing was changed. Try again.`);
}

/** The sentence for `error`: its own message when it is a `SentenceError`, else one chosen by its name. */
export function failureSentence(error: unknown, context: FailureContext = {}): string {
  if (error instanceof SentenceError) return error.message;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const sentence = BY_NAME[name];
  if (sentence) return sentence(context.file);
  const { file } = context;
  return file
    ? msg(
        str`Something went wrong with “${file}”, so nothing was changed. Try again; if it happens again, reload the page.`,
      )
    : msg('Something went wrong, so nothing was changed. Try again; if it happens again, reload the page.');
}
