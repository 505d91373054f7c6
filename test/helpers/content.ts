import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileContentDir, type SourceFile } from '../../src/course/compile';
import type { Course } from '../../src/course/types';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The project's real content/ as compiler sources. */
export function realSources(): SourceFile[] {
  const files: SourceFile[] = [{ path: 'content/course.yaml', text: readFileSync(join(ROOT, 'content/course.yaml'), 'utf8') }];
  for (const name of readdirSync(join(ROOT, 'content/lessons')).sort()) {
    if (name.endsWith('.md')) files.push({ path: `content/lessons/${name}`, text: readFileSync(join(ROOT, 'content/lessons', name), 'utf8') });
  }
  const images = join(ROOT, 'content/images');
  if (existsSync(images)) {
    for (const name of readdirSync(images).sort()) files.push({ path: `content/images/${name}`, text: '', bytes: new Uint8Array(readFileSync(join(images, name))) });
  }
  return files;
}

let cached: Course | null = null;
/** The real course, compiled once per test file. */
export function realCourse(): Course {
  if (!cached) {
    const { course, errors } = compileContentDir(join(ROOT, 'content'), ROOT);
    if (!course) throw new Error(`content/ does not compile: ${JSON.stringify(errors)}`);
    cached = course;
  }
  return cached;
}
