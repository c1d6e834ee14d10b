// Finds a Chromium (or Chrome) binary: CHROME_PATH first, then the usual Debian/Ubuntu places.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Path of a Chromium binary, or null when none is installed. */
export function findChromiumOrNull() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** The sentence shown when no browser can be found. */
export const NO_BROWSER_MESSAGE =
  'No Chromium found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROME_PATH to a Chrome or Chromium binary.';

/** Path of a Chromium binary; throws the install hint when there is none. */
export function findChromium() {
  const path = findChromiumOrNull();
  if (!path) throw new Error(NO_BROWSER_MESSAGE);
  return path;
}

/** The flags that let Chromium run headless on a machine with no network and no sandbox. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The app follows the browser's language: tests and screenshots speak the source language, en-GB,
  // unless a test asks for another (playwright's `locale`). Without it Chromium says en-US here.
  '--accept-lang=en-GB',
];
