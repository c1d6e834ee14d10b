import { css } from 'lit';
import { baseStyles } from '../shared.styles.ts';

/** The confirmation parts: a heading, what changes as a list, what stays in quieter ink. */
export const confirmStyles = [
  ...baseStyles,
  css`
    :host {
      display: grid;
      gap: 0.75rem;
    }
    h2 {
      font-size: 1.15rem;
    }
    h3 {
      font-size: 1rem;
      margin-top: 0.25rem;
    }
    ul {
      list-style: disc;
      padding-inline-start: 1.25rem;
      display: grid;
      gap: 0.3rem;
    }
    .stays li {
      color: var(--smp-ink-soft);
    }
  `,
];
