/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

// Defined by vite.config.ts for every build (see src/config.ts).
interface ImportMetaEnv {
  /** The origin the PWA is served from. */
  readonly VITE_PWA_ORIGIN: string;
  /** The companion extension's id, derived from its manifest's key. */
  readonly VITE_EXTENSION_ID: string;
  /** The brand colour (src/brand.ts), for pwa/index.html's theme-color. */
  readonly VITE_THEME_COLOR: string;
}

// exifr's small build has no types of its own. The full build's types bring Node's (`process`,
// `Buffer`) into every program that sees them, pages included, so the two functions used are declared here.
declare module 'exifr/dist/mini.esm.mjs' {
  /** The photo's tags (keyed by number with `translateKeys: false`), or undefined when it has none. */
  export function parse(data: Blob | ArrayBuffer, options?: Record<string, boolean>): Promise<unknown>;
  /** The photo's GPS position, or undefined when it has none. */
  export function gps(data: Blob | ArrayBuffer): Promise<{ latitude: number; longitude: number } | undefined>;
}

// exifr's lite build (loaded only for HEIC photos, whose EXIF the small build cannot find): the same function.
declare module 'exifr/dist/lite.esm.mjs' {
  /** The photo's tags (keyed by number with `translateKeys: false`), or undefined when it has none. */
  export function parse(data: Blob | ArrayBuffer, options?: Record<string, boolean>): Promise<unknown>;
}

// libheif-js's wasm bundle (src/workers/heif.ts declares the parts it uses): its default export
// starts an Emscripten module with the given settings and returns it.
declare module 'libheif-js/libheif-wasm/libheif-bundle.mjs' {
  /** Starts libheif; `onRuntimeInitialized` is called when it can decode. */
  export default function start(settings?: {
    onRuntimeInitialized?: () => void;
    onAbort?: (why: unknown) => void;
  }): unknown;
}
