import { css } from 'lit';
import { baseStyles } from '../shared.styles.ts';

export const statusCardStyles = [
  ...baseStyles,
  css`
    :host {
      display: block;
    }
    article {
      background: var(--smp-surface);
      border-radius: var(--smp-radius);
      box-shadow: var(--smp-shadow);
      overflow: hidden;
    }
    header {
      padding: 1.25rem 1.25rem 1rem;
      background: var(--level-bg);
      border-top: 6px solid var(--level);
    }
    .flag {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 0.9rem;
      padding: 0.6rem 0.8rem;
      border: 2px solid var(--flag);
      border-radius: var(--smp-radius-small);
      background: var(--flag-bg);
      color: var(--flag);
    }
    .flag svg {
      flex: none;
    }
    .flag.urgent {
      --flag: var(--smp-urgent);
      --flag-bg: var(--smp-urgent-bg);
    }
    .flag.watch {
      --flag: var(--smp-watch);
      --flag-bg: var(--smp-watch-bg);
    }
    .lasting {
      margin-top: 0.35rem;
    }
    .level {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      font-weight: 700;
      color: var(--level);
      text-transform: uppercase;
      letter-spacing: 0.04em;
      font-size: 0.85rem;
    }
    h2 {
      font-size: 2rem;
      line-height: 1.15;
      margin-top: 0.35rem;
    }
    h2 small {
      font-size: 1rem;
      font-weight: 500;
      color: var(--smp-ink-soft);
    }
    .since {
      color: var(--smp-ink-soft);
      margin-top: 0.25rem;
    }
    .countdown {
      display: flex;
      gap: 0.6rem;
      align-items: center;
      margin: 0.9rem 0 0;
      padding: 0.6rem 0.8rem;
      background: var(--smp-surface);
      border-radius: var(--smp-radius-small);
      font-weight: 600;
    }
    .countdown svg {
      flex: none;
      color: var(--smp-brand);
    }
    .lists {
      display: grid;
      gap: 0;
    }
    section {
      padding: 1rem 1.25rem;
      border-top: 1px solid var(--smp-line);
    }
    h3 {
      display: flex;
      align-items: center;
      gap: 0.45rem;
      font-size: 1.05rem;
      margin-bottom: 0.5rem;
    }
    .avoid h3 {
      color: var(--smp-strict);
    }
    .do h3 {
      color: var(--smp-clear);
    }
    li {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.15rem 0.75rem;
      padding: 0.55rem 0;
    }
    li + li {
      border-top: 1px dashed var(--smp-line);
    }
    .title {
      font-weight: 650;
    }
    .text {
      grid-column: 1 / -1;
      color: var(--smp-ink-soft);
      font-size: 0.95rem;
    }
    .when {
      font-size: 0.85rem;
      color: var(--smp-ink-soft);
      /* On one line where it fits; on a narrow phone a long date (Spanish: "hasta el mar, 10 mar 2026") wraps instead of leaving the card. */
      text-align: end;
      align-self: start;
    }
    .note {
      grid-column: 1 / -1;
      font-size: 0.85rem;
      font-style: italic;
      color: var(--smp-ink-soft);
    }
    .ticks {
      grid-column: 1 / -1;
      display: flex;
      align-items: center;
      gap: 0.5rem;
      flex-wrap: wrap;
      margin-top: 0.25rem;
    }
    .ticks label {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      font-weight: 500;
      min-height: 44px;
      padding: 0 0.6rem;
      border: 1px solid var(--smp-line);
      border-radius: 999px;
      cursor: pointer;
    }
    .ticks .count {
      font-size: 0.85rem;
      color: var(--smp-ink-soft);
    }
    .empty {
      color: var(--smp-ink-soft);
    }
    :host([compact]) .text {
      display: none;
    }
    :host([compact]) li {
      padding: 0.35rem 0;
    }
    :host([compact]) h2 {
      font-size: 1.6rem;
    }
    footer {
      display: grid;
      gap: 0.4rem;
      padding: 0.9rem 1.25rem;
      background: var(--smp-surface-sunk);
      font-size: 0.95rem;
    }
    .ask {
      font-size: 0.85rem;
      color: var(--smp-ink-soft);
    }
    @media (min-width: 720px) {
      .lists {
        grid-template-columns: 1fr 1fr;
      }
      .lists section + section {
        border-left: 1px solid var(--smp-line);
      }
    }
  `,
];
