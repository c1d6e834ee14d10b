/** Small words shared by sentences everywhere, in the active language (msg() is read at call time). */
import { msg, str } from '@lit/localize';

/**
 * The language the words are in ("en-GB", "en-US", "es"): a message whose translation is its
 * language's tag, so dates and numbers follow the words wherever msg() works (pages, and the
 * extension's worker through chrome.i18n) without the rules knowing about Settings.
 */
export function wordsLanguage(): string {
  return msg('en-GB', {
    id: 'languageTag',
    desc: 'The BCP 47 tag of this translation (en-US, es): not shown, it picks the date and number style',
  });
}

/** A number already written with "." as its decimal mark, with the language's own mark ("1.5" → es "1,5"). */
export function localDecimal(number: string): string {
  return wordsLanguage() === 'es' ? number.replace('.', ',') : number;
}

/** "1 photo", "3 photos": `n` with the word in the right number (`many` for irregular plurals; pass both, translated). */
export function plural(n: number, one: string, many = `${one}s`): string {
  // English and Spanish alike use the singular for exactly one.
  return `${n} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c" (es "a, b y c"): items joined as a sentence lists them. */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1).join(', ');
  const last = items.at(-1) ?? '';
  return msg(str`${head} and ${last}`, { desc: 'The end of a list: "a, b and c"' });
}

/** The text with its first letter in lower case, to follow a colon or a lead-in ("Day 4 · Careful: keep …"). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
