/** The web app manifest: what makes the PWA installable, with a "Check in" shortcut. */
import type { ManifestOptions } from 'vite-plugin-pwa';
import { THEME_COLOR } from '../src/brand.ts';

/** The web app manifest written to dist/pwa/manifest.webmanifest. */
export const webAppManifest: Partial<ManifestOptions> = {
  id: './',
  name: 'SMP Aftercare Journal',
  short_name: 'SMP Journal',
  description:
    'What you may and may not do today while your scalp micropigmentation heals, a healing diary and a daily check-in. Private, offline.',
  start_url: './',
  scope: './',
  display: 'standalone',
  orientation: 'portrait',
  background_color: '#f6f4f1',
  theme_color: THEME_COLOR,
  lang: 'en',
  categories: ['health', 'lifestyle'],
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    {
      name: 'Check in',
      short_name: 'Check in',
      description: 'Log today’s swelling, temperature and how the scalp feels',
      url: './#/check-in',
      icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
};
