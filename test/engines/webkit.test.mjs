// The journeys in WebKitGTK's MiniBrowser through WebKitWebDriver. Its automation session is
// ephemeral, which is WebKit's Private Browsing, kept on purpose: IndexedDB there refuses Blobs, as
// Safari's Private Browsing does, so every journey with photos runs the Blob-less path (originals
// kept as bytes with their type, src/journal/image-storage.ts): import, timeline, compare, backup,
// report and restore all pass here.
import { defineJourneys } from './journeys.mjs';
import { webkitEngine } from './webkit.mjs';

defineJourneys(webkitEngine());
