/** The Share screen's styles (share-page.ts): its sections, actions, outcomes and progress. */
import { css } from 'lit';
import { baseStyles } from '../../src/components/shared.styles.ts';

/** The share and backup page's styles, after the shared base. */
export const shareScreenStyles = [
  ...baseStyles,
  css`
    :host {
      display: grid;
      gap: 1rem;
    }
    h1 {
      font-size: 1.5rem;
    }
    section {
      display: grid;
      gap: 0.75rem;
    }
    h2 {
      font-size: 1.15rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.6rem;
    }
    .done {
      color: var(--smp-clear);
      font-weight: 600;
    }
    progress {
      width: 100%;
    }
  `,
];
