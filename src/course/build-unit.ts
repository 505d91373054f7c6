// `npm run build`, first step: `vite build` with the project's config. When content/ has
// authoring mistakes, the designer gets the list of them alone, as `npm run check:content`
// prints it, without the bundler's stack trace after it.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build } from 'vite';
import { contentErrorIn, formatErrors } from './errors.ts';

const root = join(fileURLToPath(import.meta.url), '../../..');
try {
  await build({ configFile: join(root, 'vite.config.ts') });
} catch (e) {
  const content = contentErrorIn(e);
  if (!content) throw e;
  console.error(`\n${formatErrors(content.errors)}`);
  process.exit(1);
}
