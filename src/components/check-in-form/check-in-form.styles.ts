import { css } from 'lit';
import { baseStyles } from '../shared.styles.ts';

/** Styles of `<smp-check-in-form>`: one column of large choice chips, phone first. */
export const checkInFormStyles = [
  ...baseStyles,
  css`
    :host {
      display: block;
    }
    form {
      display: grid;
      gap: 1.1rem;
    }
    h2 {
      font-size: 1.15rem;
    }
    .when {
      display: block;
      font-size: 0.95rem;
      font-weight: 500;
      color: var(--smp-ink-soft);
    }
    .notice {
      border-left: 4px solid var(--smp-caution);
      padding: 0.5rem 0.75rem;
      background: var(--smp-caution-bg);
    }
    h3 {
      font-size: 1rem;
      margin-bottom: 0.5rem;
    }
    legend {
      margin-bottom: 0.4rem;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .choices label {
      flex: 1 1 7rem;
      white-space: nowrap;
    }
    .choices label,
    .boxes label,
    .unit label {
      display: flex;
      align-items: center;
      gap: 0.55rem;
      min-height: 44px;
      padding: 0.4rem 0.6rem;
      border: 1px solid var(--smp-line);
      border-radius: var(--smp-radius-small);
      font-weight: 500;
      cursor: pointer;
    }
    .choices label:has(:checked),
    .boxes label:has(:checked),
    .unit label:has(:checked) {
      border-color: var(--smp-brand);
      background: var(--smp-surface-sunk);
      font-weight: 600;
    }
    input[type='radio'],
    input[type='checkbox'] {
      flex: none;
    }
    .temperature,
    .field {
      display: grid;
      gap: 0.35rem;
    }
    .temperature-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    #temperature {
      width: 6.5rem;
    }
    .unit {
      display: flex;
      gap: 0.4rem;
    }
    .unit label {
      padding-inline: 0.6rem;
    }
    /* The field's label already names it; the legend is for screen readers. */
    .unit legend {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .boxes {
      display: grid;
      gap: 0.5rem;
    }
    textarea {
      width: 100%;
      resize: vertical;
    }
    .meaning {
      padding-top: 1rem;
      border-top: 1px solid var(--smp-line);
    }
    .disclaimer {
      font-size: 0.9rem;
      color: var(--smp-ink-soft);
      background: var(--smp-surface-sunk);
      border-radius: var(--smp-radius-small);
      padding: 0.6rem 0.75rem;
      line-height: 1.4;
    }
    button[type='submit'] {
      justify-self: start;
    }
    @media (max-width: 380px) {
      button[type='submit'] {
        justify-self: stretch;
      }
    }
  `,
];
