// The one driver interface the cross-engine journeys are written against, and what its three
// implementations (chromium.mjs, firefox.mjs, webkit.mjs) share: waiting for a condition with a
// clear failure message, finding elements through shadow roots, reading text, recorded downloads.
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { callSource, findDeep, readRecordedDownload, recordedDownloadCount } from './page.mjs';

/** How long a journey waits for something to show before it fails (generous: it only costs time on failure). */
export const WAIT_MS = 20_000;

/**
 * Removes a browser's temporary folder. A browser's helper processes (WebKit's network process) can
 * still be writing into it for a moment after the session closed: retried, and a folder that still
 * cannot go is left in /tmp with a line saying so; cleaning up is not what a journey tests.
 */
export function removeProfile(dir) {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (error) {
    console.log(`Left the temporary folder ${dir} behind (${error.code ?? error.message}).`);
  }
}

/** A deep query for findDeep: `css` ("a >>> b" pierces shadow roots), an optional text, and whether hidden elements count. */
function deepQuery(css, { text, hidden = false } = {}) {
  return { css, text: text instanceof RegExp ? { source: text.source, flags: text.flags } : text, hidden };
}

/** What the page shows, for failure messages: its address, any alert and the start of its text. */
function pageSummary() {
  const texts = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('[role="alert"], .error')) texts.push(element.textContent.trim());
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
  };
  walk(document);
  const text = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE || node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
    return ` ${[...(node.shadowRoot?.childNodes ?? []), ...node.childNodes].map(text).join('')} `;
  };
  const shown = text(document.body).replace(/\s+/g, ' ').trim();
  return `${location.href} — alerts: ${JSON.stringify(texts.filter(Boolean))} — text: "${shown.slice(0, 400)}"`;
}

/**
 * One browser on one profile, as the journeys see it. An implementation provides:
 * - `evaluateSource(expression)`: the JSON value of a JavaScript expression in the page (a promise is awaited);
 * - `elementHandle(expression)`: the driver's own reference to the element an expression returns;
 * - `clickElement(handle)`, `typeInto(handle, text)`, `setFilesOf(handle, paths)`: real input through the driver;
 * - `goto(url)`, `reload()`, `download(trigger)` → `{ name, bytes }`, `setOffline(offline)`, `close()`.
 * Everything below is written once on top of those.
 */
export class Driver {
  /** @param {string} engine the engine's name, for messages */
  constructor(engine) {
    this.engine = engine;
  }

  /** The JSON value of the page function `fn` called with `arg` in the page. */
  evaluate(fn, arg) {
    return this.evaluateSource(callSource(fn, arg));
  }

  /**
   * Polls the page function `fn(arg)` until it returns a truthy value (returned), or fails after
   * `timeout` ms with a message naming `description` and what the page shows.
   */
  async waitFor(description, fn, arg, { timeout = WAIT_MS } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      let problem = null;
      try {
        const value = await this.evaluate(fn, arg);
        if (value) return value;
      } catch (error) {
        // A navigation under way can fail one evaluation; the next poll sees the new page.
        problem = error;
      }
      if (Date.now() > deadline) {
        const shown = await this.evaluate(pageSummary).catch((error) => `(unreadable: ${error.message})`);
        const last = problem ? ` (last error: ${problem.message.split('\n')[0]})` : '';
        throw new Error(`${this.engine}: waited ${timeout / 1000} s for ${description}${last}. The page: ${shown}`);
      }
      await sleep(100);
    }
  }

  /** Waits for the element of a deep query (see page.mjs findDeep) and returns the driver's handle to it. */
  async find(css, options = {}) {
    const query = deepQuery(css, options);
    const what = `${css}${options.text ? ` showing ${options.text}` : ''}`;
    await this.waitFor(what, `(q) => (${findDeep})(q) !== null`, query, options);
    const handle = await this.elementHandle(callSource(findDeep, query));
    if (!handle) throw new Error(`${this.engine}: ${what} was there, then gone before it could be used.`);
    return handle;
  }

  /** Waits until the deep query matches (an element with that text, when `text` is given). */
  async waitForElement(css, options = {}) {
    const query = deepQuery(css, options);
    await this.waitFor(
      `${css}${options.text ? ` showing ${options.text}` : ''}`,
      `(q) => (${findDeep})(q) !== null`,
      query,
      options,
    );
  }

  /** Clicks the element of a deep query, as a person would (through the driver's input). */
  async click(css, options) {
    await this.clickElement(await this.find(css, options));
  }

  /** Empties a text or number field, then types `text` into it key by key. */
  async type(css, text, options) {
    const handle = await this.find(css, options);
    await this.evaluate(`(q) => { (${findDeep})(q).value = ''; }`, deepQuery(css, options));
    await this.typeInto(handle, text);
  }

  /**
   * Sets the value of a date or range field and sends its input and change events (what a
   * person's pick amounts to; Playwright's `fill` does the same, since typing a date is locale-bound).
   */
  async setValue(css, value, options) {
    await this.find(css, options);
    await this.evaluate(
      `({ q, value }) => {
        const field = (${findDeep})(q);
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      }`,
      { q: deepQuery(css, options), value },
    );
  }

  /** Chooses files (paths on disk) in a file input through the driver, as the file chooser would. */
  async setFiles(css, paths) {
    await this.setFilesOf(await this.find(css, { hidden: true }), paths);
  }

  /** The visible text of the element of a deep query (through its shadow roots), or null. */
  text(css, options) {
    return this.evaluate(`(q) => (${findDeep})({ ...q, want: 'text' })`, deepQuery(css, options));
  }

  /** How many rendered elements match a deep query. */
  count(css) {
    return this.evaluate(`(q) => (${findDeep})({ ...q, want: 'all' }).length`, deepQuery(css));
  }

  /**
   * For engines whose driver cannot catch downloads: runs `trigger` and returns the file the app
   * handed to its download link (recorded by page.mjs recordDownloads, installed in the page).
   */
  async recordedDownload(trigger) {
    const before = await this.evaluate(recordedDownloadCount);
    if (before < 0) throw new Error(`${this.engine}: the download recorder is not in this page.`);
    await trigger();
    await this.waitFor('the app to hand a file to a download link', `(n) => (${recordedDownloadCount})() > n`, before);
    const { name, base64 } = await this.evaluate(readRecordedDownload, before);
    return { name, bytes: Buffer.from(base64, 'base64') };
  }
}
