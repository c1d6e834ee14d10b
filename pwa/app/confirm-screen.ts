/**
 * What the two confirmation screens share (confirm-plan-page.ts, confirm-regimen-page.ts): the page
 * shown when nothing waits any more, and leaving with a sentence in the app's banner.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { JournalScreen } from './journal-controller.ts';
import { appNotice } from './pending-handover.ts';

/** A screen that confirms what a link or file offers. */
export class ConfirmScreen extends JournalScreen {
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
