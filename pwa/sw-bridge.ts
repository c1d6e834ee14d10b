/**
 * The page's side of the service worker: registration, the "update available" prompt and
 * skip-waiting, all here (workbox-window). The app shows `onUpdateReady` as an "Update" button
 * instead of swapping versions under the person's feet.
 */

/**
 * Registers the service worker once the page has loaded and is idle (so its precaching never
 * competes with the first screen) and calls `onUpdateReady(apply)` when a new version is waiting.
 * workbox-window is loaded then too, so it is not part of the code the first screen waits for.
 */
export function registerServiceWorker(onUpdateReady: (apply: () => void) => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => registerAfterLoad(onUpdateReady), { timeout: 2000 });
  else setTimeout(() => registerAfterLoad(onUpdateReady), 200);
}

function registerAfterLoad(onUpdateReady: (apply: () => void) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const register = () =>
    import('workbox-window')
      .then(({ Workbox }) => {
        const workbox = new Workbox('./sw.js', { scope: './' });
        workbox.addEventListener('waiting', () => {
          onUpdateReady(() => {
            workbox.addEventListener('controlling', () => window.location.reload());
            workbox.messageSkipWaiting();
          });
        });
        return workbox.register();
      })
      .catch(() => undefined); // Offline before it was ever cached: the next visit registers it.
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
