// Mutation testing (npm run test:mutation): which tests can fail. Stryker changes the code of
// src/lms, src/flow and src/course one mutant at a time and runs the Node tests that cover it;
// a mutant no test notices is a behaviour no test protects. The score per folder is printed
// at the end and kept in the README.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation.vitest.config.ts' },
  // src/course too with: npx stryker run --mutate 'src/course/**/*.ts' (slower: its tests build).
  mutate: ['src/lms/**/*.ts', 'src/flow/**/*.ts', '!src/lms/timers.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: '.cache/mutation/mutation.json' },
  tempDirName: '.cache/stryker-tmp',
  // TypeScript 7 has no JavaScript API for Stryker's tsconfig rewriting; vitest needs no tsconfig here.
  tsconfigFile: 'stryker-has-no-tsconfig.json',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
  ignoreStatic: true,
  // Reruns test only what changed since the last run (the file is git-ignored under .cache/).
  incremental: true,
  incrementalFile: '.cache/mutation/stryker-incremental.json',
};
