/**
 * The colour theme chosen in Settings, on the page: the root's `data-theme` (light or dark; none
 * follows the system), which pwa/index.html's styles turn into `color-scheme`, so every component
 * picks its light or dark colours. A copy in localStorage lets the next start paint in the chosen
 * theme before the journal opens: index.html's first script reads it.
 */
import type { ThemeChoice } from '../../src/journal/records.ts';

/** The localStorage key of the copy (also in pwa/index.html's first script). */
export const THEME_KEY = 'smp-aftercare-theme';

/** Shows the page in `choice` and keeps the copy for the next start. */
export function applyTheme(choice: ThemeChoice = 'system'): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Storage blocked: the next start follows the system until the journal opens.
  }
}
