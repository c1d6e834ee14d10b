import { css } from 'lit';
import { baseStyles } from '../shared.styles.ts';

export const photoTimelineStyles = [
  ...baseStyles,
  css`
    :host {
      display: block;
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: end;
      margin-bottom: 1rem;
    }
    .tools label {
      display: grid;
      gap: 0.3rem;
      font-size: 0.9rem;
    }
    .count {
      margin-left: auto;
      color: var(--smp-ink-soft);
      font-size: 0.9rem;
    }
    lit-virtualizer {
      width: 100%;
    }
    .day {
      width: 100%;
      padding-bottom: 0.75rem;
    }
    .card {
      background: var(--smp-surface);
      border-radius: var(--smp-radius);
      box-shadow: var(--smp-shadow);
      padding: 0.85rem 1rem;
      display: grid;
      gap: 0.6rem;
    }
    .gap .card {
      background: transparent;
      box-shadow: none;
      border: 1px dashed var(--smp-line);
      padding: 0.5rem 1rem;
    }
    h2 {
      font-size: 1rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.6rem;
      align-items: baseline;
    }
    h2 small {
      color: var(--smp-ink-soft);
      font-weight: 500;
    }
    .tag {
      font-size: 0.75rem;
      font-weight: 700;
      padding: 0.1rem 0.5rem;
      border-radius: 999px;
      background: var(--smp-brand);
      color: var(--smp-brand-ink);
    }
    .photos {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(96px, 1fr));
      gap: 0.5rem;
    }
    .photos button {
      all: unset;
      cursor: pointer;
      display: grid;
      gap: 0.25rem;
      font-size: 0.8rem;
      color: var(--smp-ink-soft);
      text-align: center;
      border-radius: 8px;
    }
    .photos button:focus-visible {
      outline: 3px solid var(--smp-focus);
      outline-offset: 2px;
    }
    .none {
      color: var(--smp-ink-soft);
      font-size: 0.9rem;
    }
    .flags {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      font-size: 0.85rem;
    }
    .flag {
      padding: 0.15rem 0.55rem;
      border-radius: 999px;
      font-weight: 600;
    }
    .flag.urgent {
      background: var(--smp-urgent-bg);
      color: var(--smp-urgent);
    }
    .flag.watch {
      background: var(--smp-watch-bg);
      color: var(--smp-watch);
    }
    .flag.info,
    .flag.ok {
      background: var(--smp-info-bg);
      color: var(--smp-info);
    }
  `,
];
