// The driver interface on Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi
// (no browser download), on a fresh profile; "now" fixed by a BiDi preload script, downloads saved
// by Firefox itself into a folder of the profile.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { Driver, WAIT_MS, removeProfile } from './driver.mjs';
import { callSource, fixClock } from './page.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

class FirefoxDriver extends Driver {
  constructor(browser, page, profile, downloads) {
    super('Firefox');
    this.browser = browser;
    this.page = page;
    this.profile = profile;
    this.downloads = downloads;
  }

  evaluateSource(expression) {
    return this.page.evaluate(expression);
  }

  async elementHandle(expression) {
    const handle = await this.page.evaluateHandle(expression);
    return handle.asElement();
  }

  clickElement(handle) {
    return handle.click();
  }

  typeInto(handle, text) {
    return handle.type(text);
  }

  setFilesOf(handle, paths) {
    return handle.uploadFile(...paths);
  }

  async goto(url) {
    await this.page.goto(url);
  }

  async reload() {
    await this.page.reload();
  }

  /** Runs `trigger` and returns the file Firefox saved, once it is complete (no `.part` file left). */
  async download(trigger) {
    const before = new Set(readdirSync(this.downloads));
    await trigger();
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const names = readdirSync(this.downloads);
      const fresh = names.filter((name) => !before.has(name) && !name.endsWith('.part'));
      const inProgress = names.some((name) => name.endsWith('.part'));
      if (fresh.length === 1 && !inProgress && statSync(join(this.downloads, fresh[0])).size > 0)
        return { name: fresh[0], bytes: readFileSync(join(this.downloads, fresh[0])) };
      if (Date.now() > deadline)
        throw new Error(
          `Firefox: no download finished in ${WAIT_MS / 1000} s (the folder holds ${JSON.stringify(names)}).`,
        );
      await sleep(100);
    }
  }

  setOffline(offline) {
    return this.page.setOfflineMode(offline);
  }

  async close() {
    await this.browser.close();
    if (this.profile) removeProfile(this.profile);
  }
}

/** Firefox ESR for the journeys. */
export const firefoxEngine = {
  name: 'Firefox',
  /** Why the journeys cannot run here, or null. */
  missing: () => (existsSync(FIREFOX) ? null : `no ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH)`),
  /**
   * A fresh profile with "now" fixed at `now` (ms); or, with `profile`, that folder, kept on close
   * (the benchmark's cold starts), and the real clock when `now` is not given.
   */
  async launch({ now, profile: kept } = {}) {
    const profile = kept ?? mkdtempSync(join(tmpdir(), 'smp-firefox-'));
    const downloads = join(profile, 'downloads');
    mkdirSync(downloads, { recursive: true });
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      defaultViewport: { width: 412, height: 915 },
      extraPrefsFirefox: {
        // Save every download straight into `downloads`, without asking.
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        // The app follows the browser's language: the journeys speak its source language, en-GB.
        'intl.accept_languages': 'en-GB',
      },
    });
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    if (now !== undefined) await page.evaluateOnNewDocument(callSource(fixClock, now));
    return new FirefoxDriver(browser, page, kept ? null : profile, downloads);
  },
};
