/**
 * What the two confirmation screens share (confirm-plan-page.ts, confirm-regimen-page.ts): the page
 * shown when nothing waits any more, leaving with a sentence in the app's banner, and their styles.
 */
import { css, html } from 'lit';
import { msg } from '@lit/localize';
import { JournalScreen } from './journal-controller.ts';
import { appNotice } from './pending-handover.ts';
import { screenStyles } from './screen.styles.ts';

/** A screen that confirms what a link or file offers. */
export class ConfirmScreen extends JournalScreen {
  /** The screens' styles, and the row of choices under what is offered. */
  static override styles = [
    ...screenStyles,
    css`
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        margin-top: 1rem;
      }
    `,
  ];

  /** Shown when nothing waits (the page was reloaded, or the offer already answered): `sentence` says what to do. */
  protected nothingWaiting(sentence: string) {
    return html`<h1>${msg('Nothing to confirm')}</h1>
      <p class="panel">${sentence} <a href="#/">${msg('Today')}</a></p>`;
  }

  /** Leaves for `route`, the app's banner saying `notice`. */
  protected leave(notice: string, route: string): void {
    this.dispatchEvent(appNotice(notice));
    location.hash = route;
  }
}
