import { css } from 'lit';
import { screenStyles } from './screen.styles.ts';

/** What the photo screens share: the screen styles and the heading row with its "Back"/"Compare" link. */
export const photoScreenStyles = [
  ...screenStyles,
  css`
    .head {
      display: flex;
      justify-content: space-between;
      align-items: center;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
];
