// The catalogue is complete (#16.2): every message msg() holds in the code is in the XLIFF files
// with a target in each language, no Spanish target is left in English (a short, justified list
// aside), placeholders match their source, and the generated locale modules are what
// `npm run i18n:build` makes of the XLIFF files. Runs lit-localize itself, into a temporary folder.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { splitCatalogues } from '../../scripts/i18n-split.mjs';
import { xliffUnits } from '../../scripts/xliff.mjs';

const root = new URL('../../', import.meta.url).pathname;
const i18n = join(root, 'src/i18n');
const cli = join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js');

/** Spanish targets that may equal the English source: the same word in both, or no words at all. */
const SAME_IN_SPANISH = new Set([
  'Plan', // the tab: "plan" is Spanish too
  'A4', // a paper size's name
  '{0}, {1}', // an area and a date, no words
  'SMP Aftercare', // the brand's name
  'SMP AFTERCARE JOURNAL', // the brand's name, in the PDF's header
  'final', // "final" is Spanish too
  'no', // "no" is Spanish too
  'Celsius', // a unit's name
  'Fahrenheit', // a unit's name
  'bytes', // a unit's name
]);

/** The trans-units of an XLIFF file: id → { source, target }, placeholders kept as XML. */
const units = (file) =>
  new Map(xliffUnits(readFileSync(file, 'utf8')).map(({ id, source, target }) => [id, { source, target }]));

/** The placeholders of a message (expressions and markup), sorted, to compare source and target. */
const placeholders = (text) =>
  [...(text ?? '').matchAll(/<x id="(\d+)" equiv-text="([^"]*)"\/>/g)].map((m) => m[0]).sort();
/** A message with its placeholders written `{0}`, `{1}`…, as in SAME_IN_SPANISH. */
const words = (text) => (text ?? '').replace(/<x id="(\d+)" [^>]*\/>/g, '{$1}');

describe('the translation catalogue', { timeout: 180_000 }, () => {
  let work;
  const catalogue = {};

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'smp-i18n-'));
    // The project's own config, with every path made absolute and the output in the temporary folder.
    const config = JSON.parse(readFileSync(join(i18n, 'lit-localize.json'), 'utf8'));
    config.tsConfig = join(i18n, 'tsconfig.extract.json');
    config.interchange.xliffDir = join(work, 'xliff');
    config.output.outputDir = join(work, 'locales');
    config.output.localeCodesModule = join(work, 'locale-codes.ts');
    writeFileSync(join(work, 'extract.json'), JSON.stringify(config));
    execFileSync(process.execPath, [cli, 'extract', '--config', join(work, 'extract.json')], { stdio: 'pipe' });
    for (const locale of config.targetLocales) catalogue[locale] = units(join(i18n, 'xliff', `${locale}.xlf`));
    catalogue.extracted = units(join(work, 'xliff', 'es.xlf'));
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  it('holds every message the code has, each with a target in every language', () => {
    const missing = [];
    for (const [id, { source }] of catalogue.extracted) {
      for (const locale of ['en-US', 'es']) {
        const unit = catalogue[locale].get(id);
        if (!unit?.target) missing.push(`${locale} ${id}: ${source}`);
      }
    }
    assert.ok(catalogue.extracted.size > 400, `only ${catalogue.extracted.size} messages extracted`);
    assert.deepEqual(missing, [], 'run npm run i18n:extract, then write these targets');
  });

  it('leaves no English in Spanish (but for the few words that are the same)', () => {
    const english = [...catalogue.es.values()]
      .filter(({ source, target }) => target === source && !SAME_IN_SPANISH.has(words(source)))
      .map(({ source }) => words(source));
    assert.deepEqual(english, []);
  });

  it('keeps every placeholder of the source in each target', () => {
    const wrong = [];
    for (const locale of ['en-US', 'es'])
      for (const [id, { source, target }] of catalogue[locale])
        if (target !== null && placeholders(source).join() !== placeholders(target).join())
          wrong.push(`${locale} ${id}: ${target}`);
    assert.deepEqual(wrong, []);
  });

  it('reserves the built-in regimen’s name as every language’s catalogue words it', () => {
    // The rules are pure and read no catalogue: they keep the name's translations beside the
    // reserved id (RESERVED_REGIMEN.names in src/rules/schema.ts), held here to the XLIFF files.
    const schema = readFileSync(join(root, 'src/rules/schema.ts'), 'utf8');
    const names = schema.match(/names: \{([^}]*)\}/)?.[1] ?? '';
    const reserved = Object.fromEntries(
      [...names.matchAll(/'?([\w-]+)'?: '([^']*)'/g)].map(([, language, name]) => [language, name]),
    );
    const config = JSON.parse(readFileSync(join(i18n, 'lit-localize.json'), 'utf8'));
    const source = 'Standard SMP aftercare';
    const expected = { [config.sourceLocale]: source };
    for (const locale of config.targetLocales) {
      const units = [...catalogue[locale].values()].filter((unit) => unit.source === source);
      assert.equal(units.length, 1, `${locale}: one message for the built-in name`);
      expected[locale] = units[0].target;
    }
    assert.deepEqual(reserved, expected);
  });

  it('builds a catalogue of only the messages a language words differently (US English: a few dozen)', () => {
    // The message ids the generated parts hold (each entry a line `  'id': …`).
    const parts = join(i18n, 'generated', 'parts', 'en-US');
    const held = readdirSync(parts).flatMap((file) =>
      [...readFileSync(join(parts, file), 'utf8').matchAll(/^ {2}'([^']+)':/gm)].map((m) => m[1]),
    );
    const differ = [...catalogue['en-US']].filter(([, { source, target }]) => target !== source).map(([id]) => id);
    assert.deepEqual(held.sort(), differ.sort());
    assert.ok(held.length > 0 && held.length < catalogue['en-US'].size / 10, `${held.length} US English messages`);
  });

  it('has generated locale modules that match the XLIFF files (npm run i18n:build is up to date)', () => {
    const config = JSON.parse(readFileSync(join(work, 'extract.json'), 'utf8'));
    // Built from the committed XLIFF files, not the fresh extraction.
    config.interchange.xliffDir = join(i18n, 'xliff');
    writeFileSync(join(work, 'build.json'), JSON.stringify(config));
    execFileSync(process.execPath, [cli, 'build', '--config', join(work, 'build.json')], { stdio: 'pipe' });
    splitCatalogues(work);
    // Every file under locales/ and parts/, as a path relative to its folder.
    const files = (dir) =>
      readdirSync(dir, { recursive: true })
        .filter((f) => f.endsWith('.ts'))
        .sort();
    const generated = join(i18n, 'generated');
    for (const folder of ['locales', 'parts']) {
      const built = files(join(work, folder));
      assert.deepEqual(built, files(join(generated, folder)));
      for (const file of built)
        assert.equal(
          readFileSync(join(generated, folder, file), 'utf8'),
          readFileSync(join(work, folder, file), 'utf8'),
          `src/i18n/generated/${folder}/${file} is out of date: run npm run i18n:build`,
        );
    }
  });
});
