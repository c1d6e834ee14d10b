/**
 * What the journal state (journal-state.ts) needs around opening and writing: the store opened, how
 * photos are to be stored (a test switch), and any failure turned into the sentence a person sees.
 */
import { SentenceError } from '../../src/vocabulary/sentence-error.ts';
import { msg } from '@lit/localize';
import type { JournalStore } from '../../src/journal/store.ts';

/**
 * The sentence of an error, for a person: the app's own as written; an engine's turned into one
 * (failures.ts, the raw text to the console), loaded when first needed, as failures are rare.
 */
export async function errorSentence(error: unknown): Promise<string> {
  if (error instanceof SentenceError) return error.message;
  try {
    const { explainFailure } = await import('../../src/journal/failures.ts');
    return explainFailure(error);
  } catch {
    console.warn('Shown to the person as a sentence:', error);
    return msg('Something went wrong, so nothing was changed. Reload the page and try again.');
  }
}

/**
 * The test switch for how photos are stored: `localStorage['smp-image-storage'] = 'bytes'` keeps
 * them as bytes, as in a browser whose IndexedDB refuses Blobs, so the end-to-end tests prove that
 * path in Chromium. A stored key, not a build flag or a URL parameter: the tests run the production
 * build, and a link cannot set it. Either way the photos are kept whole; only the probe is skipped.
 */
export function imageStorageSwitch(): 'auto' | 'bytes' {
  try {
    return localStorage.getItem('smp-image-storage') === 'bytes' ? 'bytes' : 'auto';
  } catch {
    return 'auto'; // Storage blocked: the probe decides.
  }
}

/** Opens the journal's store, its code loaded now; `onNotice` hears of another tab in the way of an update. */
export async function openJournalStore(onNotice: (sentence: string) => void): Promise<JournalStore> {
  const { IdbJournalStore } = await import('../../src/journal/store.ts');
  return IdbJournalStore.open(
    undefined,
    {
      onBlocked: () =>
        onNotice(
          msg(
            'The app was updated, but another tab still has the old version open. Close the other SMP Aftercare tabs to finish.',
          ),
        ),
      onVersionChange: () =>
        onNotice(msg('A newer version of the app is open in another tab. Reload this page to keep using it.')),
    },
    { images: imageStorageSwitch() },
  );
}
