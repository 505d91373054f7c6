// Mutation testing (npm run test:mutation): which tests can fail. Stryker changes the code of
// src/lms, src/flow and src/course one mutant at a time and runs the Node tests that cover it;
// a mutant no test notices is a behaviour no test protects. The score per folder is printed
// at the end and kept in the README.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation.vitest.config.ts' },
  // src/course's command-line entry points, Vite plugins and the first screen's drawing (a
  // process of its own) are left out: their tests start a process or a bundler, which would run
  // the unmutated code. One folder at a time with e.g.
  // `npx stryker run --mutate 'src/flow/**/*.ts'` (a whole run takes hours on 2 cores).
  mutate: [
    'src/lms/**/*.ts', '!src/lms/timers.ts',
    'src/flow/**/*.ts',
    'src/course/**/*.ts', '!src/course/check.ts', '!src/course/build-unit.ts', '!src/course/write-guide.ts', '!src/course/vite-plugin.ts', '!src/course/minify-styles.ts', '!src/course/first-screen-render.ts', '!src/course/*.d.ts', '!src/course/types.ts',
  ],
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
