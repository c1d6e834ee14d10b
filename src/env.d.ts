/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /** The origin the PWA is served from (see `src/config.ts`). */
  readonly VITE_PWA_ORIGIN?: string;
}
