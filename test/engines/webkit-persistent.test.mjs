// The journeys in WebKitGTK on an on-disk profile (webkit-profile-browser.py), as in Safari outside
// Private Browsing.
import { defineJourneys } from './journeys.mjs';
import { webkitEngine } from './webkit.mjs';

defineJourneys(webkitEngine({ persistent: true }));
