// Module resolve hook for the bench (registered by bench.ts with node:module's register()):
// the e2e learner (test/e2e/*.ts) imports `expect` from vitest, whose expect.poll only works
// inside the vitest runner. Outside it, 'vitest' imported from test/e2e/ resolves to a small
// stand-in (vitest-shim.ts) so the bench can reuse the learner exactly as the tests use it.
const SHIM = new URL('./vitest-shim.ts', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'vitest' && context.parentURL && context.parentURL.includes('/test/e2e/')) {
    return nextResolve(SHIM, context);
  }
  return nextResolve(specifier, context);
}
