// One lint configuration for the workspace, run by `npm test` (npm run lint). Beyond the usual
// TypeScript and React hooks rules it enforces the direction of imports, so the layout stays
// what the README says:
// - backend: the core (config, database, GraphQL, auth, storage, jobs…) knows no domain;
// - web app: app → features → components / lib; no feature imports another (shared pieces move
//   down to components/ or lib/).
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['auth', 'brand', 'campaigns', 'moderation', 'notifications', 'profiles', 'search', 'stories', 'submit'];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'frontend/src/gql/**', 'migrations/**', '**/coverage/**', 'data/**'],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Specs poke at raw GraphQL results; `any` there reads better than a type per query.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.test.ts', '**/*.test.tsx', '**/testing/**', 'frontend/e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Plain CommonJS files jest loads directly.
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['backend/src/core/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './backend/src/core',
              from: ['./backend/src/modules', './backend/src/demo', './backend/src/app.module.ts', './backend/src/app.entities.ts'],
              message: 'The core knows no domain: give it a port (an abstract class) that the domain implements, wired in app.module.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['frontend/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The two classic rules; the React Compiler's stricter ones (refs, effects) are not adopted yet.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./frontend/src/components', './frontend/src/lib'],
              from: ['./frontend/src/features', './frontend/src/app'],
              message: 'components/ and lib/ are shared by every feature: they import no feature and not the app.',
            },
            {
              target: './frontend/src/features',
              from: './frontend/src/app',
              message: 'Features do not import the app shell; the app imports features.',
            },
            ...FEATURES.map((feature) => ({
              target: `./frontend/src/features/${feature}`,
              from: './frontend/src/features',
              except: [`./${feature}`],
              message: 'No feature imports another: move what both need to components/ or lib/.',
            })),
          ],
        },
      ],
    },
  },
);
