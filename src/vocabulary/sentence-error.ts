/**
 * The mark of the app's own refusals: their message is already a sentence for people. Apart from
 * errors.ts (the sentences for everything else) so the first screen carries the class, not the words.
 */

/** An error whose message is a sentence written for people (the app's own refusals extend it). */
export class SentenceError extends Error {
  override readonly name: string = 'SentenceError';
}
