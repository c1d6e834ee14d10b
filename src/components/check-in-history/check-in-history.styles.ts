import { css } from 'lit';
import { baseStyles } from '../shared.styles.ts';

/** Styles of `<smp-check-in-history>`: a stack of dated entries, the Edit button beside the date. */
export const checkInHistoryStyles = [
  ...baseStyles,
  css`
    :host {
      display: block;
    }
    h2 {
      font-size: 1.15rem;
      margin-bottom: 0.75rem;
    }
    ol {
      display: grid;
      gap: 0.75rem;
    }
    li.entry {
      display: grid;
      gap: 0.5rem;
      padding: 0.9rem 1rem;
      border: 1px solid var(--smp-line);
      border-radius: var(--smp-radius-small);
    }
    .head {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 0.6rem;
    }
    .title {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.6rem;
    }
    h3 {
      font-size: 1rem;
    }
    .day {
      font-size: 0.8rem;
      font-weight: 600;
      padding: 0.1rem 0.55rem;
      border-radius: 999px;
      background: var(--smp-surface-sunk);
      color: var(--smp-ink-soft);
    }
    .head button {
      flex: none;
      min-height: 40px;
      padding: 0.3rem 0.9rem;
    }
    .summary {
      line-height: 1.4;
    }
    .note {
      color: var(--smp-ink-soft);
      font-style: italic;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
];
