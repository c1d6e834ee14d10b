/**
 * What a screen shows when a save would have overwritten a newer one from another tab or window:
 * the sentence, what is stored now, and the two ways out. Nothing is written until one is chosen.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** The choice after a conflicting save: the sentence, what is stored now, and the handlers of the two buttons. */
export function conflictPanel(
  sentence: string,
  storedNow: string,
  onSaveMine: () => void,
  onKeepTheirs: () => void,
): TemplateResult {
  return html`<section class="panel conflict" role="alert" aria-labelledby="conflict-heading">
    <h2 id="conflict-heading">${msg('Changed in another tab')}</h2>
    <p>${sentence}</p>
    <p>${storedNow}</p>
    <p class="actions">
      <button @click=${onSaveMine}>${msg('Save mine')}</button>
      <button class="secondary" @click=${onKeepTheirs}>${msg('Keep theirs')}</button>
    </p>
  </section>`;
}
