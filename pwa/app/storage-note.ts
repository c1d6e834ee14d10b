/**
 * Today's storage note, loaded after the card has painted (it is not in the first bundle): in a
 * browser tab on an iPhone or iPad (not the Home Screen app), a dismissible line on how Safari
 * treats a site's data; and, where the browser was asked to keep the journal and did not agree,
 * a line saying so. Each part shows only where it applies, so most people see nothing.
 */
import { LitElement, css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { screenStyles } from './screen.styles.ts';

/** What tells a browser tab on iOS or iPadOS from anything else. */
export interface BrowserEnvironment {
  readonly userAgent: string;
  /** `navigator.maxTouchPoints`: an iPad that asks for desktop sites says "Macintosh", and only this tells. */
  readonly maxTouchPoints: number;
  /** Running as the installed app (`display-mode: standalone`, or iOS's `navigator.standalone`). */
  readonly standalone: boolean;
}

/** True in a browser tab on iOS or iPadOS, including an iPad that reports itself as a Mac; false in the installed app. */
export function isIosBrowserTab({ userAgent, maxTouchPoints, standalone }: BrowserEnvironment): boolean {
  if (standalone) return false;
  if (/\b(iPhone|iPad|iPod)\b/.test(userAgent)) return true;
  // No Mac has a touch screen, so a "Macintosh" with touch points is an iPad.
  return /\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1;
}

/** This browser's environment. */
export function currentEnvironment(): BrowserEnvironment {
  return {
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints || 0,
    standalone:
      matchMedia('(display-mode: standalone)').matches ||
      (navigator as Navigator & { standalone?: boolean }).standalone === true,
  };
}

/** The localStorage key that remembers the Safari line was dismissed. */
export const SAFARI_NOTE_DISMISSED = 'smp-safari-note-dismissed';

function wasDismissed(): boolean {
  try {
    return localStorage.getItem(SAFARI_NOTE_DISMISSED) === '1';
  } catch {
    return false;
  }
}

/** The storage note under Today's card. */
export class StorageNote extends LitElement {
  static override styles = [
    ...screenStyles,
    css`
      .note {
        display: grid;
        gap: 0.5rem;
      }
      .note h2 {
        font-size: 1.05rem;
      }
      .note p {
        margin: 0;
      }
    `,
  ];

  static override properties = {
    environment: { attribute: false },
    asked: { type: Boolean },
    persisted: { attribute: false },
    dismissed: { state: true },
  };

  /** Where the app runs (the real browser's unless given). */
  environment: BrowserEnvironment = currentEnvironment();
  /** Whether the browser was asked to keep the journal (the first run asks). */
  asked = false;
  /** Whether it keeps it; read from the browser once `asked` is set, unless given. */
  persisted: boolean | null = null;
  private dismissed = wasDismissed();
  private reading = false;

  override willUpdate() {
    if (this.asked && this.persisted === null && !this.reading) {
      this.reading = true;
      void (navigator.storage?.persisted?.() ?? Promise.resolve(false))
        .catch(() => false)
        .then((kept) => (this.persisted = kept));
    }
  }

  override render() {
    const safari = isIosBrowserTab(this.environment) && !this.dismissed;
    const notKept = this.asked && this.persisted === false;
    if (!safari && !notKept) return nothing;
    return html`
      ${
        safari
          ? html`<section class="panel note" aria-labelledby="safari-heading">
              <h2 id="safari-heading">${msg('Keep your journal on this device')}</h2>
              <p>
                ${msg('Safari may clear this site’s data, your journal with it, after 7 days without a visit. Add the app to your Home Screen to keep it: tap Share, then “Add to Home Screen”. The Home Screen app has a journal of its own, separate from this tab’s: to move this one there, make a backup here and restore it in the app.')}
              </p>
              <p>
                <button class="secondary" @click=${this.dismiss} aria-describedby="safari-heading">
                  ${msg('Got it, hide this')}
                </button>
              </p>
            </section>`
          : nothing
      }
      ${
        notKept
          ? html`<p class="panel hint" role="note">
              ${msg(html`This browser has not agreed to keep your journal for good: it may clear it when the device runs low on space. <a href="#/share">Back up</a> after adding photos.`)}
            </p>`
          : nothing
      }
    `;
  }

  private readonly dismiss = () => {
    this.dismissed = true;
    try {
      localStorage.setItem(SAFARI_NOTE_DISMISSED, '1');
    } catch {
      // Storage refused (private mode): hidden until the page is opened again.
    }
  };
}

if (!customElements.get('smp-storage-note')) customElements.define('smp-storage-note', StorageNote);

declare global {
  interface HTMLElementTagNameMap {
    'smp-storage-note': StorageNote;
  }
}
