import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next*/',
      '.screenshots/',
      'test-results/',
      'playwright-report/',
      'next-env.d.ts',
      '.emulator/',
      '*.config.js',
      '*.config.mjs',
      // Turbopack loaders: plain CommonJS that Next runs at build time, outside the TypeScript project (like next.config.js).
      'build/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  reactHooks.configs.flat.recommended,
  {
    files: ['**/*.tsx', '**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Template literals with numbers and booleans read naturally in messages and URLs.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `onChange={({ detail }) => setValue(detail.value)}` is the Cloudscape idiom; braces would add nothing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // A test that dereferences a missing value fails, which is what an assertion would do.
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
