// `npm run check:content`: compiles content/ and prints every authoring mistake with
// file:line:column and a fix. Exits 1 when there is any, so it can guard a commit hook or CI.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { compileContentDir } from './compile.ts';
import { formatErrors } from './errors.ts';

const root = join(fileURLToPath(import.meta.url), '../../..');
const { course, errors } = compileContentDir(join(root, 'content'), root);
if (!course) {
  console.error(formatErrors(errors));
  process.exit(1);
}
const interactions = course.lessons.flatMap((l) => l.blocks).filter((b) => 'id' in b).length;
console.log(`content/ is fine: ${course.lessons.length} lessons, ${interactions} questions, prompts and actions.`);
