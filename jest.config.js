/** Jest in ESM mode (Nest 12 is ESM-only); see README "Tests". */
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.spec.json' }];
const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
  },
  testEnvironment: 'node',
};

export default {
  maxWorkers: 2,
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/setup/global-setup.mjs',
  globalTeardown: '<rootDir>/test/setup/global-teardown.mjs',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'], setupFilesAfterEnv: ['<rootDir>/test/setup/application.ts'] },
    // The fuzzer runs on demand (`npm run fuzz`), not in `npm test`.
    ...(process.env.JEST_FUZZ === '1' ? [{ ...shared, displayName: 'fuzz', testMatch: ['<rootDir>/test/fuzz/*.fuzz-spec.ts'], setupFilesAfterEnv: ['<rootDir>/test/setup/application.ts'] }] : []),
  ],
};
