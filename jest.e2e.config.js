/** Browser tests: a real Chromium drives the local Zendesk stand-in (harness/). */
const { reporters } = require('./scripts/ci/countReporter.js');
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' } } }];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(rettime|until-async|@open-draft/deferred-promise)/)'],
  testTimeout: 60000,
  globalSetup: '<rootDir>/e2e/globalSetup.ts',
  // .ci/run's exact counts (CI_COUNTS_DIR set); jest's usual output otherwise.
  ...reporters('e2e'),
};
