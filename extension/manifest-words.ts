/**
 * The manifest's words, as messages of the catalogue with fixed ids: `scripts/i18n-extension.mjs`
 * writes them with every other message into `_locales/<language>/messages.json`, and the manifest
 * names them as `__MSG_extName__` and so on, so Chrome shows them in the browser's language.
 * Nothing imports this file; it exists for `npm run i18n:extract`.
 */
import { msg } from '@lit/localize';

/** The manifest's name, short name, description and toolbar button title. */
export const manifestWords = () => ({
  extName: msg('SMP Aftercare Journal', { id: 'extName' }),
  extShortName: msg('SMP Aftercare', { id: 'extShortName' }),
  extDescription: msg(
    'Today’s scalp micropigmentation aftercare at a glance: the day of healing on the toolbar, what to avoid and do in the popup.',
    { id: 'extDescription' },
  ),
  extActionTitle: msg('SMP Aftercare', { id: 'extActionTitle' }),
});
