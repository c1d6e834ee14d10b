/** Whether a location hash is a hand-over link: the app's start-up checks this, before any decoding code loads. */
export function isHandoverHash(hash: string): boolean {
  return hash.startsWith('#regimen=') || hash.startsWith('#plan=');
}
