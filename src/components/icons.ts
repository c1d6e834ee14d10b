/** Small inline SVG icons (no icon font, no network). Decorative: the words beside them carry the meaning. */
import { svg, type SVGTemplateResult } from 'lit';
import type { FlagLevel, Level } from '../rules/index.ts';

const frame = (body: SVGTemplateResult) =>
  svg`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

/** Icons for the day's level. */
export const levelIcons: Record<Level, SVGTemplateResult> = {
  strict: frame(svg`<path d="M12 3c-3 4-6 7.5-6 11a6 6 0 0 0 12 0c0-3.5-3-7-6-11z"/><path d="M4 4l16 16"/>`),
  caution: frame(svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5"/><path d="M12 18h.01"/>`),
  limited: frame(
    svg`<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>`,
  ),
  // Long-term care: a shield (protection that carries on), never a tick that reads as "all clear".
  clear: frame(svg`<path d="M12 3l7 3v5c0 4.6-3 8.4-7 10-4-1.6-7-5.4-7-10V6z"/>`),
  none: frame(svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`),
};

/** Icons for symptom flags. */
export const flagIcons: Record<FlagLevel, SVGTemplateResult> = {
  urgent: frame(svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5"/><path d="M12 18h.01"/>`),
  watch: frame(svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v6"/><path d="M12 16.5h.01"/>`),
  info: frame(svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6"/><path d="M12 7.5h.01"/>`),
};

/** A cross for "avoid" and a tick for "do". */
export const avoidIcon = frame(svg`<circle cx="12" cy="12" r="9"/><path d="M8.5 8.5l7 7M15.5 8.5l-7 7"/>`);
export const doIcon = frame(svg`<circle cx="12" cy="12" r="9"/><path d="M8 12.5l2.8 2.8L16.5 9.5"/>`);
/** An hourglass for countdowns. */
export const countdownIcon = frame(svg`<path d="M6 3h12M6 21h12M7 3c0 5 10 5 10 9s-10 4-10 9M17 3c0 5-10 5-10 9"/>`);
