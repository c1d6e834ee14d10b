// Writes the extension's Chrome catalogues, extension/_locales/<en_GB|en_US|es>/messages.json, from
// the app's XLIFF catalogue (src/i18n/xliff): every message under its lit-localize id, so the
// manifest (__MSG_extName__ …) and the service worker (extension/worker-words.ts, chrome.i18n)
// read the same words as the pages. en_GB holds the sources; a translation holds its targets (a
// message without one falls back to en_GB, Chrome's default_locale). Run by `npm run i18n:build`.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { unescapeXml, xliffUnits } from './xliff.mjs';

const here = new URL('..', import.meta.url);
const LANGUAGES = { en_GB: null, en_US: 'en-US', es: 'es' };

/** A message's XLIFF text as Chrome's: `$` doubled, each `<x id="n"/>` a named placeholder for substitution n + 1. */
function chromeMessage(xliff) {
  const placeholders = {};
  const message = unescapeXml(
    xliff.replace(/<x id="(\d+)"[^>]*\/>/g, (_, n) => {
      placeholders[`p${n}`] = { content: `$${Number(n) + 1}` };
      return `@@p${n}@@`;
    }),
  )
    .replace(/\$/g, '$$$$')
    .replace(/@@(p\d+)@@/g, '$$$1$$');
  return Object.keys(placeholders).length ? { message, placeholders } : { message };
}

// Chrome's keys allow ASCII letters, digits, "_" and "@": lit-localize's ids (hashes, and ours) are such.
const validKey = (id) => /^[A-Za-z0-9_@]+$/.test(id);

const xliff = {};
for (const tag of ['en-US', 'es'])
  xliff[tag] = xliffUnits(await readFile(new URL(`src/i18n/xliff/${tag}.xlf`, here), 'utf8'));

for (const [folder, tag] of Object.entries(LANGUAGES)) {
  const messages = {};
  for (const { id, source, target } of xliff[tag ?? 'es']) {
    if (!validKey(id)) throw new Error(`Message id "${id}" cannot be a Chrome message key.`);
    const text = tag === null ? source : target;
    if (text !== undefined) messages[id] = chromeMessage(text);
  }
  const dir = new URL(`extension/_locales/${folder}/`, here);
  await mkdir(dir, { recursive: true });
  await writeFile(new URL('messages.json', dir), `${JSON.stringify(messages, null, 2)}\n`);
  console.log(`extension/_locales/${folder}/messages.json: ${Object.keys(messages).length} messages`);
}
