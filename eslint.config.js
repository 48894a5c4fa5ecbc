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
  ...layerRules(),
  { files: ['scripts/**', 'harness/**', 'bench/**', 'e2e/**', 'spec/**'], languageOptions: { globals: globals.node } },
  {
    // The tool configs at the root and CI's jest reporter are CommonJS, read by node.
    files: ['*.js', 'scripts/ci/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

/**
 * The layers of src/ (docs/development.md, "Project layout"): triage is pure logic, trees are data in triage's tree model,
 * zendesk is the only I/O and the only code that talks to ZAF, app is the UI. A rule's options replace those of an
 * earlier block for the same files, so each block lists every restriction its files have.
 * spec/lint/layers.test.ts shows each one failing on a bad import.
 */
function layerRules() {
  const zaf = {
    sdk: { name: 'zendesk_app_framework_sdk', message: 'Only src/zendesk talks to ZAF.' },
    global: { selector: "Identifier[name='ZAFClient'], Literal[value='ZAFClient']", message: 'Only src/zendesk talks to ZAF (window.ZAFClient).' },
  };
  const ui = [
    { regex: '^react(-dom)?(/|$)', message: 'The layer is pure logic: no React.' },
    { regex: '^(styled-components|@zendeskgarden/)', message: 'The layer is pure logic: no UI or DOM library.' },
  ];
  const io = { regex: '^(\\.\\./)+(zendesk|app)(/|$)', message: 'The layer knows nothing of src/zendesk or src/app.' };
  // Pure layers run in node (the scripts, the tests) as well as the browser.
  const noDom = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage'].map((name) => ({ name, message: 'The layer is pure logic: no DOM.' }));
  return [
    {
      files: ['src/**/*.{ts,tsx}'],
      ignores: ['src/zendesk/**'],
      rules: {
        'no-restricted-imports': ['error', { paths: [zaf.sdk] }],
        'no-restricted-syntax': ['error', zaf.global],
      },
    },
    {
      files: ['src/triage/**/*.{ts,tsx}'],
      rules: {
        'no-restricted-imports': ['error', { paths: [zaf.sdk], patterns: [...ui, io] }],
        'no-restricted-globals': ['error', ...noDom],
      },
    },
    {
      files: ['src/trees/**/*.{ts,tsx}'],
      rules: {
        'no-restricted-imports': [
          'error',
          { paths: [zaf.sdk], patterns: [...ui, io, { regex: '^(\\.\\./)+triage/(?!tree$)', message: 'Trees are data: from src/triage only the tree model (triage/tree).' }] },
        ],
        'no-restricted-globals': ['error', ...noDom],
      },
    },
  ];
}

