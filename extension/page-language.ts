/** The extension's pages speak the browser's language, as Chrome picks it for the manifest and the worker. */
import { pickLanguage } from '../src/i18n/languages.ts';
import { useLanguage } from '../src/i18n/localize.ts';

/** Switches msg() to the browser's language (loading its catalogue) and marks the page with it. */
export async function usePageLanguage(): Promise<void> {
  const language = pickLanguage('system', [chrome.i18n.getUILanguage()]);
  await useLanguage(language);
  document.documentElement.lang = language;
}
