import { css } from 'lit';
import { baseStyles } from '../../src/components/shared.styles.ts';

/**
 * What the screens share: a screen's parts are rows of the app's main column (its host makes no
 * box of its own, so the column's gap spaces them), a heading size, the invitation panels and the
 * choice after a save another tab overtook.
 */
export const screenStyles = [
  ...baseStyles,
  css`
    :host {
      display: contents;
    }
    h1 {
      font-size: 1.5rem;
    }
    .checkin-cta {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
      flex-wrap: wrap;
    }
    .checkin-cta h2 {
      font-size: 1.1rem;
    }
    .conflict {
      display: grid;
      gap: 0.5rem;
      border: 2px solid var(--smp-caution);
    }
    .conflict h2 {
      font-size: 1.1rem;
    }
    .conflict .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.6rem;
    }
    a.button {
      display: inline-flex;
      align-items: center;
      text-decoration: none;
    }
  `,
];
