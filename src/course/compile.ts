// content/ to a Course: reads the files (course.yaml, lessons, images), parses each, runs the
// checks across files, and returns the course or every authoring error in reading order.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ErrorList } from './errors.ts';
import type { FoundLink } from './links.ts';
import { parseCourseConfig } from './course-config.ts';
import { fileNameProblem } from './file-names.ts';
import { parseLesson } from './lesson.ts';
import { checkQuestionCounts } from './counts.ts';
import { fillLessonLists, type LessonList } from './lesson-lists.ts';
import { checkCourse, type Unreadable } from './structure.ts';
import { imageIndex, placeImages } from './images.ts';
import type { AuthoringError, Block, Course, CourseConfig, Lesson } from './types.ts';

export interface SourceFile {
  /** Path shown in errors, relative to the project root: `content/lessons/10-intro.md`. */
  path: string;
  text: string;
  /** The file's bytes, for the pictures of content/images/ (their text is empty). */
  bytes?: Uint8Array;
}

export interface CompileResult {
  course: Course | null;
  errors: AuthoringError[];
}

/** Reads content/ from disk and compiles it. `root` is the project root (for error paths). */
export function compileContentDir(contentDir: string, root = join(contentDir, '..')): CompileResult & { files: string[] } {
  const files: SourceFile[] = [];
  const courseFile = join(contentDir, 'course.yaml');
  const lessonsDir = join(contentDir, 'lessons');
  const imagesDir = join(contentDir, 'images');
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  if (existsSync(courseFile)) files.push({ path: rel(courseFile), text: readFileSync(courseFile, 'utf8') });
  if (existsSync(lessonsDir)) {
    // Every file, not only *.md: a "45-scenario.markdown" must be reported, not skipped.
    for (const name of readdirSync(lessonsDir).sort()) {
      const file = join(lessonsDir, name);
      if (name.startsWith('.') || !statSync(file).isFile()) continue;
      files.push({ path: rel(file), text: readFileSync(file, 'utf8') });
    }
  }
  if (existsSync(imagesDir)) {
    for (const name of readdirSync(imagesDir).sort()) {
      const file = join(imagesDir, name);
      if (name.startsWith('.') || !statSync(file).isFile()) continue;
      files.push({ path: rel(file), text: '', bytes: new Uint8Array(readFileSync(file)) });
    }
  }
  return { ...compileSources(files), files: files.map((f) => join(root, f.path)) };
}

export function compileSources(sources: SourceFile[]): CompileResult {
  const errors = new ErrorList();
  const courseSource = sources.find((s) => s.path.endsWith('course.yaml')) ?? null;
  let config: CourseConfig | null = null;
  if (!courseSource) {
    errors.add('content/course.yaml', 1, 1, 'MissingFile', 'The course settings file content/course.yaml is missing.', 'Create content/course.yaml with the title, id, version, theme and completion rules (see content/README.md).');
  } else {
    config = parseCourseConfig(courseSource, errors);
  }

  const lessons: Lesson[] = [];
  const ids = new Map<string, string>();
  const links: FoundLink[] = [];
  const lessonLists: LessonList[] = [];
  const unreadable: Unreadable = { ids: new Set(), anyUnknown: false, count: 0 };
  // Only the pictures of content/images/ come with their bytes.
  const images = imageIndex(sources.filter((s) => s.bytes).map((s) => ({ path: s.path, bytes: s.bytes! })));
  const lessonSources = sources.filter((s) => s.path.includes('/lessons/')).sort((a, b) => a.path.localeCompare(b.path));
  for (const source of lessonSources) {
    const name = source.path.split('/').pop()!;
    const problem = fileNameProblem(name);
    if (problem) errors.add(source.path, 1, 1, 'BadFileName', problem.message, problem.fix);
    const lesson = name.endsWith('.md') ? parseLesson(source, errors, { ids, links, lessonLists, images }) : null;
    if (lesson) {
      lessons.push(lesson);
    } else if (name.endsWith('.md') || source.text.startsWith('---')) {
      // Its id as far as a plain look can tell, so that links to it are not also reported.
      const id = /^id\s*:\s*["']?([a-z0-9-]+)/m.exec(source.text)?.[1];
      if (id) unreadable.ids.add(id);
      else unreadable.anyUnknown = true;
      unreadable.count++;
    }
  }

  checkCourse(lessons, lessonSources, courseSource, config, links, unreadable, errors);
  fillLessonLists(lessonLists, lessons);
  if (!unreadable.count) checkQuestionCounts(lessons, new Map(sources.map((s) => [s.path, s.text])), errors);
  errors.attachSourceLines(new Map(sources.map((s) => [s.path, s.text])));
  // In reading order: course.yaml (present or missing: no lesson, so index -1) first, then the
  // lessons as they play, each from top to bottom.
  const order = lessonSources.map((s) => s.path);
  errors.items.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || a.line - b.line || a.column - b.column);
  if (errors.length || !config) return { course: null, errors: errors.items };
  return { course: { ...config, lessons: lessons.map((l) => ({ ...l, blocks: l.blocks.map((b) => mapHtml(b, (h) => placeImages(h, images))) })) }, errors: [] };
}

/** The block with `f` applied to every piece of HTML it holds. */
function mapHtml(block: Block, f: (html: string) => string): Block {
  switch (block.type) {
    case 'html':
    case 'outcome':
      return { ...block, html: f(block.html) };
    case 'panels':
      return { ...block, panels: block.panels.map((p) => ({ title: f(p.title), html: f(p.html) })) };
    case 'choice':
      return { ...block, prompt: f(block.prompt), options: block.options.map((o) => ({ ...o, label: f(o.label), feedback: f(o.feedback), ...(o.consequence ? { consequence: f(o.consequence) } : {}) })) };
    default:
      return { ...block, prompt: f(block.prompt) } as Block;
  }
}
