// The Node tests that exercise src/lms, src/flow and src/course without a build or a browser:
// what Stryker runs against each mutant (stryker.config.mjs).
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  test: {
    root,
    include: [
      'test/lms.test.ts', 'test/lms-real.test.ts', 'test/lms-parts.test.ts', 'test/lms-session.test.ts', 'test/lms-edges.test.ts',
      'test/flow.test.ts', 'test/flow-names.test.ts', 'test/path-decision.test.ts', 'test/first-screen-flow.test.ts', 'test/flow-rules.test.ts', 'test/flow-snapshot.test.ts', 'test/flow-transitions.test.ts',
      'test/content.test.ts', 'test/content-mistakes.test.ts', 'test/catalogue.test.ts', 'test/lesson-lists.test.ts',
      'test/block-kinds.test.ts', 'test/block-scanner.test.ts', 'test/contrast.test.ts', 'test/course-settings.test.ts', 'test/course-structure.test.ts', 'test/csp.test.ts', 'test/first-screen.test.ts', 'test/error-list.test.ts', 'test/file-names.test.ts', 'test/html-policy.test.ts', 'test/images.test.ts', 'test/lesson-headings.test.ts', 'test/lesson-links.test.ts', 'test/markdown.test.ts', 'test/reading-time.test.ts', 'test/rich-blocks.test.ts',
    ],
    // Tests that start a bundler or another process skip themselves (they would run the
    // unmutated code); both-paths judges authoring mistakes by the check alone.
    env: { HQC_MUTATION: '1' },
    environment: 'node',
    // Generous: the model-based flow tests run instrumented, often on a busy machine.
    testTimeout: 60000,
  },
});
