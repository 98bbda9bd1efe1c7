import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DOMAIN_ONLY = 'src/domain imports only src/domain and zod.';

/** `no-restricted-imports` refusing every import whose source matches `regex`. */
function refuseImports(regex, message) {
  return ['error', { patterns: [{ regex, message }] }];
}

export default tseslint.config(
  { ignores: ['node_modules/', 'src/generated/', 'dist/', 'console/src/api/schema.d.ts', 'coverage/', '.data/', 'jest.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The domain is pure and shared by every layer, workflows included: it imports only itself and
    // zod (one block per folder depth, since the patterns see the import as written).
    files: ['src/domain/*.ts'],
    rules: { 'no-restricted-imports': refuseImports('^(?!zod$|\\./)', DOMAIN_ONLY) },
  },
  {
    files: ['src/domain/*/*.ts'],
    rules: { 'no-restricted-imports': refuseImports('^(?!zod$|\\./|\\.\\./[\\w-]+$)', DOMAIN_ONLY) },
  },
  {
    // The console runs in the browser: it imports itself, its libraries and the pure domain (the
    // access table, roles, money), never the server's code or Node built-ins.
    files: ['console/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': refuseImports(
        '^(node:|(\\.\\./)+(src/(?!domain/)|workflows|activities|prisma|tests))',
        'The console imports only console/, its libraries and src/domain.',
      ),
    },
  },
  {
    // Use cases and the schemas sit below the API: the API imports them, never the other way.
    files: ['src/use-cases/**/*.ts', 'src/schemas/**/*.ts'],
    rules: { 'no-restricted-imports': refuseImports('^(\\.\\./)+api(/|$)', 'Use cases and schemas never import src/api; the API maps them to HTTP.') },
  },
  {
    // Activities import no workflow file: what both sides need lives in src/domain.
    files: ['activities/**/*.ts'],
    rules: {
      'no-restricted-imports': refuseImports('^(\\.\\./)+workflows(/|$)', 'Activities import nothing from workflows/; shared shapes live in src/domain.'),
    },
  },
  {
    // Workflow code is replayed, and each cached workflow keeps its own copy of what it imports:
    // values only from the SDK, src/domain and workflows/ (so no I/O, no Node built-ins, no Prisma,
    // no zod); the activities by type only, for proxyActivities. Inside the sandbox Date and
    // Math.random are the SDK's deterministic versions.
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!@temporalio/(workflow|common)$|\\./|\\.\\./src/domain/|\\.\\./activities(/|$))',
              message: 'Workflow code imports values only from @temporalio/workflow, @temporalio/common, src/domain and workflows/.',
            },
            { regex: '^\\.\\./activities(/|$)', allowTypeImports: true, message: 'Workflow code takes the activities by type only (`import type`, then proxyActivities).' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Use sleep() from @temporalio/workflow.' },
        { name: 'setInterval', message: 'Use sleep() in a loop from @temporalio/workflow.' },
        { name: 'fetch', message: 'Workflow code does no I/O; use an activity.' },
        { name: 'process', message: 'Workflow code may not read the environment.' },
      ],
    },
  },
);
