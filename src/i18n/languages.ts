/**
 * The languages the app speaks and what each implies by default. Pure: no DOM, no Lit, no clock.
 * en-GB is the source language (the words in the code); en-US and es are translations
 * (`xliff/*.xlf`, built into `generated/locales/` by `npm run i18n:build`).
 */

/** Every language, source first. */
export const LANGUAGES = ['en-GB', 'en-US', 'es'] as const;
/** One of the app's languages (a BCP 47 tag). */
export type Language = (typeof LANGUAGES)[number];
/** What Settings stores: follow the browser, or one language. */
export type LanguageChoice = 'system' | Language;

/** Whether a value is one of the app's languages. */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The language to use: the person's choice, or the first of the browser's languages
 * (`navigator.languages`) the app speaks: any Spanish is es; US English is en-US; any other
 * English, and anything else, is en-GB.
 */
export function pickLanguage(choice: LanguageChoice, browserLanguages: readonly string[]): Language {
  if (choice !== 'system') return choice;
  for (const tag of browserLanguages) {
    const [language = '', region = ''] = tag.toLowerCase().split(/[-_]/);
    if (language === 'es') return 'es';
    if (language === 'en') return region === 'us' ? 'en-US' : 'en-GB';
  }
  return 'en-GB';
}

/** The defaults a language brings: the temperature unit and the paper size of a report. */
export interface RegionalDefaults {
  readonly temperatureUnit: 'C' | 'F';
  readonly paper: 'a4' | 'letter';
}

/** en-US: °F and Letter; en-GB and es: °C and A4. */
export function regionalDefaults(language: Language): RegionalDefaults {
  return language === 'en-US' ? { temperatureUnit: 'F', paper: 'letter' } : { temperatureUnit: 'C', paper: 'a4' };
}
