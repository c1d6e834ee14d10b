// Lint: typescript-eslint and the Lit plugin, plus the architecture's layers as rules: the rules
// module touches nothing of the browser; shared code never imports the PWA or the extension, and
// neither imports the other; components never reach storage, chrome.* or the service worker; the
// workers (service worker, extension background, *.worker.ts) load no DOM code. Each runtime's
// tsconfig guards the globals (tsconfig.json lists them).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

const browserOnly = ['window', 'document', 'navigator', 'indexedDB', 'localStorage', 'chrome', 'fetch', 'Date'];

// Import patterns for @typescript-eslint/no-restricted-imports (gitignore-style; one rule setting
// per file, so each layer repeats the patterns of the layers it belongs to).
const notTheApps = {
  group: ['**/pwa/**', '**/extension/**'],
  message: 'src/ is shared by the PWA and the extension: it imports neither (they pass what it needs in).',
};
const notThePwa = {
  group: ['**/pwa/**', '**/src/journal/**', '**/src/backup/**', '**/src/export/**'],
  message:
    'The extension never imports the PWA or its parts of src/ (journal, backup, export): shared code lives in src/.',
};
const notTheExtension = {
  group: ['**/extension/**'],
  message: 'The PWA never imports the extension: shared code lives in src/, messages go through src/sync.',
};
const noDomCode = {
  group: ['lit', 'lit/*', '@lit-labs/*', '**/components/**', 'idb', '**/journal/**'],
  message: 'A worker has no DOM and no journal: it imports no Lit, components or IndexedDB code.',
};
const restrictImports = (...patterns) => ({
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'src/i18n/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        location: 'readonly',
        console: 'readonly',
        customElements: 'readonly',
        HTMLElement: 'readonly',
        HTMLInputElement: 'readonly',
        Event: 'readonly',
        CustomEvent: 'readonly',
        performance: 'readonly',
        requestAnimationFrame: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        structuredClone: 'readonly',
        process: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-undef': 'off',
      // `import * as rules from '…/rules/index.ts'` kept every export of the rules (and the bundler's
      // runtime, to build the namespace object) in the first screen's chunk: 1 KB and a file more.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/^[.]/] > ImportNamespaceSpecifier',
          message: 'Import the names you use from the project’s own modules: a namespace import keeps all of them.',
        },
      ],
    },
  },
  {
    files: ['src/rules/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...browserOnly.map((name) => ({ name, message: 'src/rules is pure: pass dates and data in.' })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', 'idb', '../*', '!../vocabulary', '!../vocabulary/*'],
              message: 'src/rules imports nothing of the DOM, storage or the rest of src but the pure vocabulary.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/rules/**'],
    rules: restrictImports(notTheApps),
  },
  {
    // The hand-over links are shared with the extension's options page: pure, like the rules.
    files: ['src/handover/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...browserOnly.map((name) => ({
          name,
          message: 'src/handover is pure: the screens pass the address, dates and data in.',
        })),
      ],
      ...restrictImports(notTheApps, {
        group: ['lit', 'lit/*', 'idb', '**/journal/**', '**/backup/**', '**/export/**', '**/components/**'],
        message: 'src/handover is shared with the extension: it imports only the rules, the vocabulary and valibot.',
      }),
    },
  },
  {
    files: ['src/components/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'Components never call chrome.*: the extension adapters do.' },
        { name: 'indexedDB', message: 'Components never touch storage.' },
      ],
      ...restrictImports(
        notTheApps,
        {
          group: ['**/journal/*', '!**/journal/records.ts'],
          allowTypeImports: true,
          message:
            'Components take properties and send events: from src/journal they import records.ts (record types, limits, scalp areas) and types only; the adapters read and write.',
        },
        {
          group: ['idb', 'workbox-window'],
          message: 'Components never touch storage or the service worker: the adapters do.',
        },
      ),
    },
  },
  {
    files: ['src/**/*.worker.ts'],
    rules: restrictImports(notTheApps, noDomCode),
  },
  {
    files: ['pwa/**/*.ts'],
    rules: restrictImports(notTheExtension),
  },
  {
    files: ['pwa/sw.ts'],
    rules: restrictImports(notTheExtension, noDomCode),
  },
  {
    files: ['extension/**/*.ts'],
    rules: restrictImports(notThePwa),
  },
  {
    // The background service worker and its features; popup and options are pages.
    files: ['extension/**/*.ts'],
    ignores: ['extension/popup.ts', 'extension/options.ts', 'extension/manifest.config.ts'],
    rules: restrictImports(notThePwa, noDomCode),
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
