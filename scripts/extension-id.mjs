// The extension's id is not chosen: Chromium derives it from the public key in its manifest
// (extension/manifest.config.ts). It is computed from that key here, for the build (which gives it
// to the PWA) and for the tests and benchmarks (from the built manifest), so it is written nowhere.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The id Chromium gives an extension whose manifest `key` is `publicKey` (base64 DER). */
export function extensionIdOf(publicKey) {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}

/** The id of the built extension in `folder` (default dist/extension), from its manifest's key. */
export function builtExtensionId(folder = new URL('../dist/extension/', import.meta.url).pathname) {
  return extensionIdOf(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')).key);
}
