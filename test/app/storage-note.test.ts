import { expect } from 'chai';
import { html } from 'lit';
import {
  SAFARI_NOTE_DISMISSED,
  currentEnvironment,
  isIosBrowserTab,
  type BrowserEnvironment,
  type StorageNote,
} from '../../pwa/app/storage-note.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { fixture } from '../helpers/fixture.ts';

// Real user agents of the browsers in question.
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
const IPHONE_CHROME =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/138.0.7204.119 Mobile/15E148 Safari/604.1';
const IPAD_MOBILE =
  'Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1';
// iPadOS asks for desktop sites by default: its Safari says it is a Mac.
const MAC_SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36';

const env = (userAgent: string, maxTouchPoints = 5, standalone = false): BrowserEnvironment => ({
  userAgent,
  maxTouchPoints,
  standalone,
});

const text = (note: StorageNote) => note.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('the storage note on Today', () => {
  beforeEach(() => localStorage.removeItem(SAFARI_NOTE_DISMISSED));
  afterEach(() => localStorage.removeItem(SAFARI_NOTE_DISMISSED));

  describe('isIosBrowserTab', () => {
    it('is true in a browser tab on an iPhone, in Safari or any other iOS browser', () => {
      expect(isIosBrowserTab(env(IPHONE_SAFARI))).to.equal(true);
      expect(isIosBrowserTab(env(IPHONE_CHROME))).to.equal(true);
    });

    it('is true on an iPad, also when it reports itself as a Mac with a touch screen', () => {
      expect(isIosBrowserTab(env(IPAD_MOBILE))).to.equal(true);
      expect(isIosBrowserTab(env(MAC_SAFARI, 5))).to.equal(true);
    });

    it('is false on a Mac (no touch points), on Android, and in the installed app', () => {
      expect(isIosBrowserTab(env(MAC_SAFARI, 0))).to.equal(false);
      expect(isIosBrowserTab(env(ANDROID_CHROME))).to.equal(false);
      expect(isIosBrowserTab(env(IPHONE_SAFARI, 5, true))).to.equal(false);
      expect(isIosBrowserTab(env(MAC_SAFARI, 5, true))).to.equal(false);
    });

    it('reads this browser (headless Chromium on Linux, in a tab) as no iOS tab', () => {
      const here = currentEnvironment();
      expect(here.userAgent).to.equal(navigator.userAgent);
      expect(here.standalone).to.equal(false);
      expect(isIosBrowserTab(here)).to.equal(false);
    });
  });

  describe('<smp-storage-note>', () => {
    it('in an iPhone tab, says Safari may clear the data after 7 days, how to add the app, that the journals are separate; axe-clean', async () => {
      const note = await fixture<StorageNote>(
        html`<smp-storage-note .environment=${env(IPHONE_SAFARI)} .persisted=${true} asked></smp-storage-note>`,
      );
      const shown = text(note);
      expect(shown).to.include('Safari may clear this site’s data, your journal with it, after 7 days without a visit');
      expect(shown).to.include('tap Share, then “Add to Home Screen”');
      expect(shown).to.include('The Home Screen app has a journal of its own, separate from this tab’s');
      expect(shown).to.include('make a backup here and restore it in the app');
      // Kept by the browser: no second line.
      expect(shown).not.to.include('has not agreed');
      await expectNoAxeViolations(note);
    });

    it('shows nothing on a desktop or Android browser that keeps the journal, nor in the installed app', async () => {
      for (const where of [env(ANDROID_CHROME), env(MAC_SAFARI, 0), env(IPHONE_SAFARI, 5, true)]) {
        const note = await fixture<StorageNote>(
          html`<smp-storage-note .environment=${where} .persisted=${true} asked></smp-storage-note>`,
        );
        expect(text(note), where.userAgent).to.equal('');
      }
    });

    it('stays dismissed once dismissed, also for the note made anew after a reload', async () => {
      const note = await fixture<StorageNote>(
        html`<smp-storage-note .environment=${env(MAC_SAFARI, 5)}></smp-storage-note>`,
      );
      const button = note.shadowRoot?.querySelector('button');
      expect(button?.textContent?.trim()).to.equal('Got it, hide this');
      button?.click();
      await note.updateComplete;
      expect(text(note)).to.equal('');
      expect(localStorage.getItem(SAFARI_NOTE_DISMISSED)).to.equal('1');
      // A reload makes the element anew; what it remembers comes from localStorage.
      note.remove();
      const again = await fixture<StorageNote>(
        html`<smp-storage-note .environment=${env(MAC_SAFARI, 5)}></smp-storage-note>`,
      );
      expect(text(again)).to.equal('');
      localStorage.removeItem(SAFARI_NOTE_DISMISSED);
      const fresh = await fixture<StorageNote>(
        html`<smp-storage-note .environment=${env(MAC_SAFARI, 5)}></smp-storage-note>`,
      );
      expect(text(fresh)).to.include('7 days without a visit');
    });

    it('says when the browser, asked, did not agree to keep the journal; says nothing when it did or was not asked', async () => {
      const android = env(ANDROID_CHROME);
      const notKept = await fixture<StorageNote>(
        html`<smp-storage-note .environment=${android} .persisted=${false} asked></smp-storage-note>`,
      );
      expect(text(notKept)).to.include(
        'This browser has not agreed to keep your journal for good: it may clear it when the device runs low on space.',
      );
      expect(notKept.shadowRoot?.querySelector('a')?.getAttribute('href')).to.equal('#/share');
      await expectNoAxeViolations(notKept);
      const kept = await fixture<StorageNote>(
        html`<smp-storage-note .environment=${android} .persisted=${true} asked></smp-storage-note>`,
      );
      expect(text(kept)).to.equal('');
      const notAsked = await fixture<StorageNote>(
        html`<smp-storage-note .environment=${android} .persisted=${false}></smp-storage-note>`,
      );
      expect(text(notAsked)).to.equal('');
    });

    it('reads the browser’s own answer when asked and not told', async () => {
      const kept = await navigator.storage.persisted();
      const note = await fixture<StorageNote>(
        html`<smp-storage-note .environment=${env(ANDROID_CHROME)} asked></smp-storage-note>`,
      );
      for (let i = 0; i < 50 && note.persisted === null; i += 1) await new Promise((r) => setTimeout(r, 10));
      await note.updateComplete;
      expect(note.persisted).to.equal(kept);
      expect(text(note).includes('has not agreed')).to.equal(!kept);
    });
  });
});
