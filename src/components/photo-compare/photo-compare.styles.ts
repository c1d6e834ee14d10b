import { css } from 'lit';
import { baseStyles } from '../shared.styles.ts';

/** Styles of `<smp-photo-compare>`: phone first, two columns once the component is wide enough. */
export const photoCompareStyles = [
  ...baseStyles,
  css`
    :host {
      display: block;
      /* Lay out by the component's own width: it may sit in a narrow column on a wide screen. */
      container-type: inline-size;
      --frame-bg: #16191c;
    }
    h2 {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.15rem 0.5rem;
      font-size: 1.3rem;
    }
    h2 small {
      font-size: 1rem;
      font-weight: 500;
      color: var(--smp-ink-soft);
    }
    .empty p {
      margin-top: 0.5rem;
      color: var(--smp-ink-soft);
    }
    .modes {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 4px;
      margin: 1rem 0;
      padding: 4px;
      background: var(--smp-surface-sunk);
      border: 1px solid var(--smp-line);
      border-radius: 999px;
    }
    .modes button {
      min-width: 0;
      padding: 0.35rem 0.4rem;
      line-height: 1.15;
      font-size: 0.95rem;
      border-color: transparent;
      background: transparent;
      color: var(--smp-brand);
    }
    .modes button[aria-pressed='true'] {
      background: var(--smp-brand);
      color: var(--smp-brand-ink);
      box-shadow: var(--smp-shadow);
    }
    .choose {
      display: grid;
      gap: 0.75rem;
    }
    .field {
      display: grid;
      gap: 0.3rem;
      min-width: 0;
    }
    select {
      width: 100%;
      min-width: 0;
    }
    .apart {
      margin: 0.9rem 0;
      text-align: center;
      font-weight: 650;
      color: var(--smp-ink-soft);
    }
    .apart:empty {
      display: none;
    }
    .pair {
      display: grid;
      gap: 1rem;
    }
    figure {
      margin: 0;
      min-width: 0;
    }
    figcaption {
      margin-top: 0.4rem;
      text-align: center;
    }
    figcaption strong {
      margin-right: 0.25rem;
    }
    .frame {
      position: relative;
      width: 100%;
      aspect-ratio: 3 / 4;
      overflow: hidden;
      background: var(--frame-bg);
      border-radius: var(--smp-radius-small);
    }
    .frame img {
      position: absolute;
      inset: 0;
      display: block;
      width: 100%;
      height: 100%;
      object-fit: contain;
      user-select: none;
    }
    .stage {
      display: grid;
      gap: 0.5rem;
      max-width: 26rem;
      margin-inline: auto;
    }
    .divider {
      position: absolute;
      top: 0;
      bottom: 0;
      width: 3px;
      margin-left: -1.5px;
      background: #fff;
      box-shadow: 0 0 0 1px rgb(0 0 0 / 45%);
      pointer-events: none;
    }
    .divider::after {
      content: '‹ ›';
      position: absolute;
      top: 50%;
      left: 50%;
      display: grid;
      place-items: center;
      width: 2.25rem;
      height: 2.25rem;
      transform: translate(-50%, -50%);
      border-radius: 50%;
      background: #fff;
      color: var(--smp-brand-deep);
      font-weight: 700;
      box-shadow: 0 1px 4px rgb(0 0 0 / 45%);
    }
    .tag {
      position: absolute;
      top: 0.5rem;
      padding: 0.15rem 0.55rem;
      border-radius: 999px;
      background: rgb(0 0 0 / 70%);
      color: #fff;
      font-size: 0.8rem;
      font-weight: 600;
    }
    .tag.start {
      left: 0.5rem;
    }
    .tag.end {
      right: 0.5rem;
    }
    input[type='range'] {
      width: 100%;
      min-width: 0;
      padding: 0;
      border: 0;
      background: transparent;
      accent-color: var(--smp-brand);
    }
    #reveal {
      /* Right to left: the thumb follows the divider while the value grows with the later photo shown. */
      direction: rtl;
    }
    .caption {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.25rem 1rem;
      font-size: 0.9rem;
      color: var(--smp-ink-soft);
    }
    /* Play gets a row of its own so all three buttons keep their words at 320 px. */
    .player {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0.5rem;
      margin-top: 0.25rem;
    }
    .player .play {
      grid-column: 1 / -1;
    }
    .player button {
      min-width: 0;
      padding-inline: 0.6rem;
    }
    .stage figcaption .hint {
      display: block;
    }
    button[aria-disabled='true'] {
      opacity: 0.55;
      cursor: not-allowed;
    }
    .timeline {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      align-items: center;
      gap: 0.5rem 0.75rem;
    }
    .timeline select {
      justify-self: start;
      width: auto;
    }
    @container (min-width: 32rem) {
      .choose,
      .pair {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }
  `,
];
