// The journeys in Chromium (Debian's /usr/bin/chromium, playwright-core).
import { chromiumEngine } from './chromium.mjs';
import { defineJourneys } from './journeys.mjs';

defineJourneys(chromiumEngine);
