import { css } from 'lit';
import { baseStyles } from '../shared.styles.ts';

/** Styles of `<smp-camera-capture>`: a dark viewfinder with a ghost overlay and a round shutter. */
export const cameraCaptureStyles = [
  ...baseStyles,
  css`
    :host {
      display: block;
      --cam-bg: #0f1418;
      --cam-ink: #f5f3ef;
      --cam-ink-soft: #c5cdd4;
      --cam-line: #5b6670;
    }
    /* The camera sits on black, so the light-page focus blue would be too dark to see. */
    :focus-visible {
      outline-color: #8ec5ff;
    }
    section {
      background: var(--cam-bg);
      color: var(--cam-ink);
      border-radius: var(--smp-radius);
      overflow: hidden;
      padding-bottom: 0.75rem;
    }
    header {
      padding: 1rem 1rem 0.75rem;
    }
    h2 {
      font-size: 1.25rem;
      line-height: 1.25;
    }
    .hint {
      color: var(--cam-ink-soft);
      margin-top: 0.25rem;
    }
    .stage {
      position: relative;
      width: 100%;
      aspect-ratio: 3 / 4;
      max-height: 70vh;
      background: #000;
      overflow: hidden;
    }
    /* Video and ghost share one box and one fit, so a ghost of the same shape lines up exactly. */
    .stage video,
    .stage img {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      object-fit: contain;
    }
    .stage img {
      pointer-events: none;
      transition: opacity 0.15s ease;
    }
    /* The front camera previews like a mirror; the ghost follows so both stay in one frame. */
    .mirrored video,
    .mirrored img {
      transform: scaleX(-1);
    }
    .status {
      position: absolute;
      inset: 50% 1rem auto;
      transform: translateY(-50%);
      text-align: center;
      font-weight: 600;
    }
    .status:not(:empty) {
      padding: 0.5rem 0.75rem;
      border-radius: var(--smp-radius-small);
      background: rgb(0 0 0 / 70%);
    }
    .problem {
      margin: 0.75rem 1rem 0;
      display: grid;
      gap: 0.5rem;
      justify-items: start;
    }
    .problem button {
      background: var(--smp-surface);
      color: var(--smp-urgent);
      border-color: var(--smp-urgent);
    }
    .controls {
      display: grid;
      grid-template-columns: 1fr auto 1fr;
      align-items: center;
      gap: 0.5rem;
      padding: 1rem 0.75rem 0.25rem;
    }
    .controls .side {
      background: transparent;
      border-color: var(--cam-line);
      color: var(--cam-ink);
      padding: 0.4rem 0.75rem;
      font-size: 0.9rem;
      line-height: 1.2;
    }
    .controls .cancel {
      justify-self: start;
    }
    .controls .switch {
      justify-self: end;
    }
    .shutter {
      width: 76px;
      height: 76px;
      padding: 0;
      border-radius: 50%;
      background: #ffffff;
      border: 4px solid var(--cam-bg);
      box-shadow: 0 0 0 4px #ffffff;
      transition: transform 0.1s ease;
    }
    .shutter:focus-visible {
      outline-offset: 6px;
    }
    .shutter:active:not(:disabled) {
      transform: scale(0.92);
    }
    .shutter:disabled {
      opacity: 0.35;
    }
    .ghost {
      display: grid;
      grid-template-columns: auto 1fr auto;
      align-items: center;
      gap: 0.25rem 0.75rem;
      padding: 0.5rem 1rem 0;
    }
    .ghost .check {
      grid-column: 1 / -1;
      display: inline-flex;
      align-items: center;
      gap: 0.6rem;
      min-height: 44px;
    }
    .ghost input[type='checkbox'] {
      accent-color: var(--smp-accent);
    }
    .ghost input[type='range'] {
      min-height: 44px;
      padding: 0;
      border: 0;
      background: transparent;
      accent-color: var(--smp-accent);
      width: 100%;
    }
    .ghost output {
      min-width: 3.5ch;
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
];
