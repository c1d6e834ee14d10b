// A pseudo-locale catalogue, made from the extracted source messages (src/i18n/xliff/es.xlf holds
// every source message): each piece of text accented and wrapped in ⟦…⟧, placeholders and markup
// kept. Shown in place of a real catalogue, it makes any words that escaped msg() stand out: they
// are the only ones without the markers. Never shipped: test/e2e/pseudo-locale.test.mjs serves it
// in place of the built Spanish catalogue.
//
//   node scripts/i18n-pseudo.mjs dist/pwa/assets/es-XXXX.js > pseudo.js
//
// prints the module that can replace that built catalogue (same imports of Lit's `html` and `str`).
import { readFileSync } from 'node:fs';
import { unescapeXml, xliffUnits } from './xliff.mjs';

const ACCENTS = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', n: 'ñ', c: 'ç' };
/** The opening and closing markers of a pseudo-localised piece of text. */
export const OPEN = '⟦';
export const CLOSE = '⟧';

/** A template literal's text: backquotes, backslashes and `${` escaped. */
const literal = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** `text` with its letters accented. */
const accented = (text) => text.replace(/[aeiouAEIOUnc]/g, (c) => ACCENTS[c]);

/** `text` accented and wrapped; whitespace-only text is left as it is. */
export function pseudo(text) {
  return text.trim() ? `${OPEN}${accented(text)}${CLOSE}` : text;
}

/**
 * Every message of an XLIFF file as `{ id, kind, body }`: `kind` 'html' (markup in it), 'str'
 * (expressions in it) or 'plain'; `body` the pseudo template literal's inside. A message is
 * wrapped whole, expressions and all; one with markup has each run of text between tags wrapped,
 * so every text node it makes carries the markers.
 */
export function pseudoMessages(xliff) {
  const messages = [];
  for (const { id, source } of xliffUnits(xliff)) {
    const html = id.startsWith('h');
    let expressions = false;
    // Runs of text and expressions, split at markup (only html messages have any).
    const runs = [''];
    for (const part of source.split(/(<x id="\d+" equiv-text="[^"]*"\/>)/)) {
      const x = part.match(/^<x id="(\d+)" equiv-text="([^"]*)"\/>$/);
      if (!x) runs[runs.length - 1] += literal(accented(unescapeXml(part)));
      else if (html && !x[2].startsWith('${')) runs.push({ markup: literal(unescapeXml(x[2])) }, '');
      else {
        expressions = true;
        runs[runs.length - 1] += `\${${x[1]}}`;
      }
    }
    const body = runs
      .map((run) => (typeof run === 'string' ? (run.trim() ? `${OPEN}${run}${CLOSE}` : run) : run.markup))
      .join('');
    messages.push({ id, kind: html ? 'html' : expressions ? 'str' : 'plain', body });
  }
  return messages;
}

/**
 * A module like lit-localize's built catalogue: `export { templates }` with the pseudo messages,
 * importing `html` and `str` as `builtCatalogue` (a built catalogue's text) does.
 */
export function pseudoModule(xliff, builtCatalogue) {
  const imports = builtCatalogue.match(/^(?:import\{[^}]*\}from"[^"]+";)+/)?.[0] ?? '';
  // Each message tagged as the built catalogue tags it (the bundler names and places `html` and `str`
  // as it likes). A message the catalogue leaves out (its target is its source) takes the tag of
  // another message of its kind.
  const builtTags = new Map([...builtCatalogue.matchAll(/[{,](\w+):(\w+)`/g)].map((m) => [m[1], m[2]]));
  const messages = pseudoMessages(xliff);
  const names = { html: 'html', str: 'str', plain: '' };
  for (const { id, kind } of messages) if (kind !== 'plain' && builtTags.has(id)) names[kind] = builtTags.get(id);
  const entries = messages.map(
    ({ id, kind, body }) => `${id}:${kind === 'plain' ? '' : (builtTags.get(id) ?? names[kind])}\`${body}\``,
  );
  return `${imports}var templates={${entries.join(',')}};export{templates};\n`;
}

if (process.argv[1] && import.meta.url === new URL(process.argv[1], 'file://').href) {
  const built = process.argv[2];
  if (!built) {
    console.error('Usage: node scripts/i18n-pseudo.mjs <a built catalogue, e.g. dist/pwa/assets/es-XXXX.js>');
    process.exit(2);
  }
  const xliff = readFileSync(new URL('../src/i18n/xliff/es.xlf', import.meta.url), 'utf8');
  process.stdout.write(pseudoModule(xliff, readFileSync(built, 'utf8')));
}
