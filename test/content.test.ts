// The authoring contract: the real content compiles, every kind of mistake stops the
// build with the exact file:line:column and a fix, and a new lesson file needs no code.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, cpSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileContentDir, compileSources, type SourceFile } from '../src/course/compile';
import { formatError } from '../src/course/errors';
import { createFlowMachine } from '../src/flow/machine';
import { sequence } from '../src/flow/progress';
import { realSources, ROOT } from './helpers/content';

/** The real content with one file replaced (or added). */
function withFile(path: string, text: string): SourceFile[] {
  const sources = realSources().filter((s) => s.path !== path);
  return [...sources, { path, text }];
}

function replaceIn(path: string, from: string, to: string): SourceFile[] {
  const original = realSources().find((s) => s.path === path);
  if (!original) throw new Error(`no ${path}`);
  if (!original.text.includes(from)) throw new Error(`"${from}" not in ${path}`);
  return withFile(path, original.text.replace(from, to));
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

const LESSON = `---
id: extra-lesson
title: An extra lesson
kind: lesson
summary: Added by a designer.
---

## Something new

Plain text.
`;

describe('the real content', () => {
  it('compiles without errors into the unit the issue describes', () => {
    const { course, errors } = compileContentDir(join(ROOT, 'content'), ROOT);
    expect(errors.map(formatError)).toEqual([]);
    expect(course).not.toBeNull();
    const kinds = course!.lessons.map((l) => l.kind);
    expect(kinds[0]).toBe('self-assessment');
    const yesNo = course!.lessons[0].blocks.filter((b) => b.type === 'yes-no');
    expect(yesNo).toHaveLength(6);
    const choices = course!.lessons.flatMap((l) => l.blocks).filter((b) => b.type === 'choice');
    for (const c of choices) if (c.type === 'choice') for (const o of c.options) expect(o.feedback.length).toBeGreaterThan(20);
    const weeks = course!.lessons.flatMap((l) => l.blocks).flatMap((b) => (b.type === 'challenge' ? [b.week] : []));
    expect(weeks).toEqual([18, 19, 20, 21]);
    const all = JSON.stringify(course);
    expect(all).toContain('Determining Direction');
    expect(all).toContain('TED, 2010');
  });

  it('gives every question, choice and prompt an ASCII id without spaces (Moodle rejects others)', () => {
    const { course } = compileContentDir(join(ROOT, 'content'), ROOT);
    const ids = course!.lessons.flatMap((l) => l.blocks).flatMap((b) => ('id' in b ? [b.id, ...(b.type === 'choice' ? b.options.map((o) => o.id) : [])] : []));
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(id).toMatch(/^[\x21-\x7E]{1,255}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps marked out of the compiled data and of the unit that ships', () => {
    const { course } = compileContentDir(join(ROOT, 'content'), ROOT);
    const html = course!.lessons.flatMap((l) => l.blocks).flatMap((b) => (b.type === 'html' ? [b.html] : []));
    expect(html.some((h) => h.includes('<h2'))).toBe(true);
    expect(html.join('')).not.toMatch(/<h1/);
    // The built unit (npm test builds it first): none of marked's code, found by strings that
    // survive minification and that marked's own build contains.
    const markedBuild = readFileSync(createRequire(import.meta.url).resolve('marked'), 'utf8');
    const fingerprints = ['marked(): input parameter', 'markedjs/marked', 'walkTokens', 'parseInline', 'Lexer', 'tokenizer'];
    expect(fingerprints.filter((f) => !markedBuild.includes(f))).toEqual([]);
    const assets = join(ROOT, 'dist/unit/assets');
    const shipped = readdirSync(assets).filter((n) => n.endsWith('.js'));
    expect(shipped.length).toBeGreaterThan(0);
    for (const name of shipped) {
      const js = readFileSync(join(assets, name), 'utf8');
      expect(fingerprints.filter((f) => js.includes(f)), name).toEqual([]);
    }
  });
});

describe('authoring mistakes stop the build with file:line:column and a fix', () => {
  const cases: { name: string; sources: () => SourceFile[]; file: string; line: number | (() => number); column?: number; code: string }[] = [
    {
      name: 'bad YAML in front matter',
      sources: () => replaceIn('content/lessons/20-introduction.md', 'kind: lesson', 'kind lesson'),
      file: 'content/lessons/20-introduction.md',
      line: 4,
      code: 'YamlSyntax',
    },
    {
      name: 'a missing required field',
      sources: () => replaceIn('content/lessons/20-introduction.md', 'kind: lesson\n', ''),
      file: 'content/lessons/20-introduction.md',
      line: 2,
      code: 'MissingField',
    },
    {
      name: 'a wrong value for a field',
      sources: () => replaceIn('content/lessons/20-introduction.md', 'kind: lesson', 'kind: lessen'),
      file: 'content/lessons/20-introduction.md',
      line: 4,
      column: 7,
      code: 'InvalidField',
    },
    {
      name: 'an unknown field (typo)',
      sources: () => replaceIn('content/lessons/20-introduction.md', 'kind: lesson', 'kind: lesson\ntitel: Oops'),
      file: 'content/lessons/20-introduction.md',
      line: 5,
      column: 1,
      code: 'UnknownField',
    },
    {
      name: 'a missing front matter',
      sources: () => withFile('content/lessons/25-extra.md', '## No settings\n'),
      file: 'content/lessons/25-extra.md',
      line: 1,
      code: 'MissingFrontMatter',
    },
    {
      name: 'an unknown block kind',
      sources: () => withFile('content/lessons/25-extra.md', LESSON + '\n::: quiz extra-q\nWhat?\n:::\n'),
      file: 'content/lessons/25-extra.md',
      line: () => lineOf(LESSON + '\n::: quiz extra-q\n', '::: quiz'),
      column: 5,
      code: 'UnknownBlockKind',
    },
    {
      name: 'a block that is never closed',
      sources: () => withFile('content/lessons/25-extra.md', LESSON + '\n::: reflection extra-r\nWrite.\n'),
      file: 'content/lessons/25-extra.md',
      line: () => lineOf(LESSON + '\n::: reflection extra-r\n', '::: reflection'),
      code: 'UnclosedBlock',
    },
    {
      name: 'a duplicate lesson id',
      sources: () => withFile('content/lessons/25-extra.md', LESSON.replace('id: extra-lesson', 'id: introduction')),
      file: 'content/lessons/25-extra.md',
      line: 2,
      code: 'DuplicateLessonId',
    },
    {
      name: 'a duplicate question id',
      sources: () => withFile('content/lessons/25-extra.md', LESSON + '\n::: reflection sa-have-hqc\nAgain?\n:::\n'),
      file: 'content/lessons/25-extra.md',
      line: 12,
      code: 'DuplicateId',
    },
    {
      name: 'an id with spaces or non-ASCII characters',
      sources: () => withFile('content/lessons/25-extra.md', LESSON + '\n::: reflection Café_notes\nWrite.\n:::\n'),
      file: 'content/lessons/25-extra.md',
      line: 12,
      column: 16,
      code: 'InvalidId',
    },
    {
      name: 'a link to a lesson that does not exist',
      sources: () => withFile('content/lessons/25-extra.md', LESSON + '\nSee [the intro](lesson:introduktion).\n'),
      file: 'content/lessons/25-extra.md',
      line: 12,
      column: 17,
      code: 'BrokenLessonLink',
    },
    {
      name: 'a choice option without feedback',
      sources: () => withFile('content/lessons/25-extra.md', LESSON + '\n::: choice extra-c\nPick one.\n\n- extra-c-a: A\n  > Because A.\n- extra-c-b: B\n:::\n'),
      file: 'content/lessons/25-extra.md',
      line: 17,
      code: 'OptionWithoutFeedback',
    },
    {
      name: 'a choice with a single option',
      sources: () => withFile('content/lessons/25-extra.md', LESSON + '\n::: choice extra-c\nPick one.\n\n- extra-c-a: A\n  > Because A.\n:::\n'),
      file: 'content/lessons/25-extra.md',
      line: 12,
      code: 'TooFewOptions',
    },
    {
      name: 'an image without alt text',
      sources: () => withFile('content/lessons/25-extra.md', LESSON + '\n![](photo.png)\n'),
      file: 'content/lessons/25-extra.md',
      line: 12,
      column: 1,
      code: 'ImageWithoutAlt',
    },
    {
      name: 'a level-1 heading inside a lesson',
      sources: () => withFile('content/lessons/25-extra.md', LESSON + '\n# Big title\n'),
      file: 'content/lessons/25-extra.md',
      line: 12,
      code: 'HeadingLevel',
    },
    {
      name: 'a lesson file name without its place number',
      sources: () => withFile('content/lessons/extra.md', LESSON),
      file: 'content/lessons/extra.md',
      line: 1,
      code: 'BadFileName',
    },
    {
      name: 'a stray block end',
      sources: () => withFile('content/lessons/25-extra.md', LESSON + '\n:::\n'),
      file: 'content/lessons/25-extra.md',
      line: 12,
      code: 'StrayBlockEnd',
    },
    {
      name: 'a challenge without its week',
      sources: () => withFile('content/lessons/25-extra.md', LESSON + '\n::: challenge extra-week\nDo it.\n:::\n'),
      file: 'content/lessons/25-extra.md',
      line: 12,
      code: 'InvalidField',
    },
    {
      name: 'an unknown block option',
      sources: () => withFile('content/lessons/25-extra.md', LESSON + '\n::: reflection extra-r mandatory\nWrite.\n:::\n'),
      file: 'content/lessons/25-extra.md',
      line: 12,
      column: 24,
      code: 'UnknownBlockOption',
    },
    {
      name: 'a theme with too little contrast',
      sources: () => replaceIn('content/course.yaml', 'brandContrast: "#ffffff"', 'brandContrast: "#3070a0"'),
      file: 'content/course.yaml',
      line: () => lineOf(realSources().find((s) => s.path === 'content/course.yaml')!.text, 'brandContrast'),
      code: 'LowContrast',
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const { course, errors } = compileSources(c.sources());
      expect(course, 'the build must stop').toBeNull();
      const line = typeof c.line === 'function' ? c.line() : c.line;
      const match = errors.find((e) => e.code === c.code);
      expect(match, `expected ${c.code}, got:\n${errors.map(formatError).join('\n')}`).toBeDefined();
      expect(match!.file).toBe(c.file);
      expect(match!.line).toBe(line);
      if (c.column !== undefined) expect(match!.column).toBe(c.column);
      expect(match!.message.length).toBeGreaterThan(10);
      expect(match!.fix.length).toBeGreaterThan(10);
      expect(formatError(match!)).toMatch(new RegExp(`^${c.file.replace(/[.]/g, '\\.')}:${line}:\\d+ ${c.code}: .+\\n  Fix: .+`));
    });
  }
});

describe('adding a lesson needs no code', () => {
  it('a new Markdown file in content/lessons/ becomes a step of the full path, in file-name order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hqc-content-'));
    try {
      cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
      writeFileSync(join(dir, 'content/lessons/25-extra-lesson.md'), LESSON + '\n::: reflection extra-notes required\nWhat did you notice?\n:::\n');
      const { course, errors } = compileContentDir(join(dir, 'content'), dir);
      expect(errors).toEqual([]);
      const full = sequence(course!, 'full').map((l) => l.id);
      expect(full.indexOf('extra-lesson')).toBe(full.indexOf('introduction') + 1);
      // The flow machine has a state for it, reached by Continue from the lesson before.
      const machine = createFlowMachine(course!);
      const state = machine.resolveState({ value: 'introduction', context: { path: 'full', answers: {}, visited: [], completed: false, returnTo: null, pages: {}, seed: 0 } });
      expect(Object.keys(machine.states)).toContain('extra-lesson');
      expect(state.value).toBe('introduction');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
