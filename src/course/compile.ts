import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import type { z } from 'zod';
import { ErrorList, type ErrorCode } from './errors.ts';
import { renderBlock, renderInline, toPlainText, inspect } from './markdown.ts';
import {
  BLOCK_KINDS,
  ID_PATTERN,
  ID_RULE,
  LESSON_KINDS,
  courseConfig,
  lessonFrontMatter,
  type BlockKind,
  type LessonFrontMatter,
} from './schema.ts';
import type { AuthoringError, Block, ChoiceOption, Course, CourseConfig, Lesson, LessonKind, PathName } from './types.ts';

export interface SourceFile {
  /** Path shown in errors, relative to the project root: `content/lessons/10-intro.md`. */
  path: string;
  text: string;
}

export interface CompileResult {
  course: Course | null;
  errors: AuthoringError[];
}

/** Lesson files are named `NN-name.md`; the number places the lesson in the unit. */
const LESSON_FILE = /^(\d{2,3})-[a-z0-9-]+\.md$/;
const DEFAULT_PATHS: Record<LessonKind, PathName[]> = {
  'self-assessment': ['full', 'quick'],
  path: ['full', 'quick'],
  'quick-scan': ['quick'],
  lesson: ['full'],
  closing: ['full'],
  reference: ['full', 'quick'],
};
const DEFAULT_REFLECTION_MAX = 1000;

/** Reads content/ from disk and compiles it. `root` is the project root (for error paths). */
export function compileContentDir(contentDir: string, root = join(contentDir, '..')): CompileResult & { files: string[] } {
  const files: SourceFile[] = [];
  const courseFile = join(contentDir, 'course.yaml');
  const lessonsDir = join(contentDir, 'lessons');
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  if (existsSync(courseFile)) files.push({ path: rel(courseFile), text: readFileSync(courseFile, 'utf8') });
  if (existsSync(lessonsDir)) {
    for (const name of readdirSync(lessonsDir).sort()) {
      if (name.endsWith('.md')) files.push({ path: rel(join(lessonsDir, name)), text: readFileSync(join(lessonsDir, name), 'utf8') });
    }
  }
  return { ...compileSources(files), files: files.map((f) => join(root, f.path)) };
}

export function compileSources(sources: SourceFile[]): CompileResult {
  const errors = new ErrorList();
  const courseSource = sources.find((s) => s.path.endsWith('course.yaml'));
  let config: CourseConfig | null = null;
  if (!courseSource) {
    errors.add('content/course.yaml', 1, 1, 'MissingFile', 'The course settings file content/course.yaml is missing.', 'Create content/course.yaml with the title, id, version, theme and completion rules (see content/README.md).');
  } else {
    config = parseCourseConfig(courseSource, errors);
  }

  const lessons: Lesson[] = [];
  const registry: Registry = { ids: new Map(), links: [] };
  const lessonSources = sources.filter((s) => s.path.endsWith('.md') && s.path.includes('/lessons/')).sort((a, b) => a.path.localeCompare(b.path));
  for (const source of lessonSources) {
    const lesson = parseLesson(source, errors, registry);
    if (lesson) lessons.push(lesson);
  }

  checkCourse(lessons, lessonSources, courseSource?.path ?? 'content/course.yaml', courseSource?.text ?? '', config, registry, errors);
  if (errors.length || !config) return { course: null, errors: errors.items };
  return { course: { ...config, lessons }, errors: [] };
}

// ---------------------------------------------------------------- course.yaml

function parseCourseConfig(source: SourceFile, errors: ErrorList): CourseConfig | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    reportYamlErrors(doc, source.path, 0, lineCounter, errors);
    return null;
  }
  const result = courseConfig.safeParse(doc.toJS());
  if (!result.success) {
    reportSchemaIssues(result.error.issues, doc, source.path, 0, lineCounter, errors);
    return null;
  }
  const data = result.data;
  const ratio = contrast(data.theme.brand, data.theme.brandContrast);
  if (ratio < 4.5) {
    const pos = nodePosition(doc, ['theme', 'brandContrast'], lineCounter, 0);
    errors.add(source.path, pos.line, pos.col, 'LowContrast', `The theme colours ${data.theme.brand} and ${data.theme.brandContrast} have a contrast of ${ratio.toFixed(2)}:1; text on buttons needs at least 4.5:1 (WCAG 2.2 AA).`, 'Pick a darker brand colour or a lighter brandContrast colour (white on a dark brand works).');
  }
  const onWhite = contrast(data.theme.brand, '#ffffff');
  if (onWhite < 4.5) {
    const pos = nodePosition(doc, ['theme', 'brand'], lineCounter, 0);
    errors.add(source.path, pos.line, pos.col, 'LowContrast', `The brand colour ${data.theme.brand} has a contrast of ${onWhite.toFixed(2)}:1 on the white page; links and focus rings need at least 4.5:1.`, 'Pick a darker brand colour.');
  }
  return data as CourseConfig;
}

// ---------------------------------------------------------------- lessons

/** What the whole unit shares while it compiles: ids seen so far, lesson links to check at the end. */
interface Registry {
  ids: Map<string, string>;
  links: { file: string; line: number; column: number; target: string }[];
}

interface BlockContext {
  file: string;
  errors: ErrorList;
  registry: Registry;
  /** 1-based line of `lines[0]`. */
  firstLine: number;
}

function parseLesson(source: SourceFile, errors: ErrorList, registry: Registry): Lesson | null {
  const name = source.path.split('/').pop()!;
  if (!LESSON_FILE.test(name)) {
    errors.add(source.path, 1, 1, 'BadFileName', `The lesson file name "${name}" does not start with a number that places it in the unit.`, 'Rename it like "35-my-lesson.md": two or three digits, a hyphen, then lowercase words joined by hyphens. Lessons play in the order of these numbers.');
  }
  const lines = source.text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') {
    errors.add(source.path, 1, 1, 'MissingFrontMatter', 'The lesson does not start with front matter.', 'Put the lesson settings between two lines of three dashes at the very top:\n  ---\n  id: my-lesson\n  title: My lesson\n  kind: lesson\n  ---');
    return null;
  }
  const end = lines.indexOf('---', 1);
  const endTrimmed = end === -1 ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') : end;
  if (endTrimmed === -1) {
    errors.add(source.path, 1, 1, 'MissingFrontMatter', 'The front matter that starts on line 1 is never closed.', 'Add a line with three dashes (---) after the last lesson setting.');
    return null;
  }
  const yamlText = lines.slice(1, endTrimmed).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    reportYamlErrors(doc, source.path, 1, lineCounter, errors);
    return null;
  }
  const parsed = lessonFrontMatter.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    reportSchemaIssues(parsed.error.issues, doc, source.path, 1, lineCounter, errors);
    return null;
  }
  const front: LessonFrontMatter = parsed.data;
  const body = lines.slice(endTrimmed + 1);
  const blocks = parseBody(body, { file: source.path, errors, registry, firstLine: endTrimmed + 2 }, front.kind);
  return {
    id: front.id,
    title: front.title,
    kind: front.kind,
    paths: DEFAULT_PATHS[front.kind],
    optional: front.optional ?? false,
    summary: front.summary ?? '',
    source: source.path,
    blocks,
  };
}

const BLOCK_START = /^:::\s*([^\s]+)?(.*)$/;
const BLOCK_END = /^:::\s*$/;

function parseBody(lines: string[], ctx: BlockContext, kind: LessonKind): Block[] {
  const blocks: Block[] = [];
  let prose: string[] = [];
  let proseStart = 0;
  const flushProse = (upTo: number) => {
    const text = prose.join('\n');
    if (text.trim()) {
      checkProse(prose, proseStart, ctx);
      blocks.push({ type: 'html', html: renderBlock(text) });
    }
    prose = [];
    proseStart = upTo;
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (BLOCK_END.test(line)) {
      ctx.errors.add(ctx.file, ctx.firstLine + i, 1, 'StrayBlockEnd', 'This ":::" closes a block that was never opened.', 'Remove the line, or open the block above it with "::: kind id" (for example "::: yes-no my-question").');
      i++;
      continue;
    }
    const start = BLOCK_START.exec(line);
    if (!start) {
      if (!prose.length) proseStart = i;
      prose.push(line);
      i++;
      continue;
    }
    flushProse(i);
    // Find the closing ":::"; a new opening line before it means this block was left open.
    let j = i + 1;
    while (j < lines.length && !BLOCK_END.test(lines[j]) && !BLOCK_START.test(lines[j])) j++;
    if (j >= lines.length || !BLOCK_END.test(lines[j])) {
      ctx.errors.add(ctx.file, ctx.firstLine + i, 1, 'UnclosedBlock', `The block opened here ("${line.trim()}") is not closed before ${j >= lines.length ? 'the end of the file' : `line ${ctx.firstLine + j}`}.`, 'Add a line with just ":::" after the last line of the block.');
      i = j;
      continue;
    }
    const block = parseBlock(start[1] ?? '', start[2] ?? '', lines.slice(i + 1, j), i, ctx, kind);
    if (block) blocks.push(block);
    i = j + 1;
    proseStart = i;
  }
  flushProse(lines.length);
  return blocks;
}

function checkProse(prose: string[], start: number, ctx: BlockContext): void {
  for (const found of inspect(prose.join('\n'))) {
    const pos = locate(prose, found.needle);
    const line = ctx.firstLine + start + pos.line;
    if (found.kind === 'lesson-link') {
      ctx.registry.links.push({ file: ctx.file, line, column: pos.col, target: found.value });
    } else if (found.kind === 'image-without-alt') {
      ctx.errors.add(ctx.file, line, pos.col, 'ImageWithoutAlt', `The image "${found.value}" has no text alternative, so screen-reader users miss it.`, 'Describe the image between the brackets: ![Two colleagues talking in a hallway](picture.png). Use ![decorative]( ) only for pure decoration.');
    } else {
      ctx.errors.add(ctx.file, line, pos.col, 'HeadingLevel', `"# ${found.value}" is a top-level heading; the lesson title from the front matter is already the page's top heading.`, 'Use "## " for sections inside a lesson (and "### " below those).');
    }
  }
}

function locate(lines: string[], needle: string): { line: number; col: number } {
  for (let k = 0; k < lines.length; k++) {
    const col = lines[k].indexOf(needle);
    if (col !== -1) return { line: k, col: col + 1 };
  }
  return { line: 0, col: 1 };
}

function tokenize(rest: string): { key: string; value: string | null; col: number }[] {
  const out: { key: string; value: string | null; col: number }[] = [];
  const re = /([^\s=]+)(?:=(?:"([^"]*)"|(\S+)))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rest))) out.push({ key: m[1], value: m[2] ?? m[3] ?? null, col: m.index });
  return out;
}

function parseBlock(kindWord: string, rest: string, body: string[], at: number, ctx: BlockContext, lessonKind: LessonKind): Block | null {
  const line = ctx.firstLine + at;
  const add = (code: ErrorCode, col: number, message: string, fix: string, l = line) => ctx.errors.add(ctx.file, l, col, code, message, fix);
  const kinds = Object.keys(BLOCK_KINDS);
  if (!kindWord || !(kindWord in BLOCK_KINDS)) {
    add('UnknownBlockKind', 5, kindWord ? `"${kindWord}" is not a block kind.` : 'The block has no kind.', `Start the block with one of: ${kinds.map((k) => `"::: ${k}"`).join(', ')}.${closest(kindWord, kinds) ? ` Did you mean "${closest(kindWord, kinds)}"?` : ''}`);
    return null;
  }
  const kind = kindWord as BlockKind;
  const restCol = 5 + kindWord.length;
  const tokens = tokenize(rest);
  const [first, ...attrs] = tokens;

  if (kind === 'outcome') {
    if (lessonKind !== 'path') {
      add('BlockNotAllowed', 5, 'An "outcome" block only belongs in the lesson of kind "path".', 'Move it to the path lesson, or use ordinary Markdown here.');
      return null;
    }
    if (!first || (first.key !== 'full' && first.key !== 'quick')) {
      add('InvalidField', restCol, 'An outcome block must say which path it explains.', 'Write "::: outcome full" or "::: outcome quick".');
      return null;
    }
    return { type: 'outcome', path: first.key, html: renderBlock(body.join('\n')) };
  }

  if (!first || first.value !== null) {
    add('InvalidId', restCol, `The ${kind} block has no id.`, `Write an id after the kind, like "::: ${kind} my-${kind}-1". Use ${ID_RULE}. The LMS records answers under this id, so keep it when you change the wording.`);
    return null;
  }
  const id = first.key;
  if (!ID_PATTERN.test(id) || id.length > 64) {
    add('InvalidId', restCol + first.col, `The id "${id}" is not allowed.`, `Use ${ID_RULE}. The LMS records answers under this id (Moodle refuses spaces and non-ASCII characters).`);
    return null;
  }
  const allowed = BLOCK_KINDS[kind] as readonly string[];
  const options: Record<string, string | null> = {};
  for (const a of attrs) {
    if (!allowed.includes(a.key)) {
      add('UnknownBlockOption', restCol + a.col, `"${a.key}" is not an option of a ${kind} block.`, allowed.length ? `Options of ${kind}: ${allowed.join(', ')}.` : `A ${kind} block takes no options; remove "${a.key}".`);
    } else options[a.key] = a.value;
  }
  registerId(id, line, restCol, ctx);

  const promptLines = kind === 'choice' ? body.slice(0, firstOptionIndex(body)) : body;
  const promptMd = promptLines.join('\n').trim();
  if (!promptMd) {
    add('EmptyPrompt', 1, `The ${kind} block "${id}" has no text.`, kind === 'choice' ? 'Write the question on the lines after "::: choice ...", before the first option.' : 'Write the text on the lines between the opening line and ":::".');
    return null;
  }
  const prompt = renderInline(promptMd.replace(/\n+/g, ' '));
  const text = toPlainText(prompt);

  switch (kind) {
    case 'yes-no':
      return { type: 'yes-no', id, prompt, text, required: !('optional' in options) };
    case 'reflection': {
      let maxLength = DEFAULT_REFLECTION_MAX;
      if ('max' in options) {
        const n = Number(options.max);
        if (!Number.isInteger(n) || n < 50 || n > 4000) {
          add('InvalidField', restCol, `max=${options.max ?? ''} is not a length between 50 and 4000 characters.`, 'Write a whole number, like "max=800".');
        } else maxLength = n;
      }
      return { type: 'reflection', id, prompt, text, label: options.label ?? text, required: 'required' in options, maxLength };
    }
    case 'challenge': {
      const week = Number(options.week);
      if (!('week' in options) || !Number.isInteger(week) || week < 1 || week > 26) {
        add('InvalidField', restCol, `The challenge "${id}" needs the week of the 26-week challenge it belongs to.`, `Add "week=" and a number from 1 to 26, like "::: challenge ${id} week=18".`);
        return null;
      }
      return { type: 'challenge', id, week, prompt, text };
    }
    case 'choice':
      return parseChoice(id, prompt, text, body, at, ctx, !('optional' in options));
  }
}

const OPTION_LINE = /^[-*]\s+([^\s:]+)(\s+\(correct\))?\s*:\s*(.*)$/;

function firstOptionIndex(body: string[]): number {
  const i = body.findIndex((l) => /^[-*]\s/.test(l));
  return i === -1 ? body.length : i;
}

function parseChoice(id: string, prompt: string, text: string, body: string[], at: number, ctx: BlockContext, required: boolean): Block | null {
  const options: ChoiceOption[] = [];
  const feedbackLines: string[][] = [];
  const lineOf = (k: number) => ctx.firstLine + at + 1 + k;
  let ok = true;
  for (let k = firstOptionIndex(body); k < body.length; k++) {
    const raw = body[k];
    if (!raw.trim()) continue;
    const m = OPTION_LINE.exec(raw);
    if (m) {
      const optId = m[1];
      if (!ID_PATTERN.test(optId)) {
        ctx.errors.add(ctx.file, lineOf(k), 3, 'InvalidId', `The option id "${optId}" is not allowed.`, `Start each option with its id and a colon, like "- ${id}-a: The option text". Use ${ID_RULE}.`);
        ok = false;
        continue;
      }
      if (options.some((o) => o.id === optId)) {
        ctx.errors.add(ctx.file, lineOf(k), 3, 'DuplicateId', `The option id "${optId}" is used twice in the choice "${id}".`, 'Give each option of a question its own id.');
        ok = false;
      }
      options.push({ id: optId, label: renderInline(m[3]), text: toPlainText(renderInline(m[3])), feedback: '', correct: Boolean(m[2]) });
      feedbackLines.push([]);
      (options[options.length - 1] as ChoiceOption & { line?: number }).line = lineOf(k);
      continue;
    }
    const fb = /^\s+>\s?(.*)$/.exec(raw);
    if (fb && options.length) {
      feedbackLines[options.length - 1].push(fb[1]);
      continue;
    }
    ctx.errors.add(ctx.file, lineOf(k), 1, 'BadOptionLine', `This line in the choice "${id}" is neither an option nor its feedback.`, 'Write options as "- option-id: Option text" and the feedback for each on the lines below it, indented by two spaces and starting with ">".');
    ok = false;
  }
  if (options.length < 2) {
    ctx.errors.add(ctx.file, ctx.firstLine + at, 1, 'TooFewOptions', `The choice "${id}" has ${options.length} option${options.length === 1 ? '' : 's'}; a choice needs at least two.`, 'Add options as "- option-id: Option text", each followed by its feedback on indented lines starting with ">".');
    return null;
  }
  options.forEach((o, k) => {
    const line = (o as ChoiceOption & { line?: number }).line ?? ctx.firstLine + at;
    delete (o as ChoiceOption & { line?: number }).line;
    const md = feedbackLines[k].join('\n').trim();
    if (!md) {
      ctx.errors.add(ctx.file, line, 1, 'OptionWithoutFeedback', `The option "${o.id}" of the choice "${id}" has no feedback.`, 'Below the option, add at least one line indented by two spaces and starting with ">", that explains what this choice shows. Feedback should teach, not only say "correct".');
      ok = false;
    } else {
      o.feedback = renderBlock(md);
    }
  });
  if (!ok) return null;
  return { type: 'choice', id, prompt, text, options, required };
}

// ---------------------------------------------------------------- cross-file checks

/** Interaction ids must be unique across the whole unit: the LMS keys answers by them. */
function registerId(id: string, line: number, col: number, ctx: BlockContext): void {
  const prev = ctx.registry.ids.get(id);
  if (prev) {
    ctx.errors.add(ctx.file, line, col, 'DuplicateId', `The id "${id}" is already used at ${prev}.`, 'Give this block an id of its own. Ids must be unique in the whole unit because the LMS records answers under them.');
  } else ctx.registry.ids.set(id, `${ctx.file}:${line}`);
}

function checkCourse(lessons: Lesson[], sources: SourceFile[], courseFile: string, courseText: string, config: CourseConfig | null, registry: Registry, errors: ErrorList): void {
  const byId = new Map<string, Lesson>();
  for (const lesson of lessons) {
    const prev = byId.get(lesson.id);
    if (prev) {
      errors.add(lesson.source, idLine(sources, lesson.source), 5, 'DuplicateLessonId', `The lesson id "${lesson.id}" is also used by ${prev.source}.`, 'Give each lesson its own id in its front matter. Keep ids stable once the unit is in use: the LMS bookmark refers to them.');
    } else byId.set(lesson.id, lesson);
  }
  for (const link of registry.links) {
    if (!byId.has(link.target)) {
      const near = closest(link.target, [...byId.keys()]);
      errors.add(link.file, link.line, link.column, 'BrokenLessonLink', `The link points to the lesson "${link.target}", which does not exist.`, near ? `Did you mean "lesson:${near}"? Lesson ids are in each lesson's front matter.` : 'Use the id from the target lesson\'s front matter, like [see the introduction](lesson:introduction).');
    }
  }

  const count = (k: LessonKind) => lessons.filter((l) => l.kind === k);
  const structure: [LessonKind, string][] = [
    ['self-assessment', 'the yes/no questions that open the unit'],
    ['path', 'the explanation of the two paths'],
    ['quick-scan', 'the short summary for the quick path'],
    ['closing', 'the last lesson of the full path'],
  ];
  for (const [kind, what] of structure) {
    const found = count(kind);
    if (found.length !== 1) {
      const where = found[1] ?? lessons[0];
      errors.add(where?.source ?? courseFile, 1, 1, 'CourseStructure', `The unit needs exactly one lesson of kind "${kind}" (${what}); it has ${found.length}.`, found.length ? `Change the kind of all but one of: ${found.map((l) => l.source).join(', ')}.` : `Add a lesson with "kind: ${kind}" in its front matter.`);
    }
  }
  const sa = count('self-assessment')[0];
  if (sa && lessons[0] !== sa) {
    errors.add(sa.source, 1, 1, 'CourseStructure', 'The self-assessment must be the first lesson: it decides the learner\'s path.', 'Give its file the lowest number, like "01-is-this-for-you.md".');
  }
  if (sa && !sa.blocks.some((b) => b.type === 'yes-no')) {
    errors.add(sa.source, 1, 1, 'CourseStructure', 'The self-assessment has no yes-no questions.', 'Add the questions as "::: yes-no question-id" blocks.');
  }
  const path = count('path')[0];
  if (path) {
    for (const p of ['full', 'quick'] as const) {
      if (!path.blocks.some((b) => b.type === 'outcome' && b.path === p)) {
        errors.add(path.source, 1, 1, 'MissingOutcome', `The path lesson does not say what the ${p} path means for the learner.`, `Add a block "::: outcome ${p}" with the explanation, closed by ":::".`);
      }
    }
  }
  for (const lesson of lessons) {
    if (lesson.kind !== 'path' && lesson.kind !== 'self-assessment' && lesson.blocks.some((b) => b.type === 'yes-no')) {
      errors.add(lesson.source, 1, 1, 'BlockNotAllowed', 'yes-no blocks belong to the self-assessment; they decide the learner\'s path.', 'Use a "choice" block for questions inside lessons.');
    }
  }
  if (config) {
    for (const path of ['full', 'quick'] as const) {
      const rule = config.completion[path].requires;
      if (rule === 'all-required') continue;
      for (const id of rule) {
        const lesson = byId.get(id);
        if (!lesson || !lesson.paths.includes(path)) {
          const at = locateIn(courseText, id);
          errors.add(courseFile, at.line, at.col, 'UnknownLessonInRule', `The completion rule for the ${path} path names "${id}", which is ${lesson ? `not on the ${path} path` : 'not a lesson id'}.`, `List ids of lessons on the ${path} path, or write "requires: all-required".`);
        }
      }
    }
  }
}

function locateIn(text: string, needle: string): { line: number; col: number } {
  const pos = locate(text.split('\n'), needle);
  return { line: pos.line + 1, col: pos.col };
}

function idLine(sources: SourceFile[], path: string): number {
  const text = sources.find((s) => s.path === path)?.text ?? '';
  const k = text.split('\n').findIndex((l) => /^id\s*:/.test(l));
  return k === -1 ? 1 : k + 1;
}

// ---------------------------------------------------------------- YAML positions

function reportYamlErrors(doc: Document, file: string, lineOffset: number, lc: LineCounter, errors: ErrorList): void {
  for (const e of doc.errors) {
    const pos = e.linePos?.[0] ?? lc.linePos(e.pos[0]);
    const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    errors.add(file, pos.line + lineOffset, pos.col, 'YamlSyntax', `The settings could not be read: ${first}.`, 'Check this line: each setting is "name: value" on its own line; put text containing a colon in quotes ("Scenario 1: The temp").');
  }
}

function nodePosition(doc: Document, path: (string | number)[], lc: LineCounter, lineOffset: number, key = false): { line: number; col: number } {
  let node: unknown = doc.contents;
  let found: { range?: [number, number, number] } | null = null;
  for (const seg of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === seg);
    if (!pair) break;
    found = (key ? pair.key : (pair.value ?? pair.key)) as { range?: [number, number, number] };
    node = pair.value;
  }
  if (!found?.range) return { line: 1 + lineOffset, col: 1 };
  const pos = lc.linePos(found.range[0]);
  return { line: pos.line + lineOffset, col: pos.col };
}

function reportSchemaIssues(issues: z.core.$ZodIssue[], doc: Document, file: string, lineOffset: number, lc: LineCounter, errors: ErrorList): void {
  const isLesson = file.endsWith('.md');
  for (const issue of issues) {
    const path = issue.path.map(String);
    const name = path.join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) {
        const pos = nodePosition(doc, [...path, k], lc, lineOffset, true);
        const known = isLesson ? Object.keys(lessonFrontMatter.shape) : [];
        const near = closest(k, known);
        errors.add(file, pos.line, pos.col, 'UnknownField', `"${k}" is not a setting here.`, near ? `Did you mean "${near}"?` : `Remove it. Settings allowed here: ${isLesson ? known.join(', ') : 'see content/README.md'}.`);
      }
      continue;
    }
    const value = path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), doc.toJS());
    if (value === undefined) {
      const pos = nodePosition(doc, path.slice(0, -1), lc, lineOffset, true);
      errors.add(file, pos.line, pos.col, 'MissingField', `The setting "${name}" is missing.`, isLesson ? fieldHelp(path[path.length - 1]) : `Add "${name}" (see content/README.md for an example).`);
      continue;
    }
    const pos = nodePosition(doc, path, lc, lineOffset);
    let fix = isLesson ? fieldHelp(path[path.length - 1]) : 'See content/README.md for the allowed values.';
    if (issue.code === 'invalid_value' && 'values' in issue) {
      const near = closest(String(value), issue.values.map(String));
      fix = `Use one of: ${issue.values.join(', ')}.${near ? ` Did you mean "${near}"?` : ''}`;
    }
    errors.add(file, pos.line, pos.col, 'InvalidField', `The setting "${name}" ${describeIssue(issue, value)}.`, fix);
  }
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') return `should be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}, not ${JSON.stringify(value)}`;
  if (issue.code === 'invalid_value') return `has the value ${JSON.stringify(value)}, which is not allowed`;
  if (issue.code === 'too_small') return 'is empty';
  return issue.message.replace(/^Invalid input: /, '');
}

function fieldHelp(field: string): string {
  switch (field) {
    case 'id':
      return `Add "id: my-lesson" using ${ID_RULE}. Keep it unchanged once learners use the unit.`;
    case 'title':
      return 'Add "title: The lesson title" (put it in quotes if it contains a colon).';
    case 'kind':
      return `Add "kind:" with one of: ${LESSON_KINDS.join(', ')}. Most lessons are "lesson".`;
    case 'optional':
      return 'Write "optional: true" or leave the setting out.';
    case 'summary':
      return 'Write one short line that the menu shows under the title.';
    default:
      return 'See content/README.md.';
  }
}

/** The closest known word, for "did you mean" hints (edit distance at most 3). */
function closest(word: string, options: string[]): string | null {
  let best: string | null = null;
  let bestD = 4;
  for (const o of options) {
    const d = distance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) [best, bestD] = [o, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
