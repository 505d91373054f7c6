// Browser tests for the Lit components (src/components/**), in Debian's Chromium.
// Run: npx web-test-runner   (or: npx wtr "src/components/**/*.test.ts")
import { availableParallelism } from 'node:os';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, ensureChromium } from './test/support/chromium.mjs';

export default {
  files: 'src/components/**/*.test.ts',
  nodeResolve: true,
  // tsconfig sets useDefineForClassFields: false, which Lit's reactive properties rely on.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  concurrency: Math.min(4, Math.max(2, availableParallelism())),
  // Dev mode stays on (it warns about misuse); only its banner is dropped.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
  browsers: [
    chromeLauncher({
      // A window of its own per test file: keys sent to a tab behind another one never arrive.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: ensureChromium(),
        args: [
          '--headless=new',
          ...CHROMIUM_ARGS,
          // Test files run in parallel tabs; a background tab must still render and take keys.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
