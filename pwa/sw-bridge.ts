/**
 * The page's side of the service worker: registration, the "update available" prompt and
 * skip-waiting, all here (workbox-window). The app shows `onUpdateReady` as an "Update" button
 * instead of swapping versions under the person's feet.
 */
import { Workbox } from 'workbox-window';

/** Registers the service worker; calls `onUpdateReady(apply)` when a new version is waiting. */
export function registerServiceWorker(onUpdateReady: (apply: () => void) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const workbox = new Workbox('./sw.js', { scope: './' });
  workbox.addEventListener('waiting', () => {
    onUpdateReady(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  void workbox.register();
}
