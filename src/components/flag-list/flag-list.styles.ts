import { css } from 'lit';
import { baseStyles } from '../shared.styles.ts';

/** Styles of `<smp-flag-list>`: one tinted block per flag, urgent ones larger and bordered. */
export const flagListStyles = [
  ...baseStyles,
  css`
    :host {
      display: block;
    }
    ul {
      display: grid;
      gap: 0.6rem;
    }
    li {
      --flag: var(--smp-info);
      --flag-bg: var(--smp-info-bg);
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.6rem;
      align-items: start;
      padding: 0.75rem 0.9rem;
      border-radius: var(--smp-radius-small);
      border-inline-start: 5px solid var(--flag);
      background: var(--flag-bg);
    }
    li.watch {
      --flag: var(--smp-watch);
      --flag-bg: var(--smp-watch-bg);
    }
    li.urgent {
      --flag: var(--smp-urgent);
      --flag-bg: var(--smp-urgent-bg);
      border: 2px solid var(--flag);
      border-inline-start-width: 8px;
      padding: 1rem;
      font-size: 1.05rem;
    }
    svg {
      color: var(--flag);
      margin-top: 0.1rem;
    }
    .level {
      display: block;
      color: var(--flag);
      font-weight: 700;
      font-size: 0.85rem;
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    li.urgent .level {
      font-size: 1rem;
    }
    p {
      margin-top: 0.15rem;
      line-height: 1.4;
      overflow-wrap: anywhere;
    }
    :host([compact]) li {
      padding: 0.4rem 0.6rem;
      gap: 0.4rem;
      font-size: 0.9rem;
      border-width: 0 0 0 4px;
    }
    :host([compact]) svg {
      width: 18px;
      height: 18px;
    }
    :host([compact]) .level {
      font-size: 0.75rem;
    }
  `,
];
