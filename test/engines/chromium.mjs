// The driver interface on Chromium: Debian's /usr/bin/chromium through playwright-core, on a fresh
// persistent profile (the e2e tests' launchBrowser), with Playwright's own clock and downloads.
import { readFile } from 'node:fs/promises';
import { findChromiumOrNull } from '../../scripts/find-chromium.mjs';
import { launchBrowser } from '../e2e/helpers.mjs';
import { Driver, WAIT_MS } from './driver.mjs';

class ChromiumDriver extends Driver {
  constructor(browser, page) {
    super('Chromium');
    this.browser = browser;
    this.page = page;
  }

  evaluateSource(expression) {
    return this.page.evaluate(expression);
  }

  async elementHandle(expression) {
    return (await this.page.evaluateHandle(expression)).asElement();
  }

  clickElement(handle) {
    return handle.click();
  }

  typeInto(handle, text) {
    return handle.type(text);
  }

  setFilesOf(handle, paths) {
    return handle.setInputFiles(paths);
  }

  async goto(url) {
    await this.page.goto(url);
  }

  async reload() {
    await this.page.reload();
  }

  async download(trigger) {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: WAIT_MS }), trigger()]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }

  setOffline(offline) {
    return this.browser.context.setOffline(offline);
  }

  close() {
    return this.browser.close();
  }
}

/** Chromium for the journeys. */
export const chromiumEngine = {
  name: 'Chromium',
  /** Why the journeys cannot run here, or null. */
  missing: () => (findChromiumOrNull() ? null : 'no Chromium found (apt-get install chromium, or set CHROME_PATH)'),
  /** A fresh profile with "now" fixed at `now` (ms). */
  async launch({ now }) {
    const browser = await launchBrowser();
    await browser.context.clock.setFixedTime(new Date(now));
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    return new ChromiumDriver(browser, page);
  },
};
