/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { coursePlugin } from './src/course/vite-plugin.ts';
import { previewLmsPlugin } from './scorm/preview/vite-plugin.ts';
import { minifyStylesPlugin } from './src/course/minify-styles.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// The unit's launch page is src/index.html; the build writes it with hashed assets to
// dist/unit/, which scorm/package.ts then zips with a manifest. `npm start` serves the same
// page inside the preview LMS (scorm/preview/).
export default defineConfig({
  root: 'src',
  base: './',
  publicDir: false,
  plugins: [coursePlugin({ root }), previewLmsPlugin({ root }), minifyStylesPlugin()],
  server: { port: 5173, fs: { allow: [root] } },
  build: {
    outDir: '../dist/unit',
    emptyOutDir: true,
    target: 'es2022',
    // No sourcemaps or preload helpers from another origin: the zip is self-contained.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  // vitest: Node-side tests (content compiler, flow, LMS runtime, packaging, end-to-end in
  // Chromium). Component tests run in the browser under @web/test-runner instead.
  test: {
    root,
    include: ['test/**/*.test.ts'],
    // Progress beside the default report: each file as it finishes, and what is still running
    // during a long quiet stretch (test/support/progress-reporter.ts).
    reporters: ['default', './test/support/progress-reporter.ts'],
    environment: 'node',
    testTimeout: 20000,
    hookTimeout: 120000,
  },
});
