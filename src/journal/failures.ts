/**
 * The one way a failure reaches a person: as a sentence (src/vocabulary/errors.ts), with the raw
 * engine or library text sent to the console for whoever debugs it, never to the screen.
 */
import { SentenceError, failureSentence, type FailureContext } from '../vocabulary/index.ts';

/** The sentence to show for `error`; anything but the app's own sentence is logged as it came. */
export function explainFailure(error: unknown, context: FailureContext = {}): string {
  if (!(error instanceof SentenceError)) console.warn('Shown to the person as a sentence:', context, error);
  return failureSentence(error, context);
}
