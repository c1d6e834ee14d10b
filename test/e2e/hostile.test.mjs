// End-to-end: hostile and careless input against the built PWA in real Chromium, each tried the
// way it was found (a real backup file, a second real tab, a typed link, a regimen file) and each
// checked twice: the sentence a person reads, and everything stored, before and after.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import {
  BlobReader,
  BlobWriter,
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipReader,
  ZipWriter,
} from '@zip.js/zip.js/lib/zip-core-native.js';
import { JARGON, canvasJpeg, completeFirstRun, deepText, launchBrowser, serveBuilt, waitForToday } from './helpers.mjs';

const NOW = '2026-03-03T10:00:00';
const example = JSON.parse(readFileSync(new URL('../../docs/regimen-example.json', import.meta.url), 'utf8'));
/** Everything the journal stores (every record of every store, images as their bytes), to compare before and after. */
const storedJournal = (page) =>
  page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('smp-aftercare-journal');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store, what) =>
      new Promise((resolve) => {
        const request = db.transaction(store).objectStore(store)[what]();
        request.onsuccess = () => resolve(request.result);
      });
    const out = {};
    for (const store of db.objectStoreNames) {
      const [keys, values] = await Promise.all([all(store, 'getAllKeys'), all(store, 'getAll')]);
      out[store] = await Promise.all(
        values.map(async (value, i) => {
          if (!(value instanceof Blob)) return [keys[i], value];
          const bytes = new Uint8Array(await value.arrayBuffer());
          let text = '';
          for (const b of bytes) text += String.fromCharCode(b);
          return [keys[i], { type: value.type, bytes: btoa(text) }];
        }),
      );
    }
    db.close();
    return out;
  });

/**
 * Writes records straight into the journal's IndexedDB from `page` (as a version before dates were
 * checked, a crafted restore, or a tab that tells no other did): `[store, value, key?]` each.
 */
const putInJournal = (page, records) =>
  page.evaluate(
    (records) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('smp-aftercare-journal');
        request.onsuccess = () => {
          const stores = [...new Set(records.map(([store]) => store))];
          const tx = request.result.transaction(stores, 'readwrite');
          for (const [store, value, key] of records) tx.objectStore(store).put(value, key);
          tx.oncomplete = () => (request.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );

/** A backup file as the app writes it, from its records and photos (`[path, bytes]`), made with zip.js. */
async function backupZip(journal, files = []) {
  const writer = new ZipWriter(new BlobWriter('application/zip'));
  const text = (value) => new Uint8ArrayReader(new TextEncoder().encode(JSON.stringify(value)));
  const manifest = { format: 'smp-aftercare-journal-backup', version: 1, createdAt: '2026-03-03T09:00:00.000Z' };
  await writer.add('manifest.json', text(manifest), { level: 0 });
  await writer.add('journal.json', text(journal), { level: 0 });
  for (const [path, bytes] of files) await writer.add(path, new Uint8ArrayReader(bytes), { level: 0 });
  return Buffer.from(await (await writer.close()).arrayBuffer());
}

/** A backup's entries: name → bytes. */
async function entriesOf(zip) {
  const reader = new ZipReader(new BlobReader(new Blob([zip])));
  const out = new Map();
  for (const entry of await reader.getEntries())
    if (!entry.directory) out.set(entry.filename, await entry.getData(new Uint8ArrayWriter()));
  await reader.close();
  return out;
}

const EMPTY = { plan: null, settings: null, regimen: null, checkIns: [], adherence: [], photos: [] };
const checkIn = (date, extra = {}) => ({
  date,
  swelling: 'mild',
  note: '',
  flags: [],
  savedAt: '2026-03-02T20:00:00.000Z',
  ...extra,
});

describe('hostile and careless input, end to end', () => {
  let server;
  let browser;
  let page;

  before(async () => {
    server = await serveBuilt('pwa');
  });

  after(async () => {
    await server?.close();
  });

  // Each test: a fresh profile on 3 March 2026 with one session on 1 March (day 3).
  beforeEach(async () => {
    browser = await launchBrowser();
    await browser.context.clock.setFixedTime(new Date(NOW));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await completeFirstRun(page, server.origin, '2026-03-01');
  });

  afterEach(async () => {
    await browser?.close();
  });

  /** Restores `buffer` as the file `name` on the Share screen; resolves with the sentence shown. */
  async function restore(name, buffer, on = page) {
    await on.goto(`${server.origin}/#/share`);
    await on.getByRole('heading', { name: 'Restore from a backup' }).waitFor();
    await on.locator('smp-share-page input[type="file"]').setInputFiles({ name, mimeType: 'application/zip', buffer });
    const outcome = on.locator('smp-share-page').locator('[role="alert"], p.done');
    await outcome.first().waitFor();
    return (await outcome.first().textContent()).trim();
  }

  /** Restores a backup that must be refused: returns its sentence, having checked nothing stored changed and no jargon. */
  async function refusedRestore(name, buffer) {
    const before = await storedJournal(page);
    const sentence = await restore(name, buffer);
    assert.match(sentence, /cannot be restored: .*Nothing was changed\.$/);
    assert.doesNotMatch(sentence, JARGON);
    assert.deepEqual(await storedJournal(page), before, 'nothing stored changed');
    return sentence;
  }

  describe('1. dates far outside any life', () => {
    it('refuses a backup dated in year 0 or 9999, naming the value and the range, and writes nothing', async () => {
      const plan = (date) => ({ sessions: [{ date }], updatedAt: '2026-03-03T11:00:00.000Z' });
      assert.equal(
        await refusedRestore('year-zero.zip', await backupZip({ ...EMPTY, plan: plan('0000-01-01') })),
        '“year-zero.zip” cannot be restored: in its records, the date of session 1 of the treatment plan is “0000-01-01”, which is not a date this app can use: the year must be between 1900 and 2100. Nothing was changed.',
      );
      assert.match(
        await refusedRestore('far.zip', await backupZip({ ...EMPTY, checkIns: [checkIn('9999-12-31')] })),
        /the date of check-in 1 is “9999-12-31”, which is not a date this app can use: the year must be between 1900 and 2100/,
      );
    });

    it('keeps the diary bounded for a session in 1900, the earliest date it takes', async () => {
      const journal = {
        ...EMPTY,
        plan: { sessions: [{ date: '1900-01-01' }, { date: '2026-03-01' }], updatedAt: '2026-03-03T11:00:00.000Z' },
      };
      assert.match(await restore('old.zip', await backupZip(journal)), /Restored the treatment plan/);
      await page.getByRole('link', { name: 'Photos' }).click();
      // Three years day by day (1,098 days back from today), then the one older day that holds something.
      await page.locator('smp-photo-timeline').getByText('0 photos over 1099 days').waitFor();
    });

    it('opens a journal that already holds a session in year 0 (stored before dates were checked): named, left out, bounded', async () => {
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const request = indexedDB.open('smp-aftercare-journal');
            request.onsuccess = () => {
              const tx = request.result.transaction('meta', 'readwrite');
              const plan = {
                sessions: [{ date: '0000-01-01' }, { date: '2026-03-01' }],
                updatedAt: '2026-03-03T09:00:00.000Z',
              };
              tx.objectStore('meta').put(plan, 'plan');
              tx.oncomplete = () => (request.result.close(), resolve());
            };
          }),
      );
      await page.reload();
      await page
        .getByText(
          'Your plan holds a session dated “0000-01-01”, which this app cannot use (the year must be between 1900 and 2100), so it is left out. Add the right date on the Plan screen.',
        )
        .waitFor();
      await page.locator('smp-status-card').getByRole('heading', { name: /Day 3/ }).waitFor();
      await page.getByRole('link', { name: 'Photos' }).click();
      await page.locator('smp-photo-timeline').getByText('0 photos over 3 days').waitFor();
    });

    it('refuses a session in 1899 in the plan editor and a day in year 0 in a link, naming them', async () => {
      const before = await storedJournal(page);
      await page.getByRole('link', { name: 'Plan' }).click();
      await page.locator('smp-plan-editor input[type="date"]').fill('1899-12-31');
      await page.getByRole('button', { name: 'Add session' }).click();
      await page
        .locator('smp-plan-editor')
        .getByText('1899-12-31 is not a date this app can use: the year must be between 1900 and 2100.')
        .waitFor();
      await page.goto(`${server.origin}/#/day/0000-01-01`);
      await page
        .getByText(
          '“0000-01-01” is not a day this app can show (the year must be between 1900 and 2100), so here is today.',
        )
        .waitFor();
      await page.locator('smp-status-card').getByRole('heading', { name: /Day 3/ }).waitFor();
      assert.deepEqual(await storedJournal(page), before, 'nothing stored changed');
    });

    it('refuses 9999-12-31 on the first screen, naming it, and starts nothing', async () => {
      const other = await launchBrowser();
      try {
        await other.context.clock.setFixedTime(new Date(NOW));
        const fresh = other.context.pages()[0] ?? (await other.context.newPage());
        await fresh.goto(`${server.origin}/`);
        await fresh.locator('smp-first-run input[type="date"]').waitFor();
        // The app has made its journal (empty) by the time the first screen shows; read it only then.
        await fresh.waitForFunction(async () =>
          (await indexedDB.databases()).some((d) => d.name === 'smp-aftercare-journal'),
        );
        const before = await storedJournal(fresh);
        await fresh.locator('smp-first-run input[type="date"]').fill('9999-12-31');
        await fresh.getByRole('button', { name: 'Start my aftercare' }).click();
        await fresh
          .locator('smp-first-run')
          .getByText('9999-12-31 is not a date this app can use: the year must be between 1900 and 2100.')
          .waitFor();
        const stored = await storedJournal(fresh);
        assert.deepEqual(stored, before, 'nothing stored changed, in any store');
        assert.deepEqual(stored.meta, [], 'no plan was stored');
      } finally {
        await other.close();
      }
    });
  });

  describe('2. two tabs', () => {
    const swellingChecked = (tab, value) =>
      tab.locator(`smp-check-in-form input[name="swelling"][value="${value}"]:checked`).waitFor({ state: 'attached' });
    const swelling = (form, words) => form.getByLabel(words, { exact: true }).first();

    it('never overwrites another tab’s check-in silently: an untouched form follows it, a touched one asks', async () => {
      const a = page;
      const b = await browser.context.newPage();
      await b.goto(`${server.origin}/#/check-in`);
      await a.goto(`${server.origin}/#/check-in`);
      await swellingChecked(b, 'none');

      // Tab A saves severe swelling with a fever: urgent. Tab B, untouched, now shows it.
      const formA = a.locator('smp-check-in-form');
      await swelling(formA, 'Severe').check();
      await formA.locator('#temperature').fill('38.9');
      await formA.getByRole('button', { name: 'Save check-in' }).click();
      await formA.getByRole('button', { name: 'Update check-in' }).waitFor();
      await swellingChecked(b, 'severe');
      const saved = await storedJournal(a);
      assert.equal(saved.checkIns[0][1].swelling, 'severe');
      assert.equal(saved.checkIns[0][1].flags[0].level, 'urgent');

      // Tab B changes an answer; tab A saves again meanwhile. B keeps its answers and says so.
      const formB = b.locator('smp-check-in-form');
      await swelling(formB, 'None').check();
      await formA.locator('#note').fill('Worse tonight');
      await formA.getByRole('button', { name: 'Update check-in' }).click();
      await formB.getByText(/saved in another tab or window while you were answering/).waitFor();
      await swellingChecked(b, 'none');
      const afterA = await storedJournal(a);

      // B saves: refused, with what is stored now, and nothing overwritten.
      await formB.getByRole('button', { name: 'Update check-in' }).click();
      const panel = b.getByRole('alert').filter({ hasText: 'Changed in another tab' });
      await panel.waitFor();
      const words = await deepText(panel);
      assert.match(
        words,
        /The check-in of Tue 3 Mar 2026 was saved in another tab or window after this form was opened, so yours was not saved\./,
      );
      assert.match(words, /It now says: Severe swelling, 38\.9 °C, flagged “Urgent”\. Yours is not saved yet\./);
      assert.deepEqual(await storedJournal(b), afterA, 'the other tab’s check-in and its flag are kept');

      // "Keep theirs": B shows A's check-in, stored unchanged.
      await panel.getByRole('button', { name: 'Keep theirs' }).click();
      await swellingChecked(b, 'severe');
      assert.equal(await formB.locator('#note').inputValue(), 'Worse tonight');
      assert.deepEqual(await storedJournal(b), afterA);

      // Colliding again, "Save mine" keeps B's answers, knowingly.
      await swelling(formB, 'Mild').check();
      await formA.locator('#note').fill('Worse still');
      await formA.getByRole('button', { name: 'Update check-in' }).click();
      await formB.getByText(/saved in another tab or window while you were answering/).waitFor();
      await formB.getByRole('button', { name: 'Update check-in' }).click();
      await b.getByRole('button', { name: 'Save mine' }).click();
      await swellingChecked(a, 'mild');
      const mine = (await storedJournal(a)).checkIns[0][1];
      assert.equal(mine.swelling, 'mild');
    });

    it('keeps both tabs’ ticks of a day, and shows each tab the other’s plan change', async () => {
      const a = page;
      const b = await browser.context.newPage();
      await b.goto(`${server.origin}/`);
      await waitForToday(b);
      await waitForToday(a);
      const tick = (tab, title) =>
        tab
          .locator('smp-status-card')
          .getByRole('group', { name: new RegExp(`^${title}`) })
          .getByRole('checkbox');
      await tick(a, 'Drink plenty of fluids').check();
      await tick(b, 'Clean with a damp cloth').check();
      await b
        .locator('smp-status-card')
        .getByRole('group', { name: /^Drink plenty of fluids: done 1 of 1/ })
        .waitFor();
      await a
        .locator('smp-status-card')
        .getByRole('group', { name: /^Clean with a damp cloth: done 1 of 1/ })
        .waitFor();
      const [[, ticks]] = (await storedJournal(a)).adherence;
      assert.deepEqual(ticks.counts, { hydrate: 1, 'damp-cloth': 1 });

      await b.getByRole('link', { name: 'Plan' }).click();
      await b.locator('smp-plan-editor').getByText('Sun 1 Mar 2026').first().waitFor();
      await a.getByRole('link', { name: 'Plan' }).click();
      await a.locator('smp-plan-editor input[type="date"]').fill('2026-03-20');
      await a.getByRole('button', { name: 'Add session' }).click();
      await b.locator('smp-plan-editor').getByText('Fri 20 Mar 2026').first().waitFor();
      // B adds a session too: A's stays.
      await b.locator('smp-plan-editor input[type="date"]').fill('2026-03-27');
      await b.getByRole('button', { name: 'Add session' }).click();
      await a.locator('smp-plan-editor').getByText('Fri 27 Mar 2026').first().waitFor();
      const plan = (await storedJournal(a)).meta.find(([key]) => key === 'plan')[1];
      assert.deepEqual(
        plan.sessions.map((s) => s.date),
        ['2026-03-01', '2026-03-20', '2026-03-27'],
      );
    });
  });

  describe('3. photos that are not images', () => {
    it('refuses a backup whose photo is 49 bytes of text, naming the file, and writes nothing', async () => {
      // A real backup made by the app, with one real photo.
      await page.getByRole('link', { name: 'Photos' }).click();
      await page.getByRole('heading', { name: 'Healing photos' }).waitFor();
      const photo = await canvasJpeg(page);
      await page
        .locator('smp-photo-add input[type="file"][multiple]')
        .setInputFiles({ name: 'IMG_1.jpg', mimeType: 'image/jpeg', buffer: photo });
      await page.getByText('1 photo added.').waitFor();
      await page.goto(`${server.origin}/#/share`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download a backup' }).click(),
      ]);
      const entries = await entriesOf(readFileSync(await download.path()));

      // Into a fresh profile, with the photo's bytes swapped for text (and its record's size to match).
      const text = Buffer.from('this is not a photo, just 49 bytes of plain text.');
      assert.equal(text.length, 49);
      const journal = JSON.parse(new TextDecoder().decode(entries.get('journal.json')));
      journal.photos[0].bytes = text.length;
      const name = [...entries.keys()].find((n) => n.startsWith('photos/'));
      const files = [...entries]
        .filter(([n]) => n !== 'manifest.json' && n !== 'journal.json')
        .map(([n, bytes]) => [n, n === name ? text : bytes]);
      const other = await launchBrowser();
      try {
        await other.context.clock.setFixedTime(new Date(NOW));
        const fresh = other.context.pages()[0] ?? (await other.context.newPage());
        await completeFirstRun(fresh, server.origin, '2026-03-01');
        const before = await storedJournal(fresh);
        const sentence = await restore('swapped.zip', await backupZip(journal, files), fresh);
        assert.equal(
          sentence,
          `“swapped.zip” cannot be restored: the photo file ${name} is not a picture (its contents are not an image). Nothing was changed.`,
        );
        assert.deepEqual(await storedJournal(fresh), before, 'nothing stored changed');
        // The same file with the photo's own bytes restores.
        const good = await restore(
          'good.zip',
          await backupZip(
            { ...journal, photos: [{ ...journal.photos[0], bytes: photo.length }] },
            [...entries].filter(([n]) => n.includes('/')),
          ),
          fresh,
        );
        assert.match(good, /Restored 1 photo/);
      } finally {
        await other.close();
      }
    });
  });

  describe('4. writes that fail silently', () => {
    const regimenFile = (name, regimen) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(regimen)),
    });
    const withHydrateId = (id) => ({
      ...example,
      rules: example.rules.map((r) => (r.id === 'hydrate' ? { ...r, id } : r)),
    });
    const hydrateTick = () =>
      page
        .locator('smp-status-card')
        .getByRole('group', { name: /^Drink plenty of fluids/ })
        .getByRole('checkbox');

    it('ticks a rule whose id is 60 characters and keeps the tick after a reload; refuses a 61-character id with a sentence', async () => {
      const id60 = `hydrate-${'x'.repeat(52)}`;
      assert.equal(id60.length, 60);
      await page.goto(`${server.origin}/#/settings`);
      await page
        .locator('input[type="file"][accept*="json"]')
        .setInputFiles(regimenFile('sixty.json', withHydrateId(id60)));
      await page.getByRole('heading', { name: 'Change your aftercare?' }).waitFor();
      await page.getByRole('button', { name: 'Use this regimen' }).click();
      await page.getByText('In use: Example Studio aftercare').waitFor();
      await page.getByRole('link', { name: 'Today' }).click();
      await hydrateTick().check();
      await page
        .locator('smp-status-card')
        .getByRole('group', { name: /^Drink plenty of fluids: done 1 of 1/ })
        .waitFor();
      // The box shows the tick at once; the reload waits until it is stored (a reload in the same
      // moment would race the write, as a person's would not).
      const ticked = async () => (await storedJournal(page)).adherence?.[0]?.[1]?.counts?.[id60] === 1;
      for (let tries = 0; !(await ticked()); tries += 1) {
        assert.ok(tries < 400, 'the tick was stored');
        await page.waitForTimeout(50);
      }
      await page.reload();
      await waitForToday(page);
      await page
        .locator('smp-status-card')
        .getByRole('group', { name: /^Drink plenty of fluids: done 1 of 1/ })
        .waitFor();
      assert.equal(await hydrateTick().isChecked(), true, 'the tick survived the reload');
      const stored = await storedJournal(page);
      assert.deepEqual(stored.adherence[0][1].counts, { [id60]: 1 });

      await page.goto(`${server.origin}/#/settings`);
      await page
        .locator('input[type="file"][accept*="json"]')
        .setInputFiles(regimenFile('sixty-one.json', withHydrateId(`${id60}x`)));
      await page
        .getByText(
          `The regimen was not loaded: the id of rule 4 (“hydrate-${'x'.repeat(31)}…”) is too long (at most 60 characters).`,
          { exact: true },
        )
        .waitFor();
      assert.deepEqual(await storedJournal(page), stored, 'nothing stored changed');
    });

    it('says so when a tick cannot be stored, and the box goes back to what is stored', async () => {
      await waitForToday(page);
      const before = await storedJournal(page);
      // Another holder keeps the day's ticks locked (as a wedged engine would): the tick waits, is
      // given up by the journal's watchdog (20 s) and undone. Chromium ignores a quota override for
      // a write this small, so the lock is how the test makes the write fail.
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const request = indexedDB.open('smp-aftercare-journal');
            request.onsuccess = () => {
              const tx = request.result.transaction('adherence', 'readwrite');
              const store = tx.objectStore('adherence');
              const spin = () => {
                if (!window.releaseTicks) store.get('none').onsuccess = spin;
              };
              spin();
              tx.oncomplete = () => request.result.close();
              resolve();
            };
          }),
      );
      await hydrateTick().click();
      const alert = page.locator('smp-today-page').getByRole('alert');
      await alert.waitFor({ timeout: 60_000 });
      assert.match(await alert.textContent(), /did not answer in time, so nothing was changed/);
      assert.doesNotMatch(await alert.textContent(), JARGON);
      await page.waitForFunction(() => {
        const card = document
          .querySelector('smp-app')
          .shadowRoot.querySelector('smp-today-page')
          .shadowRoot.querySelector('smp-status-card');
        return [...card.shadowRoot.querySelectorAll('input[type="checkbox"]')].every((box) => !box.checked);
      });
      await page.evaluate(() => (window.releaseTicks = true));
      assert.deepEqual(await storedJournal(page), before, 'nothing stored changed');
    });
  });

  describe('5. temperatures', () => {
    it('refuses “1e3” typed on the keyboard with a sentence, storing nothing, and keeps “38,5” as 38.5 °C', async () => {
      const before = await storedJournal(page);
      await page.goto(`${server.origin}/#/check-in`);
      const form = page.locator('smp-check-in-form');
      await form.getByLabel('None', { exact: true }).first().check();
      await form.locator('#temperature').click();
      await page.keyboard.type('1e3');
      await form.getByRole('button', { name: 'Save check-in' }).click();
      const alert = form.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), /“1e3” is not a temperature/);
      assert.doesNotMatch(await alert.textContent(), JARGON);
      assert.deepEqual(await storedJournal(page), before, 'nothing stored changed');
      await form.locator('#temperature').fill('');
      await form.locator('#temperature').click();
      await page.keyboard.type('38,5');
      await form.getByRole('button', { name: 'Save check-in' }).click();
      // A fever alone is a "watch" flag: the form stays, now updating the stored check-in.
      await form.getByRole('button', { name: 'Update check-in' }).waitFor();
      const stored = await storedJournal(page);
      assert.equal(stored.checkIns.length, 1);
      assert.equal(stored.checkIns[0][1].temperatureC, 38.5, 'the decimal comma read as a decimal point, never 385');
    });
  });

  describe('6. future check-ins', () => {
    it('refuses a check-in for tomorrow typed as a link, with a sentence and no form', async () => {
      const before = await storedJournal(page);
      await page.goto(`${server.origin}/#/check-in/2026-03-04`);
      await page.getByText('You cannot check in for Wed 4 Mar 2026 yet: that day is still to come.').waitFor();
      assert.equal(await page.locator('smp-check-in-form').count(), 0);
      assert.deepEqual(await storedJournal(page), before, 'nothing stored changed');
    });
  });

  describe('7 and 8. library words and hidden text from outside', () => {
    it('refuses a backup with a reversed check-in note, naming the field in words, and writes nothing', async () => {
      const journal = { ...EMPTY, checkIns: [checkIn('2026-03-02', { note: 'all fine \u202Eenif lla' })] };
      assert.equal(
        await refusedRestore('reversed.zip', await backupZip(journal)),
        '“reversed.zip” cannot be restored: in its records, the note of the check-in of 2 March 2026 holds hidden or direction-changing characters. Nothing was changed.',
      );
      const unknown = { ...EMPTY, checkIns: [checkIn('2026-03-02', { pad: 'x' })] };
      assert.match(
        await refusedRestore('pad.zip', await backupZip(unknown)),
        /in its records, the check-in of 2 March 2026 holds “pad”, which this app does not know\./,
      );
      const { plan: _plan, ...noPlan } = EMPTY;
      assert.match(
        await refusedRestore('no-records.zip', await backupZip(noPlan)),
        /in its records, the treatment plan is missing\./,
      );
    });

    it('refuses a regimen link with hidden characters or a wrong kind, in words, and changes nothing', async () => {
      const before = await storedJournal(page);
      const link = (regimen) =>
        `${server.origin}/#regimen=${Buffer.from(JSON.stringify(regimen)).toString('base64url')}`;
      const hidden = {
        ...example,
        rules: example.rules.map((r, i) => (i === 0 ? { ...r, text: 'Keep it dry \u202Eyrd ti peek' } : r)),
      };
      await page.goto(link(hidden));
      await page
        .getByText(
          'The regimen was not loaded: the text of rule 1 (“keep-dry”) holds hidden or direction-changing characters.',
        )
        .waitFor();
      const wrongKind = { ...example, rules: example.rules.map((r, i) => (i === 0 ? { ...r, kind: 'sometimes' } : r)) };
      await page.goto(link(wrongKind));
      const sentence =
        'The regimen was not loaded: the kind of rule 1 (“keep-dry”) must be “avoid” or “do”, not “sometimes”.';
      await page.getByText(sentence).waitFor();
      // What the page says, not what the test expected: no library's or engine's words anywhere on it.
      const shown = await deepText(page.locator('smp-app'));
      assert.match(shown, /must be “avoid” or “do”, not “sometimes”/);
      assert.doesNotMatch(shown, /Invalid key|Expected|received|UnknownError|ValiError|TypeError/);
      assert.doesNotMatch(shown, JARGON);
      assert.match(await deepText(page.locator('smp-status-card')), /Standard SMP aftercare/);
      assert.deepEqual(await storedJournal(page), before, 'nothing stored changed');
    });
  });
  describe('9. stored dates the rules cannot use, and names from outside', () => {
    it('shows a stored photo dated in year 0 without a day number: the diary and the photo open, nothing changes', async () => {
      await page.getByRole('link', { name: 'Photos' }).click();
      await page.getByRole('heading', { name: 'Healing photos' }).waitFor();
      await page
        .locator('smp-photo-add input[type="file"][multiple]')
        .setInputFiles({ name: 'IMG_1.jpg', mimeType: 'image/jpeg', buffer: await canvasJpeg(page) });
      await page.getByText('1 photo added.').waitFor();
      const [[, record]] = (await storedJournal(page)).photos;
      await putInJournal(page, [['photos', { ...record, date: '0000-01-01' }]]);
      const before = await storedJournal(page);
      await page.reload();
      const timeline = page.locator('smp-photo-timeline');
      // 3 March back to the session on 1 March, then the year-0 day, last and without a number.
      await timeline.getByText('1 photo over 4 days').waitFor();
      const day = timeline.locator('[data-date="0000-01-01"]');
      assert.match(await deepText(day), /^0000-01-01 Crown$/);
      await day.getByRole('button', { name: 'Open Crown, 0000-01-01' }).click();
      await page.getByRole('heading', { name: 'Crown, 0000-01-01' }).waitFor();
      assert.deepEqual(await storedJournal(page), before, 'nothing stored changed');
    });

    it('lists the history and makes the report of a journal holding a session and a check-in in year 0', async () => {
      await putInJournal(page, [
        [
          'meta',
          { sessions: [{ date: '0000-01-01' }, { date: '2026-03-01' }], updatedAt: '2026-03-03T09:00:00.000Z' },
          'plan',
        ],
        ['checkIns', checkIn('0000-01-01')],
        ['checkIns', checkIn('2026-03-02', { swelling: 'none' })],
      ]);
      const before = await storedJournal(page);
      await page.goto(`${server.origin}/#/history`);
      const history = page.locator('smp-check-in-history');
      await history.getByText(/Mon 2 Mar 2026/).waitFor();
      const listed = await deepText(history);
      assert.match(listed, /0000-01-01/);
      assert.match(listed, /Mon 2 Mar 2026 .*Day 2/);
      await page.getByRole('link', { name: 'Share' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('smp-report-form').getByRole('button', { name: 'Make the PDF report' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^smp-progress-.*\.pdf$/);
      await page.getByText(/Saved “smp-progress-.*\.pdf” \(\d+ KB\) to your downloads/).waitFor();
      assert.doesNotMatch(await deepText(page.locator('smp-app')), /Something went wrong/);
      assert.deepEqual(await storedJournal(page), before, 'nothing stored changed');
    });

    it('names a backup and a file inside it without their right-to-left override, and writes nothing', async () => {
      const zip = await backupZip(EMPTY, [['photos/x\u202Egpj.exe', Buffer.from('x')]]);
      const sentence = await refusedRestore('backup-\u202Epiz.exe', zip);
      assert.equal(
        sentence,
        '“backup-piz.exe” cannot be restored: it holds a file the records do not list: “photos/xgpj.exe”. Nothing was changed.',
      );
      const before = await storedJournal(page);
      await page.goto(`${server.origin}/#/settings`);
      await page.locator('input[type="file"][accept*="json"]').setInputFiles({
        name: 'studio-\u202Enosj.txt\u{E0041}',
        mimeType: 'application/json',
        buffer: Buffer.from('not json'),
      });
      await page.getByText('“studio-nosj.txt” is not a regimen file (it is not JSON), so nothing changed.').waitFor();
      assert.doesNotMatch(await deepText(page.locator('smp-app')), /[\u202A-\u202E\u2066-\u2069\u{E0000}-\u{E007F}]/u);
      assert.deepEqual(await storedJournal(page), before, 'nothing stored changed');
    });

    it('refuses a check-in link for year 0, naming it, and shows today’s form', async () => {
      const before = await storedJournal(page);
      await page.goto(`${server.origin}/#/check-in/0000-01-01`);
      await page
        .getByText(
          '“0000-01-01” is not a day this app can show (the year must be between 1900 and 2100), so here is today.',
        )
        .waitFor();
      await page.getByRole('heading', { name: 'Check-in for today' }).waitFor();
      assert.deepEqual(await storedJournal(page), before, 'nothing stored changed');
    });
  });

  describe('10. two tabs: settings and the plan', () => {
    const settingsOf = async (tab) => (await storedJournal(tab)).meta.find(([key]) => key === 'settings')?.[1];
    const planOf = async (tab) =>
      (await storedJournal(tab)).meta.find(([key]) => key === 'plan')[1].sessions.map((s) => s.date);

    it('keeps a setting another tab saved when this tab, not told of it, changes another', async () => {
      const b = await browser.context.newPage();
      await b.goto(`${server.origin}/#/settings`);
      await b.getByRole('heading', { name: 'Appearance' }).waitFor();
      // Tab A saves the dark theme without telling B (asleep, or an older version of the app).
      const stored = (await settingsOf(page)) ?? { temperatureUnit: 'C', persistenceAsked: false };
      await putInJournal(page, [['meta', { ...stored, theme: 'dark' }, 'settings']]);
      await b.getByLabel('Fahrenheit (°F)').check();
      await b.waitForFunction(async () => {
        const db = await new Promise(
          (r) => (indexedDB.open('smp-aftercare-journal').onsuccess = (e) => r(e.target.result)),
        );
        const settings = await new Promise(
          (r) => (db.transaction('meta').objectStore('meta').get('settings').onsuccess = (e) => r(e.target.result)),
        );
        db.close();
        return settings?.temperatureUnit === 'F';
      });
      const after = await settingsOf(page);
      assert.equal(after.theme, 'dark', 'the other tab’s theme stays');
      assert.equal(after.temperatureUnit, 'F');
    });

    it('asks which plan to keep: “Keep theirs” keeps it, and “Save mine” saves only over the plan it showed', async () => {
      const b = await browser.context.newPage();
      await b.goto(`${server.origin}/#/plan`);
      const editor = b.locator('smp-plan-editor');
      await editor.getByText('Sun 1 Mar 2026').first().waitFor();
      const savedElsewhere = (dates, at) =>
        putInJournal(page, [
          ['meta', { sessions: dates.map((date) => ({ date })), updatedAt: `2026-03-03T0${at}:00:00.000Z` }, 'plan'],
        ]);
      const add = async (date) => {
        await editor.locator('input[type="date"]').fill(date);
        await b.getByRole('button', { name: 'Add session' }).click();
      };
      const panel = b.getByRole('alert').filter({ hasText: 'Changed in another tab' });
      const changedElsewhere =
        'Your plan was changed in another tab or window after this screen showed it, so this change was not saved.';

      // Another tab saved a session on 10 March, and B, not told, adds 20 March.
      await savedElsewhere(['2026-03-01', '2026-03-10'], 1);
      const theirs = await storedJournal(page);
      await add('2026-03-20');
      await panel.waitFor();
      let words = await deepText(panel);
      assert.match(words, new RegExp(changedElsewhere.replace(/[.]/g, '\\.')));
      assert.match(words, /It now holds the sessions of Sun 1 Mar 2026, Tue 10 Mar 2026\. Yours is not saved yet\./);
      assert.deepEqual(await storedJournal(page), theirs, 'the other tab’s plan is kept');
      await panel.getByRole('button', { name: 'Keep theirs' }).click();
      await panel.waitFor({ state: 'detached' });
      await editor.getByText('Tue 10 Mar 2026').first().waitFor();
      assert.deepEqual(await storedJournal(page), theirs, 'still theirs');

      // Again: B adds 25 March over a plan saved elsewhere; while it asks, a third save comes in.
      await savedElsewhere(['2026-03-01', '2026-03-10', '2026-03-12'], 2);
      await add('2026-03-25');
      await panel.waitFor();
      await savedElsewhere(['2026-03-01', '2026-03-10', '2026-03-12', '2026-03-14'], 3);
      const third = await storedJournal(page);
      await panel.getByRole('button', { name: 'Save mine' }).click();
      await panel.getByText(/Sat 14 Mar 2026\. Yours is not saved yet\./).waitFor();
      assert.match(await deepText(panel), new RegExp(changedElsewhere.replace(/[.]/g, '\\.')));
      assert.deepEqual(await storedJournal(page), third, 'the third save is not overwritten unseen');
      // Seen, "Save mine" saves B's plan.
      await panel.getByRole('button', { name: 'Save mine' }).click();
      await panel.waitFor({ state: 'detached' });
      assert.deepEqual(await planOf(page), ['2026-03-01', '2026-03-10', '2026-03-25']);
    });
  });

  describe('10b. two tabs: a third save while the check-in asks', () => {
    it('“Save mine” on the check-in saves only over the check-in the choice showed', async () => {
      const b = await browser.context.newPage();
      await b.goto(`${server.origin}/#/check-in`);
      const form = b.locator('smp-check-in-form');
      await form.getByLabel('None', { exact: true }).first().check();
      const savedElsewhere = (swelling, at) =>
        putInJournal(page, [
          ['checkIns', checkIn('2026-03-03', { swelling, savedAt: `2026-03-03T0${at}:00:00.000Z` })],
        ]);
      await savedElsewhere('mild', 1);
      await form.getByRole('button', { name: 'Save check-in' }).click();
      const panel = b.getByRole('alert').filter({ hasText: 'Changed in another tab' });
      await panel.getByText(/It now says: Mild swelling/).waitFor();
      await savedElsewhere('moderate', 2);
      const third = await storedJournal(page);
      await panel.getByRole('button', { name: 'Save mine' }).click();
      await panel.getByText(/It now says: Moderate swelling/).waitFor();
      assert.match(
        await deepText(panel),
        /The check-in of Tue 3 Mar 2026 was saved in another tab or window after this form was opened, so yours was not saved\./,
      );
      assert.deepEqual(await storedJournal(page), third, 'the third save is not overwritten unseen');
      await panel.getByRole('button', { name: 'Save mine' }).click();
      await panel.waitFor({ state: 'detached' });
      const [[, mine]] = (await storedJournal(page)).checkIns;
      assert.equal(mine.swelling, 'none');
    });
  });

  describe('11. choices whose write fails', () => {
    it('puts the theme and the check-in’s temperature unit back, with a sentence, when the journal does not answer', async () => {
      await page.goto(`${server.origin}/#/settings`);
      await page.getByRole('heading', { name: 'Appearance' }).waitFor();
      const before = await storedJournal(page);
      // Another holder keeps the settings' store locked (as a wedged engine would): the writes wait
      // and are given up by the journal's watchdog (20 s).
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const request = indexedDB.open('smp-aftercare-journal');
            request.onsuccess = () => {
              const tx = request.result.transaction('meta', 'readwrite');
              const store = tx.objectStore('meta');
              const spin = () => {
                if (!window.releaseMeta) store.get('none').onsuccess = spin;
              };
              spin();
              tx.oncomplete = () => request.result.close();
              resolve();
            };
          }),
      );
      await page.getByLabel('Dark', { exact: true }).check();
      const alert = page.locator('smp-settings-page').getByRole('alert');
      await alert.waitFor({ timeout: 60_000 });
      assert.match(await alert.textContent(), /did not answer in time, so nothing was changed/);
      assert.doesNotMatch(await alert.textContent(), JARGON);
      await page.waitForFunction(() => {
        const panel = document
          .querySelector('smp-app')
          .shadowRoot.querySelector('smp-settings-page')
          .shadowRoot.querySelector('smp-settings-panel');
        return panel.shadowRoot.querySelector('input[name="theme"][value="system"]').checked;
      });

      await page.getByRole('link', { name: 'Check in' }).first().click();
      const form = page.locator('smp-check-in-form');
      await form.locator('#temperature').fill('38.5');
      // click(), not check(): while the write waits, the page may already hand the stored unit back.
      await form.getByLabel(/°F/).click();
      const formAlert = form.getByRole('alert');
      await formAlert.waitFor({ timeout: 60_000 });
      assert.match(await formAlert.textContent(), /did not answer in time, so nothing was changed/);
      await page.waitForFunction(() => {
        const form = document
          .querySelector('smp-app')
          .shadowRoot.querySelector('smp-check-in-page')
          .shadowRoot.querySelector('smp-check-in-form');
        return form.shadowRoot.querySelector('input[name="unit"][value="C"]').checked;
      });
      assert.equal(await form.locator('#temperature').inputValue(), '38.5', 'what was typed is back in °C');
      await page.evaluate(() => (window.releaseMeta = true));
      assert.deepEqual(await storedJournal(page), before, 'nothing stored changed');
    });
  });
});
