// `npm run docs:errors`: rewrites the list of errors in content/README.md from the catalogue
// (src/course/catalogue.ts). test/catalogue.test.ts fails when the guide is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { GUIDE_END, GUIDE_START, errorGuide } from './catalogue.ts';

export function withErrorGuide(readme: string): string {
  const start = readme.indexOf(GUIDE_START);
  const end = readme.indexOf(GUIDE_END);
  if (start === -1 || end < start) throw new Error(`content/README.md needs the two markers:\n${GUIDE_START}\n${GUIDE_END}`);
  return `${readme.slice(0, start + GUIDE_START.length)}\n\n${errorGuide()}\n\n${readme.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const file = join(fileURLToPath(import.meta.url), '../../../content/README.md');
  writeFileSync(file, withErrorGuide(readFileSync(file, 'utf8')));
  console.log('content/README.md: list of errors updated.');
}
