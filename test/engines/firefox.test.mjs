// The journeys in Firefox ESR (Debian's firefox-esr, puppeteer-core over WebDriver BiDi).
import { firefoxEngine } from './firefox.mjs';
import { defineJourneys } from './journeys.mjs';

defineJourneys(firefoxEngine);
