/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /** The origin the PWA is served from (see `src/config.ts`). */
  readonly VITE_PWA_ORIGIN?: string;
}

// exifr's small build has no types of its own; it has the full build's API.
declare module 'exifr/dist/mini.esm.mjs' {
  export * from 'exifr';
}
