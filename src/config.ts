/**
 * Build-time settings shared by the PWA and the extension, given by vite.config.ts. `PWA_ORIGIN`
 * is where the PWA is served (the extension accepts plans only from there); `EXTENSION_ID` follows
 * from the `key` in the extension's manifest, so the PWA can address it.
 */

/** The origin the PWA is served from; set `PWA_ORIGIN` at build time to change it. */
export const PWA_ORIGIN: string = import.meta.env.VITE_PWA_ORIGIN;

/** The companion extension's id (stable because its manifest carries a public key). */
export const EXTENSION_ID: string = import.meta.env.VITE_EXTENSION_ID;
