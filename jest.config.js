/** Unit and component tests: jsdom that keeps Node's fetch so msw can intercept it. */
const { reporters } = require('./scripts/ci/countReporter.js');
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }];

module.exports = {
  testEnvironment: 'jest-fixed-jsdom',
  roots: ['<rootDir>/spec'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(rettime|until-async|@open-draft/deferred-promise|react-merge-refs)/)'],
  setupFilesAfterEnv: ['<rootDir>/spec/setup.ts'],
  // Room for findBy…'s longer wait (spec/setup.ts) in a test that walks several screens.
  testTimeout: 20000,
  moduleNameMapper: { '\\.(png|svg)$': '<rootDir>/spec/fileStub.ts' },
  // .ci/run's exact counts (CI_COUNTS_DIR set); jest's usual output otherwise.
  ...reporters('unit'),
};
