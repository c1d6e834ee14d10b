// The journeys in WebKitGTK's MiniBrowser through WebKitWebDriver. Its automation session is
// ephemeral, which is WebKit's Private Browsing, kept on purpose: IndexedDB there refuses Blobs, as
// Safari's Private Browsing does. What that does today (seen in every run, so marked as known
// failures that still run; the storage task turns them back on):
// - photo import: one photo ends with the engine's own "Error preparing Blob/File data to be stored
//   in object store" on screen; two or more hang at "Adding photo 2 of 3" for good;
// - the timeline, compare and the backup need those photos (and the backup, like the report, then
//   hangs: "Making the report…" never ends, no file is handed over); the restore needs the backup.
import { JOURNEYS, defineJourneys } from './journeys.mjs';
import { webkitEngine } from './webkit.mjs';

const BLOBS = 'WebKit ephemeral IndexedDB refuses Blobs: fixed by the storage task';

defineJourneys(webkitEngine(), {
  todo: {
    [JOURNEYS.importPhotos]: BLOBS,
    [JOURNEYS.timeline]: BLOBS,
    [JOURNEYS.compare]: BLOBS,
    [JOURNEYS.backup]: BLOBS,
    [JOURNEYS.report]: BLOBS,
    [JOURNEYS.restore]: BLOBS,
  },
});
