// Functions that run inside the page. Each one is self-contained (no outside names), because every
// driver sends it as source text: `(${fn})(${JSON.stringify(arg)})`.

/** The source of a call of the page function `fn` with the JSON argument `arg`, as an expression. */
export function callSource(fn, arg) {
  return `(${fn})(${JSON.stringify(arg ?? null)})`;
}

/**
 * Fixes "now" at `now` (ms since the epoch) for the page: `Date.now()`, `new Date()` and `Date()`;
 * dates built from a value and timers are untouched. The same fixed time as Playwright's
 * `clock.setFixedTime`, for engines whose driver has no clock of its own.
 */
export function fixClock(now) {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args) {
      super(...(args.length === 0 ? [now] : args));
    }
    static now() {
      return now;
    }
  }
  globalThis.Date = new Proxy(FixedDate, { apply: () => new RealDate(now).toString() });
}

/**
 * Records every file the app hands to a download link: it watches `URL.createObjectURL` and link
 * clicks, keeps `{ name, blob }` in `window.__smpDownloads`, and lets both do exactly what they did
 * (it observes; it never replaces the app's logic). For engines whose driver cannot catch downloads.
 */
export function recordDownloads() {
  const blobs = new Map();
  const downloads = [];
  Object.defineProperty(window, '__smpDownloads', { value: downloads });
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    const url = createObjectURL.call(URL, object);
    blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.hasAttribute('download') && blobs.has(this.href))
      downloads.push({ name: this.download, blob: blobs.get(this.href) });
    return click.call(this);
  };
}

/** The `index`th recorded download (see recordDownloads) as `{ name, base64 }`, or null. */
export async function readRecordedDownload(index) {
  const download = window.__smpDownloads?.[index];
  if (!download) return null;
  const bytes = new Uint8Array(await download.blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: download.name, base64: btoa(text) };
}

/** How many downloads were recorded so far (see recordDownloads). */
export function recordedDownloadCount() {
  return window.__smpDownloads?.length ?? -1;
}

/**
 * The first element matching a deep query, or null; with `want: 'text'` its visible text (through its
 * shadow roots, whitespace folded) instead, with `want: 'all'` every match. `css` is a chain of selectors joined by ">>>": each
 * matches anywhere inside the previous match, through (nested) shadow roots. `text` (a string to
 * contain, or `{ source, flags }` of a regular expression) filters on that visible text or the
 * element's aria-label. Unless `hidden`, only rendered elements count.
 */
export function findDeep({ css, text, hidden, want }) {
  const within = (root, selector) => {
    const found = [...root.querySelectorAll(selector)];
    for (const element of root.querySelectorAll('*'))
      if (element.shadowRoot) found.push(...within(element.shadowRoot, selector));
    return found;
  };
  const textOf = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE || node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
    const shadow = node.shadowRoot ? [...node.shadowRoot.childNodes] : [];
    // Adjacent text nodes (Lit splits text around its markers) join as they render; elements are spaced.
    return ` ${[...shadow, ...node.childNodes].map(textOf).join('')} `;
  };
  const words = (element) => textOf(element).replace(/\s+/g, ' ').trim();
  let scopes = [document];
  for (const selector of css.split('>>>').map((part) => part.trim())) {
    const found = scopes.flatMap((scope) => [
      ...within(scope, selector),
      ...(scope.shadowRoot ? within(scope.shadowRoot, selector) : []),
    ]);
    scopes = [...new Set(found)];
  }
  const matches = (element) => {
    if (text === undefined || text === null) return true;
    const said = `${words(element)} ${element.getAttribute('aria-label') ?? ''}`;
    return typeof text === 'string' ? said.includes(text) : new RegExp(text.source, text.flags).test(said);
  };
  const rendered = (element) => hidden || element.getClientRects().length > 0;
  if (want === 'all') return scopes.filter((candidate) => rendered(candidate) && matches(candidate));
  const element = scopes.find((candidate) => rendered(candidate) && matches(candidate)) ?? null;
  if (want === 'text') return element && words(element);
  return element;
}
