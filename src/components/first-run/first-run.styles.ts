import { css } from 'lit';
import { baseStyles, formFieldStyles } from '../shared.styles.ts';

/** Styles of `<smp-first-run>`: one friendly card, centred and narrow on large screens. */
export const firstRunStyles = [
  ...baseStyles,
  formFieldStyles,
  css`
    :host {
      display: block;
      max-width: 32rem;
      margin-inline: auto;
    }
    .panel {
      display: grid;
      gap: 1rem;
      border-top: 6px solid var(--smp-brand);
    }
    .eyebrow {
      color: var(--smp-ink-soft);
      font-size: 0.8rem;
      font-weight: 700;
      letter-spacing: 0.06em;
      text-transform: uppercase;
    }
    h1 {
      font-size: clamp(1.4rem, 6vw, 1.9rem);
      line-height: 1.2;
      color: var(--smp-brand);
    }
    .intro {
      line-height: 1.5;
    }
    form {
      display: grid;
      gap: 1rem;
    }
    .start {
      width: 100%;
      font-size: 1.05rem;
    }
  `,
];
