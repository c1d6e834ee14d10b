/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /** The origin the PWA is served from (see `src/config.ts`). */
  readonly VITE_PWA_ORIGIN?: string;
}

// exifr's small build has no types of its own. The full build's types bring Node's (`process`,
// `Buffer`) into every program that sees them, pages included, so the two functions used are declared here.
declare module 'exifr/dist/mini.esm.mjs' {
  /** The photo's tags (keyed by number with `translateKeys: false`), or undefined when it has none. */
  export function parse(data: Blob | ArrayBuffer, options?: Record<string, boolean>): Promise<unknown>;
  /** The photo's GPS position, or undefined when it has none. */
  export function gps(data: Blob | ArrayBuffer): Promise<{ latitude: number; longitude: number } | undefined>;
}
