/**
 * The brand colour, defined once: the web app manifest's `theme_color` (pwa/manifest.ts), the
 * page's `<meta name="theme-color">` (vite.config.ts puts it into pwa/index.html) and the
 * components' `--smp-brand` (src/components/shared.styles.ts).
 */

/** Theme colour of the app bar, the splash screen and the app's buttons. */
export const THEME_COLOR = '#1f3a4d';

/**
 * The brand colour where the dark theme needs a light one (buttons, links and marks on a dark page);
 * the top bar keeps `THEME_COLOR` in both themes.
 */
export const BRAND_ON_DARK = '#9cc9ec';
