// `npm run check:content`: compiles content/ and prints every authoring mistake with
// file:line:column and a fix. Exits 1 when there is any, so it can guard a commit hook or CI.
// `npm run check:content -- some/project` checks another copy (the tests use this).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { compileContentDir } from './compile.ts';
import { formatErrors } from './errors.ts';

/** What the command prints, and whether content/ is fine. */
export function checkContent(root: string): { ok: boolean; output: string } {
  const { course, errors } = compileContentDir(join(root, 'content'), root);
  if (!course) return { ok: false, output: formatErrors(errors) };
  const interactions = course.lessons.flatMap((l) => l.blocks).filter((b) => 'id' in b).length;
  return { ok: true, output: `content/ is fine: ${course.lessons.length} lessons, ${interactions} questions, prompts and actions.` };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = process.argv[2] ? resolve(process.argv[2]) : join(fileURLToPath(import.meta.url), '../../..');
  const { ok, output } = checkContent(root);
  if (ok) console.log(output);
  else {
    console.error(output);
    process.exit(1);
  }
}
