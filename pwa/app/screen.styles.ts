import { css } from 'lit';
import { baseStyles } from '../../src/components/shared.styles.ts';

/**
 * What the screens share: a screen's parts are rows of the app's main column (its host makes no
 * box of its own, so the column's gap spaces them), a heading size and the invitation panels.
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
    a.button {
      display: inline-flex;
      align-items: center;
      text-decoration: none;
    }
  `,
];
