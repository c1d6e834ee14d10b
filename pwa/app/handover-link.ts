/**
 * Opens a hand-over link the app was started or navigated with: reads and checks it (src/handover),
 * then hands what it offers to a confirmation screen, or says why it cannot be used. Nothing is
 * stored here. Loaded only when a link is opened.
 */
import { readHandoverLink, regimenDiffers } from '../../src/handover/index.ts';
import { msg, str } from '@lit/localize';
import type { Regimen } from '../../src/rules/index.ts';
import type { JournalState } from './journal-state.ts';
import { pending } from './pending-handover.ts';

/** Where the app goes after a link, and what its banner says. */
export interface LinkOutcome {
  readonly route: string;
  readonly notice: string;
}

/** Offers a regimen for confirmation; null when it is the one in use already. */
export function offerRegimen(journal: JournalState, regimen: Regimen, returnTo: string): LinkOutcome {
  if (!regimenDiffers(journal.regimen, regimen))
    return { route: returnTo, notice: msg(str`This device already uses “${regimen.name}”: nothing changed.`) };
  pending.regimen = { regimen, returnTo };
  return { route: '#/confirm-regimen', notice: '' };
}

/** Reads the link in `hash` and sends the app to its confirmation (or back to Today with the reason). */
export async function openHandoverLink(hash: string, journal: JournalState): Promise<LinkOutcome> {
  const link = await readHandoverLink(hash);
  if (!link.ok) return { route: '#/', notice: link.error };
  if (link.value.kind === 'regimen') return offerRegimen(journal, link.value.regimen, '#/');
  pending.plan = { plan: link.value.plan, regimen: link.value.regimen };
  return { route: '#/confirm-plan', notice: '' };
}
