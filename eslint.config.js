// @ts-check
import { readdirSync, existsSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';

// Features never import each other: one zone per feature folder, so adding a feature adds its zone.
const featuresDir = 'src/features';
const features = existsSync(featuresDir)
  ? readdirSync(featuresDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : [];
const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features never import each other; compose them in src/app.',
}));

// TypeScript sees Node's types everywhere (one tsconfig), so name what browsers lack.
const nodeOnlyGlobals = ['process', 'Buffer', 'global', '__dirname', '__filename', 'require'].map(
  (name) => ({ name, message: 'Node-only: this code also runs in browsers.' }),
);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-demo',
      '.demo',
      'node_modules',
      'data',
      'coverage',
      'server/db/migrations',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            {
              target: [
                './src/components',
                './src/lib',
                './src/hooks',
                './src/utils',
                './src/stores',
                './src/config',
              ],
              from: ['./src/features', './src/app'],
              message: 'Shared code never imports features or the app.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'Features never import the app shell.',
            },
            {
              target: './src',
              from: './server',
              except: ['./contract'],
              message: 'The SPA shares only the API contract with the server.',
            },
            {
              target: ['./server/app', './server/contract'],
              from: [
                './server/db/open.ts',
                './server/db/prepare.ts',
                './server/db/reset.ts',
                './server/node',
                './server/env.ts',
              ],
              message: 'The API is platform-neutral: it is given its database and never opens one.',
            },
            {
              target: './server/contract',
              from: ['./server/app', './server/db', './src'],
              message: 'The contract is pure schemas: it imports nothing of the server or the SPA.',
            },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The API app runs in Node, in tests and (later) in the browser: nothing Node-only inside.
    files: ['server/app/**/*.ts', 'server/contract/**/*.ts', 'server/db/schema.ts'],
    rules: {
      'no-restricted-globals': ['error', ...nodeOnlyGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto'],
              message: 'Keep the API platform-neutral.',
            },
            {
              group: ['pg', '@hono/node-server', '@electric-sql/pglite*'],
              message: 'The app receives its database; it never opens one.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      'no-restricted-globals': ['error', ...nodeOnlyGlobals],
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
    },
  },
);
