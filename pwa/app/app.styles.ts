import { css } from 'lit';
import { baseStyles } from '../../src/components/shared.styles.ts';

/** The app shell's styles: top bar, tabs, the main column, banners and the privacy line. */
export const appStyles = [
  ...baseStyles,
  css`
    :host {
      display: block;
      min-height: 100vh;
      background: var(--smp-surface-sunk);
    }
    /* The bar keeps the brand's deep colour in both themes, with white on it. */
    .topbar {
      background: var(--smp-brand-deep);
      color: #fff;
      padding: calc(env(safe-area-inset-top) + 0.75rem) 1rem 0.75rem;
    }
    .topbar-inner {
      max-width: 960px;
      margin: 0 auto;
      display: flex;
      align-items: center;
      gap: 1rem;
    }
    .brand {
      display: flex;
      align-items: center;
      gap: 0.6rem;
      font-weight: 700;
      font-size: 1.1rem;
      color: inherit;
      text-decoration: none;
    }
    .brand img {
      width: 32px;
      height: 32px;
      border-radius: 8px;
    }
    .settings-link {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      margin-left: auto;
      min-height: 44px;
      padding: 0 0.75rem;
      border-radius: 999px;
      color: rgb(255 255 255 / 85%);
      text-decoration: none;
      font-weight: 600;
    }
    .settings-link svg {
      width: 22px;
      height: 22px;
    }
    .settings-link[aria-current='page'] {
      background: rgb(255 255 255 / 16%);
      color: #fff;
    }
    .brand {
      white-space: nowrap;
    }
    /* On a phone a long name in another language gives way (an ellipsis) rather than push the bar off screen. */
    @media (max-width: 719px) {
      .brand {
        min-width: 0;
      }
      .brand-name {
        overflow: hidden;
        text-overflow: ellipsis;
      }
    }
    @media (min-width: 720px) and (max-width: 1023px) {
      nav.tabs a:lang(es) {
        padding: 0 0.4rem;
        font-size: 0.82rem;
      }
      .brand-name {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
    }
    @media (max-width: 1099px) {
      .settings-link span {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
    }
    nav.tabs {
      position: fixed;
      inset: auto 0 0 0;
      z-index: 10;
      background: var(--smp-surface);
      border-top: 1px solid var(--smp-line);
      padding-bottom: env(safe-area-inset-bottom);
    }
    nav.tabs ul {
      display: grid;
      /* Equal columns whatever the labels' length (Spanish ones are longer): none pushes the last off screen. */
      grid-template-columns: repeat(6, minmax(0, 1fr));
      max-width: 960px;
      margin: 0 auto;
    }
    nav.tabs a {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      min-height: 56px;
      color: var(--smp-ink-soft);
      text-decoration: none;
      font-size: 0.75rem;
      font-weight: 600;
      gap: 0.15rem;
      white-space: nowrap;
    }
    nav.tabs a[aria-current='page'] {
      color: var(--smp-brand);
      box-shadow: inset 0 3px 0 var(--smp-brand);
    }
    /* Spanish labels ("Compartir", "Historial") are longer: a little smaller, they fit a phone's columns
       (an ellipsis at worst, on the narrowest phones). */
    @media (max-width: 719px) {
      nav.tabs a span {
        max-width: 100%;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      nav.tabs a:lang(es) {
        font-size: 0.66rem;
      }
    }
    nav.tabs svg {
      width: 22px;
      height: 22px;
    }
    main {
      max-width: 960px;
      margin: 0 auto;
      padding: 1rem 1rem 6rem;
      display: grid;
      /* One column as wide as the screen: a longer translation wraps inside it, never widens the page. */
      grid-template-columns: minmax(0, 1fr);
      gap: 1rem;
    }
    .banner {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      justify-content: space-between;
      flex-wrap: wrap;
      padding: 0.75rem 1rem;
      border-radius: var(--smp-radius-small);
      background: var(--smp-info-bg);
      color: var(--smp-info);
      font-weight: 600;
    }
    .banner.warn {
      background: var(--smp-watch-bg);
      color: var(--smp-watch);
    }
    .privacy {
      text-align: center;
      color: var(--smp-ink-soft);
      font-size: 0.85rem;
    }
    /* While the journal loads, the line would sit under "Loading…" and jump down when the screen
       appears (a layout shift): it shows with the screen instead. */
    main > p[role='status'] + .privacy {
      visibility: hidden;
    }
    @media (min-width: 720px) {
      nav.tabs {
        position: static;
        background: transparent;
        border: 0;
        padding: 0;
        margin-left: auto;
      }
      .settings-link {
        margin-left: 0;
      }
      nav.tabs ul {
        display: flex;
        gap: 0.25rem;
      }
      nav.tabs a {
        flex-direction: row;
        min-height: 44px;
        padding: 0 0.6rem;
        border-radius: 999px;
        color: rgb(255 255 255 / 85%);
        font-size: 0.9rem;
      }
      nav.tabs a[aria-current='page'] {
        background: rgb(255 255 255 / 16%);
        color: #fff;
        box-shadow: none;
      }
      main {
        padding-bottom: 2rem;
      }
    }
  `,
];
