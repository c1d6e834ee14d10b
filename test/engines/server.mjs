// The built PWA (dist/pwa) served on 127.0.0.1 for the cross-engine journeys, optionally with a
// test script run first in its page, for engines whose driver cannot add one (WebKit's classic
// WebDriver has no init scripts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const dist = new URL('../../dist/pwa/', import.meta.url).pathname;

/**
 * Serves dist/pwa on a free port; returns `{ origin, close }`. With `pageScript` (JavaScript source),
 * the app's HTML gets it as the first script of its head, allowed by its hash in the page's CSP, so
 * the service worker precaches and serves that same page offline. `close()` also drops open
 * connections, so the browser finds the server gone at once (the offline case).
 */
export async function serveApp({ pageScript } = {}) {
  const files = sirv(dist, { dev: false, etag: true, single: false });
  const html =
    pageScript === undefined ? null : withPageScript(readFileSync(join(dist, 'index.html'), 'utf8'), pageScript);
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (html && (path === '/' || path === '/index.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(html);
      return;
    }
    files(req, res, () => ((res.statusCode = 404), res.end('Not found')));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  let closed;
  const close = () =>
    (closed ??= new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    }));
  return { origin, close };
}

/** `html` with `script` inline as the first child of its head, and the script's hash added to its CSP. */
function withPageScript(html, script) {
  const hash = createHash('sha256').update(script).digest('base64');
  const csp = /script-src 'self'/;
  if (!csp.test(html)) throw new Error('dist/pwa/index.html has no "script-src \'self\'" in its CSP to extend.');
  // Function replacements, so a "$" in the script is never read as a pattern.
  return html
    .replace(csp, () => `script-src 'self' 'sha256-${hash}'`)
    .replace('<head>', () => `<head><script>${script}</script>`);
}
