import { css } from 'lit';
import { baseStyles, formFieldStyles } from '../shared.styles.ts';

/** Styles of `<smp-report-form>`: one column on phones, dates and areas side by side when there is room. */
export const reportFormStyles = [
  ...baseStyles,
  formFieldStyles,
  css`
    :host {
      display: block;
    }
    form {
      display: grid;
      gap: 1rem;
    }
    h2 {
      font-size: 1.15rem;
    }
    form > .hint {
      margin-top: -0.5rem;
    }
    .dates {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(10rem, 14rem));
      gap: 0.75rem 1rem;
    }
    input[aria-invalid='true'] {
      border-color: var(--smp-urgent);
      box-shadow: inset 0 0 0 1px var(--smp-urgent);
    }
    #client {
      max-width: 28rem;
    }
    legend {
      margin-bottom: 0.25rem;
    }
    .areas {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      column-gap: 1rem;
    }
    .areas[aria-invalid='true'] legend {
      color: var(--smp-urgent);
    }
    .check label {
      font-weight: 500;
    }
    .check .hint {
      font-size: 0.85rem;
      margin-left: 0.25rem;
    }
    .sizes {
      display: flex;
      flex-wrap: wrap;
      column-gap: 1.5rem;
    }
    .sizes legend {
      flex-basis: 100%;
    }
    .choice {
      display: inline-flex;
      align-items: center;
      gap: 0.6rem;
      min-height: 44px;
      font-weight: 500;
      cursor: pointer;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .message {
      color: var(--smp-clear);
      font-weight: 600;
    }
  `,
];
