import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseBody, type BlockContext } from './blocks.ts';
import { ErrorList } from './errors.ts';
import type { FoundLink } from './links.ts';
import { courseConfig, lessonFrontMatter, type LessonFrontMatter } from './schema.ts';
import { nodePosition, readSettings, reportSchemaIssues } from './settings.ts';
import { checkQuestionCounts } from './counts.ts';
import { fillLessonLists, type LessonList } from './lesson-lists.ts';
import { checkCourse, type Unreadable } from './structure.ts';
import { toPlainText } from './markdown.ts';
import { imageIndex, placeImages } from './images.ts';
import { READING_RATE, type AuthoringError, type Block, type Course, type CourseConfig, type Lesson, type LessonKind, type PathName } from './types.ts';

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

/**
 * Lesson files are named `NN-name.md`: exactly two digits, so that every file browser lists
 * them in the order they play (a `100-` would sort between `10-` and `20-`).
 */
const LESSON_FILE = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;
const DEFAULT_PATHS: Record<LessonKind, PathName[]> = {
  'self-assessment': ['full', 'quick'],
  path: ['full', 'quick'],
  'quick-scan': ['quick'],
  lesson: ['full'],
  closing: ['full'],
  reference: ['full', 'quick'],
};

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
  const images = imageIndex(sources.filter((s) => s.path.includes('/images/') && s.bytes).map((s) => ({ path: s.path, bytes: s.bytes! })));
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
  // In reading order: course.yaml, then the lessons as they play, each from top to bottom.
  const order = [courseSource?.path, ...lessonSources.map((s) => s.path)];
  const rank = (file: string) => (order.indexOf(file) + order.length + 1) % (order.length + 1);
  errors.items.sort((a, b) => rank(a.file) - rank(b.file) || a.line - b.line || a.column - b.column);
  if (errors.length || !config) return { course: null, errors: errors.items };
  return { course: { ...config, lessons: lessons.map((l) => ({ ...l, blocks: l.blocks.map((b) => mapHtml(b, (h) => placeImages(h, images))) })) }, errors: [] };
}

function fileNameProblem(name: string): { message: string; fix: string } | null {
  if (LESSON_FILE.test(name)) return null;
  const rule = 'Name lesson files "NN-name.md": exactly two digits (01 to 99), a hyphen, then lowercase words joined by hyphens, like "45-a-third-scenario.md". Lessons play in the order of these numbers.';
  if (!/\.md$/.test(name)) {
    const ext = /\.[^.]+$/.exec(name)?.[0] ?? '';
    return {
      message: ext && /^\.(markdown|mdown|mkd|mkdn|md\.txt|txt|MD)$/i.test(ext)
        ? `The file "${name}" is not read: only files ending in ".md" are lessons, so this one would be left out of the unit without a word.`
        : `The file "${name}" is not a lesson: content/lessons/ holds only lesson files ending in ".md".`,
      fix: ext && /^\.(markdown|mdown|mkd|mkdn|txt|MD)$/i.test(ext) ? `Rename it to end in ".md": "${name.slice(0, -ext.length).toLowerCase()}.md".` : 'Move the file out of content/lessons/, or rename it to end in ".md" if it is a lesson.',
    };
  }
  if (/\s/.test(name)) return { message: `The file name "${name}" contains a space.`, fix: `Use hyphens instead of spaces: "${name.replace(/\s+/g, '-').toLowerCase()}". ${rule}` };
  if (/^\d{3,}-/.test(name)) {
    return { message: `The file name "${name}" has a number with more than two digits. Files are ordered by name, so "${name}" would play between "10-…" and "20-…", not at the end.`, fix: `Use two digits (01 to 99). To place it last, use a number between the last lesson's and 99. ${rule}` };
  }
  if (/^\d-/.test(name)) return { message: `The file name "${name}" has a one-digit number, so it would sort after "10-…".`, fix: `Write the number with two digits: "0${name}". ${rule}` };
  if (/[A-Z]/.test(name)) return { message: `The file name "${name}" contains capital letters.`, fix: `Use lowercase: "${name.toLowerCase()}". ${rule}` };
  return { message: `The lesson file name "${name}" does not start with a number that places it in the unit.`, fix: rule };
}

// ---------------------------------------------------------------- course.yaml

function parseCourseConfig(source: SourceFile, errors: ErrorList): CourseConfig | null {
  const settings = readSettings(source.text.replace(/\r\n?/g, '\n'), source.path, 0, errors);
  if (!settings) return null;
  const result = courseConfig.safeParse(settings.doc.toJS());
  if (!result.success) {
    reportSchemaIssues(result.error.issues, settings, [], errors);
    return null;
  }
  const data = result.data;
  const ratio = contrast(data.theme.brand, data.theme.brandContrast);
  if (ratio < 4.5) {
    const pos = nodePosition(settings, ['theme', 'brandContrast']);
    errors.add(source.path, pos.line, pos.col, 'LowContrast', `The theme colours ${data.theme.brand} and ${data.theme.brandContrast} have a contrast of ${ratio.toFixed(2)}:1; text on buttons needs at least 4.5:1 (WCAG 2.2 AA).`, 'Pick a darker brand colour or a lighter brandContrast colour (white on a dark brand works).');
  }
  const onWhite = contrast(data.theme.brand, '#ffffff');
  if (onWhite < 4.5) {
    const pos = nodePosition(settings, ['theme', 'brand']);
    errors.add(source.path, pos.line, pos.col, 'LowContrast', `The brand colour ${data.theme.brand} has a contrast of ${onWhite.toFixed(2)}:1 on the white page; links and focus rings need at least 4.5:1.`, 'Pick a darker brand colour.');
  }
  return data as CourseConfig;
}

// ---------------------------------------------------------------- lessons

function parseLesson(source: SourceFile, errors: ErrorList, unit: Pick<BlockContext, 'ids' | 'links' | 'lessonLists' | 'images'>): Lesson | null {
  const lines = source.text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') {
    errors.add(source.path, 1, 1, 'MissingFrontMatter', 'The lesson does not start with front matter.', 'Put the lesson settings between two lines of three dashes at the very top:\n  ---\n  id: my-lesson\n  title: My lesson\n  kind: lesson\n  ---');
    return null;
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end === -1) {
    errors.add(source.path, 1, 1, 'MissingFrontMatter', 'The front matter that starts on line 1 is never closed.', 'Add a line with three dashes (---) after the last lesson setting.');
    return null;
  }
  const settings = readSettings(lines.slice(1, end).join('\n'), source.path, 1, errors);
  if (!settings) return null;
  const parsed = lessonFrontMatter.safeParse(settings.doc.toJS() ?? {});
  if (!parsed.success) {
    reportSchemaIssues(parsed.error.issues, settings, Object.keys(lessonFrontMatter.shape), errors);
    return null;
  }
  const front: LessonFrontMatter = parsed.data;
  const ctx: BlockContext = { ...unit, file: source.path, errors, headingDepth: 1 };
  const { blocks, pageStarts } = parseBody(lines.slice(end + 1), end + 2, ctx, front.kind);
  const starts = [0, ...pageStarts];
  const pageWords = starts.map((first, k) => blocks.slice(first, starts[k + 1] ?? blocks.length).reduce((n, b) => n + wordsIn(b), 0));
  return {
    id: front.id,
    title: front.title,
    kind: front.kind,
    paths: DEFAULT_PATHS[front.kind],
    optional: front.optional ?? false,
    summary: front.summary ?? '',
    source: source.path,
    blocks,
    pages: starts.map((first, k) => ({ first, minutes: minutesFor(pageWords[k]) })),
    minutes: minutesFor(pageWords.reduce((a, b) => a + b, 0)),
  };
}

/** Reading time in whole minutes, at least one. */
function minutesFor(words: number): number {
  return Math.max(1, Math.round(words / READING_RATE));
}

/** The words a learner reads in a block: its text, and for a choice the options and one (the longest) feedback. */
function wordsIn(block: Block): number {
  const count = (h: string) => toPlainText(h).split(/\s+/).filter(Boolean).length;
  switch (block.type) {
    case 'html':
    case 'outcome':
      return count(block.html);
    case 'choice':
      return count(block.prompt) + block.options.reduce((n, o) => n + count(o.label), 0) + Math.max(0, ...block.options.map((o) => count(o.feedback) + count(o.consequence ?? '')));
    case 'panels':
      return block.panels.reduce((n, p) => n + count(p.title) + count(p.html), 0);
    default:
      return count(block.prompt);
  }
}

function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
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
