// `npm run build`, first step: `vite build` with the project's config. When content/ has
// authoring mistakes, the designer gets the list of them alone, as `npm run check:content`
// prints it, without the bundler's stack trace after it.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build } from 'vite';
import { ContentError, formatErrors } from './errors.ts';

const root = join(fileURLToPath(import.meta.url), '../../..');
try {
  await build({ configFile: join(root, 'vite.config.ts') });
} catch (e) {
  const content = contentErrorIn(e);
  if (!content) throw e;
  console.error(`\n${formatErrors(content.errors)}`);
  process.exit(1);
}

/** Rolldown wraps plugin errors in its own; the plugin's ContentError is among `errors`. */
function contentErrorIn(e: unknown): ContentError | null {
  if (e instanceof ContentError) return e;
  const inner = (e as { errors?: unknown[] })?.errors;
  const found = Array.isArray(inner) ? inner.find((x) => x instanceof ContentError || (x as { name?: string })?.name === 'ContentError') : null;
  return (found as ContentError | undefined) ?? null;
}
