/**
 * Design tokens and base styles every component includes. Tokens sit on `:host` so a component
 * looks the same in the PWA, the extension popup and a test fixture. Colour is never the only
 * signal: levels and flags always carry an icon and a word too.
 */
import { css, unsafeCSS } from 'lit';
import { BRAND_ON_DARK, THEME_COLOR } from '../brand.ts';
import { DARK_FLAG_TONES, FLAG_TONES } from '../vocabulary/flags.ts';
import { DARK_LEVEL_TONES, LEVEL_TONES, type Tone } from '../vocabulary/levels.ts';

/** The page's colours as `[light, dark]`: `--smp-<name>`. */
const PALETTE: Record<string, readonly [string, string]> = {
  ink: ['#1c2329', '#e6e9ec'],
  'ink-soft': ['#4a5560', '#aab4bd'],
  surface: ['#ffffff', '#1d2227'],
  'surface-sunk': ['#f3f1ed', '#121518'],
  line: ['#d9d4cc', '#3b434b'],
  brand: [THEME_COLOR, BRAND_ON_DARK],
  'brand-ink': ['#ffffff', '#0f1b24'],
  // The top bar, and marks on white in both themes.
  'brand-deep': [THEME_COLOR, THEME_COLOR],
  accent: ['#e8a23a', '#e8a23a'],
  focus: ['#0b63ce', '#7db7ff'],
};

/** `--smp-<name>` and `--smp-<name>-bg` for each level and flag level, from the one vocabulary. */
const tones = <Name extends string>(light: Record<Name, Tone>, dark: Record<Name, Tone>) =>
  (Object.keys(light) as Name[]).flatMap((name) => [
    [name, [light[name].ink, dark[name].ink]] as const,
    [`${name}-bg`, [light[name].background, dark[name].background]] as const,
  ]);
const colours = [
  ...Object.entries(PALETTE),
  ...tones(LEVEL_TONES, DARK_LEVEL_TONES),
  ...tones(FLAG_TONES, DARK_FLAG_TONES),
];
const declare = (pick: (light: string, dark: string) => string) =>
  unsafeCSS(colours.map(([name, [light, dark]]) => `--smp-${name}: ${pick(light, dark)};`).join(' '));

/**
 * Colours, type and spacing. The colours follow the page's `color-scheme` (inherited into every
 * shadow root): light or dark by the system, or by the choice in Settings (pwa/index.html). A
 * browser without `light-dark()` keeps the light colours.
 *
 * The font is the device's own interface font: every browser the app runs in knows `system-ui`.
 * The older names of the usual stack (-apple-system, Segoe UI, Roboto, Arial…) are left out: a
 * browser that lacks one looks each up at start-up, for every weight, before the first frame (some
 * 150 ms in WebKitGTK). pwa/index.html and the extension's pages use the same.
 */
export const tokens = css`
  :host {
    ${declare((light) => light)}
    --smp-radius: 14px;
    --smp-radius-small: 8px;
    --smp-shadow: 0 1px 2px rgb(16 24 32 / 8%), 0 4px 16px rgb(16 24 32 / 6%);
    --smp-font: system-ui, sans-serif;
    font-family: var(--smp-font);
    color: var(--smp-ink);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      ${declare((light, dark) => `light-dark(${light}, ${dark})`)}
    }
  }
`;

/** Resets, focus rings, buttons and form controls shared by all components. */
export const baseStyles = [
  tokens,
  css`
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    :focus-visible {
      outline: 3px solid var(--smp-focus);
      outline-offset: 2px;
    }
    h1,
    h2,
    h3,
    p,
    ul,
    ol {
      margin: 0;
    }
    ul,
    ol {
      padding: 0;
      list-style: none;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
      min-width: 0;
    }
    legend {
      padding: 0;
      font-weight: 600;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    button,
    .button {
      font: inherit;
      font-weight: 600;
      min-height: 44px;
      padding: 0.5rem 1rem;
      border-radius: 999px;
      border: 1px solid var(--smp-brand);
      background: var(--smp-brand);
      color: var(--smp-brand-ink);
      cursor: pointer;
    }
    button.secondary,
    .button.secondary {
      background: var(--smp-surface);
      color: var(--smp-brand);
    }
    button.quiet {
      background: transparent;
      border-color: transparent;
      color: var(--smp-brand);
      text-decoration: underline;
      padding-inline: 0.5rem;
    }
    button.danger {
      background: var(--smp-surface);
      color: var(--smp-strict);
      border-color: var(--smp-strict);
    }
    button:disabled {
      opacity: 0.55;
      cursor: not-allowed;
    }
    input,
    select,
    textarea {
      font: inherit;
      color: var(--smp-ink);
      background: var(--smp-surface);
      border: 1px solid #8a949e;
      border-radius: var(--smp-radius-small);
      min-height: 44px;
      padding: 0.5rem 0.75rem;
    }
    input[type='checkbox'],
    input[type='radio'] {
      min-height: auto;
      width: 1.25rem;
      height: 1.25rem;
      accent-color: var(--smp-brand);
      margin: 0;
    }
    label {
      font-weight: 600;
    }
    .hint {
      color: var(--smp-ink-soft);
      font-size: 0.9rem;
      font-weight: 400;
    }
    .error {
      color: var(--smp-urgent);
      background: var(--smp-urgent-bg);
      border-radius: var(--smp-radius-small);
      padding: 0.5rem 0.75rem;
      font-weight: 600;
    }
    .panel {
      background: var(--smp-surface);
      border-radius: var(--smp-radius);
      box-shadow: var(--smp-shadow);
      padding: 1.25rem;
    }
  `,
];

/** A labelled field stacked over its input, and a checkbox beside its label (the session forms). */
export const formFieldStyles = css`
  .field {
    display: grid;
    gap: 0.3rem;
  }
  .field input {
    width: 100%;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-height: 44px;
  }
  .check label {
    cursor: pointer;
  }
`;
