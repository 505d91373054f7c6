// The Node tests that exercise src/lms, src/flow and src/course without a build or a browser:
// what Stryker runs against each mutant (stryker.config.mjs).
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  test: {
    root,
    include: ['test/lms.test.ts', 'test/lms-real.test.ts', 'test/lms-parts.test.ts', 'test/lms-session.test.ts', 'test/lms-edges.test.ts', 'test/flow.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
