/**
 * Text from outside (a backup, a regimen file or link, a message) as it may be shown: characters
 * that could hide text or show it reversed are found here, for the schemas to refuse, and removed
 * where a value is quoted back to a person.
 */

// Bidirectional embeddings, overrides and isolates, the zero-width space, word joiner and invisible
// operators, a stray byte-order mark, and control characters other than the line break and tab.
// The Arabic letter mark (U+061C) and the line and paragraph separators (U+2028, U+2029) too, and
// the tag characters (U+E0000–U+E007F), which show as nothing and can carry hidden text.
// The joiners and direction marks that real scripts and emoji need (U+200C–U+200F) stay allowed.
const HIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u2028\u2029\u202A-\u202E\u2060-\u2069\uFEFF\u{E0000}-\u{E007F}]/gu;

/** Whether text holds characters that could hide or reverse what a person reads. */
export function hasHiddenCharacters(text: string): boolean {
  HIDDEN_CHARACTERS.lastIndex = 0;
  return HIDDEN_CHARACTERS.test(text);
}

/** The text without the characters `hasHiddenCharacters` finds (for text a person typed or pasted). */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(HIDDEN_CHARACTERS, '');
}

/**
 * A name from outside (a chosen file's, a file's inside a backup) as it goes into a sentence: hidden
 * characters removed, at most `max` characters. A name is not refused (the person chose the file);
 * it is only never shown reversed or hiding text.
 */
export function shownName(name: string, max = 80): string {
  const text = withoutHiddenCharacters(name);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A value from outside quoted for a sentence: “…”, hidden characters removed, at most `max` characters. */
export function quoteValue(value: unknown, max = 40): string {
  const text = withoutHiddenCharacters(typeof value === 'string' ? value : String(JSON.stringify(value)));
  return `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;
}
