// Browser tests: TypeScript through esbuild, in Debian's Chromium (or CHROME_PATH), with the
// rules tests repeated in several time zones (TZ is set per browser process).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

const executablePath = findChromium();

/** A headless Chromium whose clock runs in time zone `tz`. */
function chromium(tz) {
  return chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      env: { ...process.env, TZ: tz },
      // A fake camera, granted without a prompt, for the photo-capture tests; and no throttling of
      // the pages that run side by side (the virtualised timeline needs frames in each of them).
      args: [
        ...CHROMIUM_ARGS,
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
        '--disable-backgrounding-occluded-windows',
      ],
    },
  });
}

// Zones chosen for their edges: DST at 01:00 UTC (London), DST at midnight local (Santiago),
// far ahead of UTC with southern-hemisphere DST (Auckland), a 45-minute offset (Kathmandu).
const OTHER_ZONES = ['America/Santiago', 'Pacific/Auckland', 'Asia/Kathmandu'];

// WTR_FILES runs just those files in one browser (handy while working on one component).
const onlyFiles = process.env.WTR_FILES?.split(',');

export default {
  files: onlyFiles ?? ['test/**/*.test.ts', '!test/e2e/**'],
  port: Number(process.env.WTR_PORT) || 8000,
  nodeResolve: true,
  // One page at a time: a page in a background tab gets no animation frames, and the virtualised
  // timeline renders its rows on frames.
  concurrency: 1,
  // Four browsers (one per time zone) run one after another on 2 cores; give the whole run time.
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 10000 } },
  browsers: [chromium('Europe/London')],
  groups: onlyFiles
    ? []
    : OTHER_ZONES.map((tz) => ({
        name: `rules-${tz.replace('/', '-').toLowerCase()}`,
        files: ['test/rules/**/*.test.ts'],
        browsers: [chromium(tz)],
      })),
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: './tsconfig.base.json',
      // The build settings src/config.ts reads (vite.config.ts gives the real ones), for the tests of
      // the PWA's screens: no extension is addressed from a test page.
      define: {
        'import.meta.env.VITE_PWA_ORIGIN': JSON.stringify('http://127.0.0.1:4173'),
        'import.meta.env.VITE_EXTENSION_ID': JSON.stringify(''),
      },
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
