// The layers are guarded by lint (eslint.config.js): each row lints one import as if it were in a
// file of that layer and expects it allowed, or refused by the import rule.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const root = new URL('../../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

const IMPORT_RULES = ['no-restricted-imports', '@typescript-eslint/no-restricted-imports'];

const CASES = [
  // Components take properties: from the journal only records.ts, and types.
  ['src/components/x/x.ts', `import { SCALP_AREAS } from '../../journal/records.ts';`, true],
  ['src/components/x/x.ts', `import type { JournalStore } from '../../journal/store.ts';`, true],
  ['src/components/x/x.ts', `import { IdbJournalStore } from '../../journal/store.ts';`, false],
  ['src/components/x/x.ts', `import { readStorageHealth } from '../../journal/storage-health.ts';`, false],
  ['src/components/x/x.ts', `import { openDB } from 'idb';`, false],
  ['src/components/x/x.ts', `import { Workbox } from 'workbox-window';`, false],
  ['src/components/x/x.ts', `import { registerServiceWorker } from '../../../pwa/sw-bridge.ts';`, false],
  ['src/components/x/x.ts', `import { html } from 'lit';`, true],
  // Shared code imports neither app.
  ['src/export/x.ts', `import { sendPlanToExtension } from '../../pwa/extension-bridge.ts';`, false],
  ['src/sync/x.ts', `import { refreshBadge } from '../../extension/badge.ts';`, false],
  // The rules import nothing of the DOM, storage or Lit.
  ['src/rules/x.ts', `import { html } from 'lit';`, false],
  ['src/rules/x.ts', `import { openDB } from 'idb';`, false],
  // The hand-over links are pure and shared with the extension's options page.
  ['src/handover/x.ts', `import { validateRegimen } from '../rules/index.ts';`, true],
  ['src/handover/x.ts', `import { html } from 'lit';`, false],
  ['src/handover/x.ts', `import { IdbJournalStore } from '../journal/store.ts';`, false],
  ['extension/options.ts', `import { readHandoverLink } from '../src/handover/index.ts';`, true],
  // The PWA and the extension never import each other.
  ['pwa/app/x.ts', `import { badgeLook } from '../../extension/badge-look.ts';`, false],
  ['extension/popup.ts', `import { readRegimenLink } from '../pwa/app/regimen-link.ts';`, false],
  ['extension/popup.ts', `import '../src/components/status-card/status-card.ts';`, true],
  ['extension/options.ts', `import type { JournalStore } from '../src/journal/store.ts';`, false],
  ['extension/x.ts', `import { makeBackup } from '../src/backup/write.ts';`, false],
  // The workers (extension background, service worker, *.worker.ts) load no DOM code.
  ['extension/x.ts', `import { statusOn } from '../src/rules/index.ts';`, true],
  ['extension/x.ts', `import { html } from 'lit';`, false],
  ['extension/x.ts', `import '../src/components/status-card/status-card.ts';`, false],
  ['pwa/sw.ts', `import { html } from 'lit';`, false],
  ['src/journal/x.worker.ts', `import { html } from 'lit';`, false],
  ['src/workers/x.worker.ts', `import { openDB } from 'idb';`, false],
];

describe('lint guards the layers', () => {
  for (const [filePath, line, allowed] of CASES) {
    it(`${allowed ? 'allows' : 'refuses'} in ${filePath}: ${line}`, async () => {
      const [result] = await eslint.lintText(`${line}\n`, { filePath: `${root}${filePath}` });
      const refusals = result.messages.filter((message) => IMPORT_RULES.includes(message.ruleId ?? ''));
      if (allowed) assert.deepEqual(refusals, []);
      else assert.equal(refusals.length, 1, JSON.stringify(result.messages));
    });
  }
});
