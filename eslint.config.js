// Lint: typescript-eslint and the Lit plugin, plus the architecture's boundaries as rules:
// the rules module touches nothing of the browser; components never reach storage or chrome.*.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

const browserOnly = ['window', 'document', 'navigator', 'indexedDB', 'localStorage', 'chrome', 'fetch', 'Date'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
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
              group: ['lit', 'lit/*', 'idb', '../*'],
              message: 'src/rules imports nothing of the DOM, storage or the rest of src.',
            },
          ],
        },
      ],
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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['idb', '**/journal/store.ts', '**/journal/db.ts', 'workbox-window'],
              message:
                'Components take properties and send events; only adapters touch storage and the service worker.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
