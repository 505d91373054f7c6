// One lesson file: front matter (settings), then the Markdown body as blocks, pages and reading times.
import { parseBody, type BlockContext } from './blocks.ts';
import type { ErrorList } from './errors.ts';
import { minutesFor, wordsIn } from './reading-time.ts';
import { lessonFrontMatter, type LessonFrontMatter } from './schema.ts';
import { readSettings, reportSchemaIssues } from './settings.ts';
import type { SourceFile } from './compile.ts';
import type { Lesson, LessonKind, PathName } from './types.ts';

/** The paths a lesson of each kind plays on. */
const DEFAULT_PATHS: Record<LessonKind, PathName[]> = {
  'self-assessment': ['full', 'quick'],
  path: ['full', 'quick'],
  'quick-scan': ['quick'],
  lesson: ['full'],
  closing: ['full'],
  reference: ['full', 'quick'],
};

/** One lesson file: its front matter, then its body as blocks and pages. Null when it cannot be read (the errors say why). */
export function parseLesson(source: SourceFile, errors: ErrorList, unit: Pick<BlockContext, 'ids' | 'links' | 'lessonLists' | 'images'>): Lesson | null {
  const lines = source.text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0].trim() !== '---') {
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
