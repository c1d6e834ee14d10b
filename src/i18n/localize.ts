/**
 * @lit/localize in run-time mode: `msg()` returns the active language's words. en-GB (the source)
 * needs nothing loaded; a translation's catalogue is imported when first chosen, so it never costs
 * the first screen of an en-GB person.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.ts';
import type { Language } from './languages.ts';

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => import(`./generated/locales/${locale}.ts`),
});

/** The language `msg()` speaks now. */
export const activeLanguage = (): Language => localization.getLocale() as Language;

/** Switches every `msg()` to `language` (loading its catalogue); resolves once it is in use. */
export async function useLanguage(language: Language): Promise<void> {
  if (localization.getLocale() !== language) await localization.setLocale(language);
}
