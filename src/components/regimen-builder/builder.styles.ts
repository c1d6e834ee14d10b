import { css } from 'lit';
import { baseStyles, formFieldStyles } from '../shared.styles.ts';

/** The builder's parts: panels of fields, rows of small number fields, a rule as a disclosure. */
export const builderStyles = [
  ...baseStyles,
  formFieldStyles,
  css`
    :host {
      display: grid;
      gap: 1rem;
    }
    h2 {
      font-size: 1.15rem;
      margin-bottom: 0.5rem;
    }
    .panel {
      display: grid;
      gap: 0.75rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1rem;
      align-items: end;
    }
    .row .field {
      flex: 1 1 9rem;
    }
    input[type='number'] {
      max-width: 9rem;
    }
    .field textarea,
    .field select {
      width: 100%;
    }
    details {
      border: 1px solid var(--smp-line);
      border-radius: var(--smp-radius-small);
      padding: 0.25rem 0.75rem;
    }
    details[open] {
      padding-bottom: 0.75rem;
    }
    summary {
      cursor: pointer;
      min-height: 44px;
      display: flex;
      align-items: center;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    summary .kind {
      font-size: 0.8rem;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--smp-ink-soft);
    }
    details .fields {
      display: grid;
      gap: 0.75rem;
      margin-top: 0.5rem;
    }
    ol.rules {
      display: grid;
      gap: 0.5rem;
    }
    .valid {
      color: var(--smp-clear);
      font-weight: 600;
    }
  `,
];
