// The compiler's side of pages, tabs/accordion/cards and partly right answers: what a designer
// writes becomes these blocks, and each mistake is reported at its exact line and column.
import { describe, expect, it } from 'vitest';
import { compileSources } from '../src/course/compile';
import { EXAMPLE_FRONT_MATTER } from '../src/course/catalogue';
import type { Lesson } from '../src/course/types';
import { realSources } from './helpers/content';

const FILE = 'content/lessons/25-extra.md';
/** The body's first line is line 9 of the file (after the standard front matter). */
const BODY_LINE = EXAMPLE_FRONT_MATTER.split('\n').length;

function compileWith(body: string) {
  return compileSources([...realSources(), { path: FILE, text: EXAMPLE_FRONT_MATTER + body }]);
}

function extra(body: string): Lesson {
  const { course, errors } = compileWith(body);
  expect(errors).toEqual([]);
  return course!.lessons.find((l) => l.source === FILE)!;
}

describe('::: page', () => {
  it('splits a lesson into pages, each with its reading time', () => {
    const lesson = extra('## One\n\nFirst page.\n\n::: page\n\n## Two\n\nSecond page.\n');
    expect(lesson.pages!.map((p) => p.first)).toEqual([0, 1]);
    expect(lesson.pages!.every((p) => p.minutes >= 1)).toBe(true);
    expect(lesson.minutes).toBeGreaterThanOrEqual(1);
  });

  it('reports an empty page where the second marker is, and a marker at the end', () => {
    const { errors } = compileWith('Text.\n\n::: page\n\n::: page\n\nMore.\n\n::: page\n');
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([
      ['EmptyPage', BODY_LINE + 4, 1],
      ['EmptyPage', BODY_LINE + 8, 1],
    ]);
  });

  it('reading time follows the words: 400 words are about 2 minutes at 200 words a minute', () => {
    const lesson = extra(`${'word '.repeat(400).trim()}\n`);
    expect(lesson.minutes).toBe(2);
  });
});

describe('::: tabs, ::: accordion, ::: cards', () => {
  it('read the panels from the headings, at the level written, with the label of tabs', () => {
    const lesson = extra('## Parts\n\n::: tabs label="The parts"\n### First *part*\n\nText one.\n\n#### Inside\n\nStill one.\n\n### Second\n\nText two.\n:::\n');
    const block = lesson.blocks.find((b) => b.type === 'panels')!;
    expect(block).toMatchObject({ type: 'panels', style: 'tabs', label: 'The parts', level: 3 });
    if (block.type !== 'panels') throw new Error();
    expect(block.panels.map((p) => p.title)).toEqual(['First <em>part</em>', 'Second']);
    expect(block.panels[0].html).toContain('<h4>Inside</h4>');
  });

  it('report text before the first heading, an empty panel, a single panel and an unknown option, each at its place', () => {
    const cases: [string, string, number, number][] = [
      ['## P\n\n::: accordion\nLoose text.\n\n### A\n\nx\n\n### B\n\ny\n:::\n', 'PanelWithoutTitle', BODY_LINE + 3, 1],
      ['## P\n\n::: tabs\n### A\n\nx\n\n### B\n:::\n', 'EmptyPanel', BODY_LINE + 7, 1],
      ['## P\n\n::: cards\n### A\n\nx\n:::\n', 'TooFewPanels', BODY_LINE + 2, 5],
      ['## P\n\n::: cards wide\n### A\n\nx\n\n### B\n\ny\n:::\n', 'UnknownBlockOption', BODY_LINE + 2, 11],
    ];
    for (const [body, code, line, column] of cases) {
      const { errors } = compileWith(body);
      expect(errors.map((e) => [e.code, e.line, e.column]), code).toEqual([[code, line, column]]);
    }
  });
});

describe('view-all on tabs and accordion', () => {
  it('marks the block, beside a label, in either order; without it nothing is asked', () => {
    const lesson = extra('## P\n\n::: tabs view-all label="The parts"\n### A\n\nx\n\n### B\n\ny\n:::\n\n::: accordion view-all\n### C\n\nz\n\n### D\n\nw\n:::\n\n::: tabs label="Plain"\n### E\n\nv\n\n### F\n\nu\n:::\n');
    const panels = lesson.blocks.filter((b) => b.type === 'panels');
    expect(panels.map((b) => b.type === 'panels' && [b.style, b.label, b.viewAll ?? false])).toEqual([
      ['tabs', 'The parts', true],
      ['accordion', '', true],
      ['tabs', 'Plain', false],
    ]);
    const swapped = extra('## P\n\n::: tabs label="The parts" view-all\n### A\n\nx\n\n### B\n\ny\n:::\n').blocks.find((b) => b.type === 'panels');
    expect(swapped).toMatchObject({ label: 'The parts', viewAll: true });
  });

  it('reports view-all on cards, with a value, a misspelling, and on a block that has no panels, each at its column', () => {
    const cases: [string, string, number, number, RegExp][] = [
      ['## P\n\n::: cards view-all\n### A\n\nx\n\n### B\n\ny\n:::\n', 'ViewAllNotApplicable', BODY_LINE + 2, 11, /Cards are always open/],
      ['## P\n\n::: tabs view-all=yes\n### A\n\nx\n\n### B\n\ny\n:::\n', 'InvalidField', BODY_LINE + 2, 10, /takes no value/],
      ['## P\n\n::: accordion viewall\n### A\n\nx\n\n### B\n\ny\n:::\n', 'UnknownBlockOption', BODY_LINE + 2, 15, /Options of accordion: view-all/],
      ['::: reflection extra-notes view-all\nWrite.\n:::\n', 'UnknownBlockOption', BODY_LINE, 28, /not an option of a reflection/],
    ];
    for (const [body, code, line, column, message] of cases) {
      const { errors } = compileWith(body);
      expect(errors.map((e) => [e.code, e.file, e.line, e.column]), code).toEqual([[code, FILE, line, column]]);
      expect(errors[0].message + errors[0].fix).toMatch(message);
    }
  });
});

describe('(partly) in a choice', () => {
  it('marks a partly right option', () => {
    const lesson = extra('::: choice extra-c\nPick one.\n\n- extra-c-a (correct): A\n  > Because A.\n- extra-c-b (partly): B\n  > Partly, because B.\n- extra-c-c: C\n  > Not C.\n:::\n');
    const choice = lesson.blocks.find((b) => b.type === 'choice')!;
    if (choice.type !== 'choice') throw new Error();
    expect(choice.options.map((o) => [o.id, o.correct, o.partly ?? false])).toEqual([
      ['extra-c-a', true, false],
      ['extra-c-b', false, true],
      ['extra-c-c', false, false],
    ]);
  });
});
