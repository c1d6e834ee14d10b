/** The extension's Manifest V3, built by @crxjs/vite-plugin. Permissions: the fewest that work. */
import { defineManifest } from '@crxjs/vite-plugin';

/**
 * The public half of the extension's signing key. Chromium derives the extension's id from it, so
 * the id is the same for every build and the PWA can address it (scripts/extension-id.mjs).
 */
export const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAkHSvKmt59YxSqZfzsRMvk5UYZB2J/E4418gLef/CkgjSZ+exD/x4iaaqzwqyDvvUZ0lzS0pI5TZmjuR9UozADI8ae9ry0LneHiPePjTnCSIrmiuojySF6OBcF2PPtGGk4DHJHlL2pKEFpZ8MhmxUm1Q/ZACYk2cHxRscNoaU4nhOsaZozQc/b/SEUN6+wO22bN97LUdiWjoyvx0P8G1XhZ0ax1mABZR4fJTU55rHLHNaMcYyzAudnyJuPJpn80dKqK6ET2lBAZC5L7itb4Wg0LDFEvpCzVGuEHM0pdhgX+6efFs9J3PRVCFQQZZ7euTPcuiTAYUqVWkAWouxLF8D1QIDAQAB';

/** The manifest of an extension that follows the PWA served from `pwaOrigin`. */
export function extensionManifest(pwaOrigin: string) {
  // externally_connectable match patterns take no port: allow the PWA's host on any port.
  const { protocol, hostname } = new URL(pwaOrigin);
  return defineManifest({
    manifest_version: 3,
    // Chrome's words, in the browser's language, from _locales (scripts/i18n-extension.mjs writes them
    // from the catalogue; extension/manifest-words.ts holds their English).
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en_GB',
    version: '0.1.0',
    key: EXTENSION_KEY,
    minimum_chrome_version: '120',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_popup: 'popup.html',
      default_title: '__MSG_extActionTitle__',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    background: { service_worker: 'background.ts', type: 'module' },
    options_ui: { page: 'options.html', open_in_tab: true },
    permissions: ['storage', 'alarms'],
    optional_permissions: ['notifications'],
    externally_connectable: { matches: [`${protocol}//${hostname}/*`] },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'",
    },
  });
}
