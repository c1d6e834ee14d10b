// One config, two builds: `vite build --mode pwa` writes the installable web app to dist/pwa,
// `vite build --mode extension` the unpacked Chromium extension to dist/extension. Kept apart
// because one mixed build leaks files (the manifest, the service worker) between the two.
import { crx } from '@crxjs/vite-plugin';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { EXTENSION_KEY, extensionManifest } from './extension/manifest.config.ts';
import { webAppManifest } from './pwa/manifest.ts';
import { extensionIdOf } from './scripts/extension-id.mjs';
import { THEME_COLOR } from './src/brand.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// Where the PWA is served unless PWA_ORIGIN says otherwise: `npm start` (vite preview) serves it here.
const DEFAULT_PWA_ORIGIN = new URL('http://127.0.0.1:4173');
const pwaOrigin = process.env.PWA_ORIGIN ?? DEFAULT_PWA_ORIGIN.origin;

// The build-time settings the code reads from import.meta.env (src/config.ts); pwa/index.html uses
// %VITE_THEME_COLOR%. Each has one source: the origin above, the extension's key, src/brand.ts.
const settings = {
  'import.meta.env.VITE_PWA_ORIGIN': JSON.stringify(pwaOrigin),
  'import.meta.env.VITE_EXTENSION_ID': JSON.stringify(extensionIdOf(EXTENSION_KEY)),
  'import.meta.env.VITE_THEME_COLOR': JSON.stringify(THEME_COLOR),
};

// jsPDF's optional HTML/SVG helpers, unused by the report: kept out of the bundle and the precache.
const unusedJsPdfHelpers = Object.fromEntries(
  ['html2canvas', 'dompurify', 'canvg'].map((name) => [name, here('./src/export/jspdf-unused.ts')]),
);

/**
 * Allows pwa/index.html's two inline scripts (the theme and the early database opening before the
 * first paint; Today's copy from the last start) by their hashes in the page's Content-Security-Policy
 * (`%INLINE_SCRIPT_HASHES%`), worked out from the page as built, so no other inline script runs and
 * an edit of either cannot fall out of step with the policy.
 */
function inlineScriptHash(): Plugin {
  return {
    name: 'smp-inline-script-hash',
    transformIndexHtml: {
      order: 'post',
      handler(page) {
        const inline = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
        if (inline.length !== 2)
          throw new Error(`pwa/index.html should have two inline scripts, not ${inline.length}.`);
        const hashes = inline.map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`);
        return page.replace('%INLINE_SCRIPT_HASHES%', hashes.join(' '));
      },
    },
  };
}

function pwaConfig(): UserConfig {
  return {
    root: here('./pwa'),
    publicDir: here('./public/app'),
    base: './',
    define: settings,
    resolve: { alias: unusedJsPdfHelpers },
    build: {
      outDir: here('./dist/pwa'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      // Every browser the app supports (Chromium, Firefox, Safari 17+) preloads modules itself: no polyfill in the first screen.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          // What the first screen runs, beside its entry, in one chunk: Lit's core, the rules and the
          // small shared modules (with valibot and date-fns), and Vite's preload helper. Left to
          // itself the bundler makes six files of them; each is one more trip through the service
          // worker on every start, and one chunk compresses better whole (the first-screen budget).
          codeSplitting: {
            groups: [
              {
                name: 'shared',
                test: new RegExp(
                  [
                    /src\/(rules\/|vocabulary\/(words|levels|flags|sentence-error|text|issues)\.ts|i18n\/languages\.ts|reminder\/reminder-time\.ts)/,
                    /node_modules\/(valibot|date-fns|@date-fns)\//,
                    /node_modules\/(@lit\/reactive-element\/(css-tag|reactive-element)|lit-html\/(lit-html|directive|directive-helpers)|lit-element\/lit-element|lit\/index)\.js/,
                    /preload-helper/,
                  ]
                    .map((part) => part.source)
                    .join('|'),
                ),
              },
            ],
          },
        },
      },
    },
    preview: { host: DEFAULT_PWA_ORIGIN.hostname, port: Number(DEFAULT_PWA_ORIGIN.port), strictPort: true },
    server: { host: '127.0.0.1', port: 5173 },
    // ES module workers, so the photo worker loads the HEIC decoder (2 MB) as a chunk of its own, only when a HEIC comes.
    worker: { format: 'es' },
    plugins: [
      inlineScriptHash(),
      VitePWA({
        strategies: 'injectManifest',
        srcDir: '.',
        filename: 'sw.ts',
        registerType: 'prompt',
        injectRegister: false,
        manifest: webAppManifest,
        injectManifest: {
          globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest}'],
          globIgnores: ['**/*.map'],
          // The HEIC decoder (libheif-js's bundle, wasm inside, about 2 MB, 0.7 MB gzip) is precached
          // with the rest, so a HEIC photo opens offline too; workbox's default limit (2 MiB) is too
          // close to its size to rely on.
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        },
        devOptions: { enabled: false },
      }),
    ],
  };
}

function extensionConfig(): UserConfig {
  return {
    root: here('./extension'),
    publicDir: here('./public/extension'),
    define: settings,
    build: {
      outDir: here('./dist/extension'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
    },
    plugins: [crx({ manifest: extensionManifest(pwaOrigin) })],
  };
}

/** The benchmark page (npm run bench): the real modules, built like the app, without the PWA parts. */
function benchConfig(): UserConfig {
  return {
    root: here('./bench'),
    base: './',
    define: settings,
    resolve: { alias: unusedJsPdfHelpers },
    build: { outDir: here('./dist/bench'), emptyOutDir: true, target: 'es2022' },
    worker: { format: 'es' },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'pwa') return pwaConfig();
  if (mode === 'bench') return benchConfig();
  if (mode === 'extension') return extensionConfig();
  throw new Error(`Unknown mode "${mode}": build with --mode pwa, --mode extension or --mode bench.`);
});
