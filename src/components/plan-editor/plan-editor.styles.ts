import { css } from 'lit';
import { baseStyles, formFieldStyles } from '../shared.styles.ts';

/** Styles of `<smp-plan-editor>`: a session list and a form, one column on phones. */
export const planEditorStyles = [
  ...baseStyles,
  formFieldStyles,
  css`
    :host {
      display: grid;
      gap: 1rem;
    }
    h2 {
      font-size: 1.15rem;
      margin-bottom: 0.75rem;
    }
    h2:focus {
      outline: none;
    }
    .sessions {
      display: grid;
      gap: 0.75rem;
    }
    .session {
      border: 1px solid var(--smp-line);
      border-radius: var(--smp-radius-small);
      padding: 0.75rem;
      display: grid;
      gap: 0.5rem;
    }
    .session.editing {
      border-color: var(--smp-brand);
      box-shadow: inset 4px 0 0 var(--smp-brand);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem 0.6rem;
    }
    .date {
      font-size: 1.05rem;
      margin-right: auto;
    }
    .status,
    .tag {
      font-size: 0.8rem;
      font-weight: 700;
      border-radius: 999px;
      padding: 0.15rem 0.6rem;
      border: 1px solid currentColor;
    }
    .status.today,
    .status.current {
      color: var(--smp-brand);
      background: var(--smp-limited-bg);
    }
    .status.done {
      color: var(--smp-ink-soft);
      background: var(--smp-none-bg);
    }
    .status.planned {
      color: var(--smp-watch);
      background: var(--smp-watch-bg);
    }
    .tag {
      color: var(--smp-clear);
      background: var(--smp-clear-bg);
    }
    .note {
      color: var(--smp-ink-soft);
      overflow-wrap: anywhere;
    }
    .actions,
    .buttons {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .ask {
      font-weight: 600;
      flex-basis: 100%;
    }
    form {
      display: grid;
      gap: 0.75rem;
    }
    form h2 {
      margin-bottom: 0;
    }
    .check + .hint {
      margin-top: -0.6rem;
    }
    @media (min-width: 480px) {
      .field input[type='date'] {
        width: auto;
        min-width: 12rem;
        justify-self: start;
      }
    }
  `,
];
