/** The words and colours of the day's levels (`strict` … `clear`, `none`), for the card, the badge and the report. */
import { msg } from '@lit/localize';
import type { Level } from '../rules/types.ts';

/**
 * Plain words for each level. `clear` is named for what it is, the care that carries on (sunscreen,
 * moisturiser, no AHAs): the app cannot see the skin, so no level word claims it has healed.
 */
export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  // Getters: msg() answers in the language active when the word is read.
  get none() {
    return msg('No session yet');
  },
  get strict() {
    return msg('Strict care');
  },
  get caution() {
    return msg('Careful');
  },
  get limited() {
    return msg('Limited');
  },
  get clear() {
    return msg('Long-term care');
  },
};

/** Badge colours by level (white text on them); the badge text and title carry the same information without colour. */
export const LEVEL_COLORS = {
  none: '#5f6368',
  strict: '#b3261e',
  caution: '#a14a00',
  limited: '#1a56b0',
  clear: '#1e7b34',
} as const satisfies Record<Level, string>;

/** A colour for text and marks, and the pale background it stands on. */
export interface Tone {
  readonly ink: string;
  readonly background: string;
}

/** Each level's colours on the card (beside its icon and word, never alone), in the light theme (and the PDF). */
export const LEVEL_TONES = {
  strict: { ink: '#b3261e', background: '#fbe9e7' },
  caution: { ink: '#8a4100', background: '#fdf0e1' },
  limited: { ink: '#1a56b0', background: '#e7effb' },
  clear: { ink: '#1e6b30', background: '#e5f4e8' },
  none: { ink: '#4a5560', background: '#eef0f2' },
} as const satisfies Record<Level, Tone>;

/**
 * Each level's colours in the dark theme: light inks on deep tints of the same hues, so the levels
 * stay as far apart as in the light theme (red, orange, blue, green, grey).
 */
export const DARK_LEVEL_TONES = {
  strict: { ink: '#ff9d92', background: '#3d1f1c' },
  caution: { ink: '#f2b06a', background: '#3a2a18' },
  limited: { ink: '#93bdff', background: '#1c2b44' },
  clear: { ink: '#86d49c', background: '#1a3321' },
  none: { ink: '#bcc2c8', background: '#292d31' },
} as const satisfies Record<Level, Tone>;
