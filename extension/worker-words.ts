/**
 * msg() in the extension's service worker: an MV3 worker cannot import a catalogue at run time, so
 * every message is looked up in Chrome's own `_locales/<language>/messages.json` (written from the
 * same XLIFF catalogue by `scripts/i18n-extension.mjs`, under the same ids), in the browser's
 * language. A message Chrome does not have reads as its English source. Import it first.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

type Template = string | { readonly strings: TemplateStringsArray; readonly values: readonly unknown[] };

// The ids of messages without an explicit one are hashes of their text; the same few recur.
const ids = new Map<unknown, string>();

/** The message `template` in the browser's language, through chrome.i18n. */
function chromeMsg(template: Template, options?: { id?: string }): string {
  const tagged = typeof template !== 'string';
  const strings = tagged ? template.strings : template;
  let id = options?.id ?? ids.get(strings);
  if (id === undefined) ids.set(strings, (id = generateMsgId(strings, false)));
  const values = tagged ? template.values.map(String) : [];
  // Without a translation, the English source with its values in place.
  const source = tagged ? template.strings.reduce((text, part, i) => text + (values[i - 1] ?? '') + part) : template;
  return chrome.i18n.getMessage(id, values) || source;
}

_installMsgImplementation(chromeMsg as Parameters<typeof _installMsgImplementation>[0]);
