/**
 * The language chosen in Settings, on the page: `msg()`'s words (src/i18n/localize.ts), the root's
 * `lang` and every rendered element redrawn in it. A copy of the choice in localStorage lets the
 * next start load the right words before anything is drawn; en-GB (the source) loads nothing.
 */
import { LitElement } from 'lit';
import { msg } from '@lit/localize';
import { activeLanguage, useLanguage } from '../../src/i18n/localize.ts';
import { pickLanguage, regionalDefaults, type Language, type LanguageChoice } from '../../src/i18n/languages.ts';
import type { Settings } from '../../src/journal/records.ts';

/** The localStorage key of the copy of the choice. */
export const LANGUAGE_KEY = 'smp-aftercare-language';

/** The choice kept for start-up ('system' when none, or when storage is blocked). */
export function storedLanguageChoice(): LanguageChoice {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    if (value === 'en-GB' || value === 'en-US' || value === 'es') return value;
  } catch {
    // Storage blocked: follow the browser.
  }
  return 'system';
}

/** The language `choice` means in this browser. */
export const languageFor = (choice: LanguageChoice = 'system'): Language => pickLanguage(choice, navigator.languages);

/**
 * Speaks `choice` on the page: loads its words (nothing for en-GB), sets `<html lang>`, keeps the
 * copy for the next start and, when the language changed, redraws every element. Resolves once done;
 * a catalogue that fails to load leaves the words as they were.
 */
export async function applyLanguage(choice: LanguageChoice = 'system'): Promise<void> {
  try {
    if (choice === 'system') localStorage.removeItem(LANGUAGE_KEY);
    else localStorage.setItem(LANGUAGE_KEY, choice);
  } catch {
    // Storage blocked: the next start follows the browser until the journal opens.
  }
  const language = languageFor(choice);
  const before = activeLanguage();
  try {
    await useLanguage(language);
  } catch {
    return;
  }
  document.documentElement.lang = language;
  document.title = msg('SMP Aftercare Journal');
  if (before !== language) redrawAll(document);
}

/** Asks every Lit element under `root`, through shadow roots, to render again (`msg()` is read then). */
function redrawAll(root: Document | ShadowRoot | Element): void {
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof LitElement) element.requestUpdate();
    if (element.shadowRoot) redrawAll(element.shadowRoot);
  }
}

/**
 * The temperature unit to show: the person's own choice, else the language's default (°F in en-US).
 * Settings saved before the choice was marked: °F can only have been chosen; °C was the default.
 */
export function temperatureUnitOf(settings: Settings): 'C' | 'F' {
  const chosen = settings.temperatureUnitChosen ?? settings.temperatureUnit !== 'C';
  return chosen ? settings.temperatureUnit : regionalDefaults(activeLanguage()).temperatureUnit;
}
