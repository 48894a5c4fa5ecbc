/**
 * Lint: typescript-eslint's recommended rules and the rules of hooks, nothing pedantic.
 * Type-aware linting is left to `npm run typecheck` (tsc, strict), which is faster and already runs in `npm test`.
 */
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');

module.exports = tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/.build/', '.e2e-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // An underscore marks a parameter or binding kept on purpose (a callback's position, a destructured rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      // Stripping control characters out of untrusted ticket text is a job this app has; the regex is the tool.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'spec/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // The two classic rules: hooks called unconditionally, effects listing what they read. The React Compiler rules
    // of the plugin's newer presets are not used: this app does not run the compiler.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['src/**', 'harness/host/**'], languageOptions: { globals: globals.browser } },
  { files: ['scripts/**', 'harness/**', 'bench/**', 'e2e/**', 'spec/**'], languageOptions: { globals: globals.node } },
  {
    // The tool configs at the root and CI's jest reporter are CommonJS, read by node.
    files: ['*.js', 'scripts/ci/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
