// lit-localize writes each language's catalogue as one module of a thousand lines; this splits it
// so a change to one message opens one small file: the messages go into
// src/i18n/generated/parts/<locale>/<bucket>.ts by their id (hash ids by their first hex digit,
// named ids by their first letter), and generated/locales/<locale>.ts only gathers them, keeping
// the `templates` export the app loads. A message whose target is its source word for word (most of
// US English: 37 of 989 differ) is left out: msg() shows the source for a message a catalogue does
// not hold, so the words are the same and the catalogue a person loads is small (en-US: 57 KB → 3 KB).
// Run by `npm run i18n:build` after `lit-localize build`.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { xliffUnits } from './xliff.mjs';

const HEADER = '// Do not modify this file by hand! Re-generate it with `npm run i18n:build`.\n';

/** The bucket of a message id: `s3` for a hash id `s3…`, `named-d` for `dateLong1`. */
const bucketOf = (id) => (/^[sh][0-9a-f]{16}$/.test(id) ? id.slice(0, 2) : `named-${id[0].toLowerCase()}`);

/** The ids of the messages whose target in `locale` is the source as it is. */
function sameAsSource(xliffDir, locale) {
  const units = xliffUnits(readFileSync(join(xliffDir, `${locale}.xlf`), 'utf8'));
  return new Set(units.filter(({ source, target }) => target === source).map(({ id }) => id));
}

/**
 * Splits every catalogue lit-localize wrote in `generatedDir/locales` into `generatedDir/parts`,
 * leaving out the messages the XLIFF files in `xliffDir` translate as their source.
 */
export function splitCatalogues(generatedDir, xliffDir = new URL('../src/i18n/xliff', import.meta.url).pathname) {
  const locales = join(generatedDir, 'locales');
  rmSync(join(generatedDir, 'parts'), { recursive: true, force: true });
  for (const file of readdirSync(locales).filter((name) => name.endsWith('.ts'))) {
    const locale = file.slice(0, -3);
    const text = readFileSync(join(locales, file), 'utf8');
    const same = sameAsSource(xliffDir, locale);
    if (!text.includes('export const templates = {')) throw new Error(`${file} is not a lit-localize catalogue.`);
    const body = text.slice(
      text.indexOf('export const templates = {') + 'export const templates = {'.length,
      text.lastIndexOf('}'),
    );
    const buckets = new Map();
    for (const entry of body.split(/\n(?=')/)) {
      const line = entry.trim();
      if (!line) continue;
      const id = /^'([^']+)'/.exec(line)?.[1];
      if (!id) throw new Error(`${file}: cannot read the message "${line.slice(0, 60)}".`);
      if (same.has(id)) continue;
      if (!buckets.has(bucketOf(id))) buckets.set(bucketOf(id), []);
      buckets.get(bucketOf(id)).push(line.replace(/,$/, ''));
    }
    const dir = join(generatedDir, 'parts', locale);
    mkdirSync(dir, { recursive: true });
    const names = [...buckets.keys()].sort();
    for (const name of names) {
      const lines = buckets.get(name);
      const all = lines.join('\n');
      const imports = [
        /: html`/.test(all) ? "import { html } from 'lit';\n" : '',
        /: str`/.test(all) ? "import { str } from '@lit/localize';\n" : '',
      ].join('');
      writeFileSync(
        join(dir, `${name}.ts`),
        `${HEADER}${imports}\nexport const templates = {\n${lines.map((l) => `  ${l},`).join('\n')}\n};\n`,
      );
    }
    const alias = (name) => name.replace(/-/g, '_');
    writeFileSync(
      join(locales, file),
      `${HEADER}${names.map((n) => `import { templates as ${alias(n)} } from '../parts/${locale}/${n}.ts';\n`).join('')}\nexport const templates = {\n${names.map((n) => `  ...${alias(n)},`).join('\n')}\n};\n`,
    );
  }
}

if (process.argv[1] && import.meta.url === new URL(process.argv[1], 'file://').href)
  splitCatalogues(new URL('../src/i18n/generated', import.meta.url).pathname);
