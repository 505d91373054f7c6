// Headings in lessons: the lesson title is the page's one level-1 heading, and sections go
// down one level at a time, so screen-reader users who move by headings miss nothing. Each
// mistake is reported at its first "#" with a message that names the heading before it.
import { describe, expect, it } from 'vitest';
import { EXAMPLE_FRONT_MATTER } from '../src/course/catalogue';
import { compileSources } from '../src/course/compile';
import { realSources } from './helpers/content';

const FILE = 'content/lessons/25-extra.md';
const BODY_LINE = EXAMPLE_FRONT_MATTER.split('\n').length;

function errorsOf(body: string) {
  const { errors } = compileSources([...realSources(), { path: FILE, text: EXAMPLE_FRONT_MATTER + body }]);
  return errors.map(({ source: _, ...e }) => e);
}

const TOP = (text: string) => ({
  code: 'HeadingLevel',
  message: `"# ${text}" is a top-level heading; the lesson title from the front matter is already the page's top heading.`,
  fix: 'Use "## " for sections inside a lesson (and "### " below those).',
});
const SKIP = (heading: string, before: string, skips: string, use: string) => ({
  code: 'HeadingLevel',
  message: `"${heading}" comes after ${before}: it skips ${skips}, which confuses screen-reader users who move through the page by headings.`,
  fix: `Use "${use} " here: one level below ${before}.`,
});
const at = (line: number, column = 1) => ({ file: FILE, line: BODY_LINE + line, column });

describe('heading levels', () => {
  it.each([
    ['# A second title', [{ ...at(0), ...TOP('A second title') }]],
    ['### Too deep at once', [{ ...at(0), ...SKIP('### Too deep at once', 'the lesson title', 'a level', '##') }]],
    ['#### Far too deep', [{ ...at(0), ...SKIP('#### Far too deep', 'the lesson title', 'levels', '##') }]],
    ['## Section\n\nText.\n\n#### Too deep', [{ ...at(4), ...SKIP('#### Too deep', 'a "##" heading', 'a level', '###') }]],
    ['## Section\n\n### Part\n\n###### Much too deep', [{ ...at(4), ...SKIP('###### Much too deep', 'a "###" heading', 'levels', '####') }]],
    ['Text.\n\n   ### Indented', [{ ...at(2, 4), ...SKIP('### Indented', 'the lesson title', 'a level', '##') }]],
    // After a level-1 heading, sections carry on from level 2: one error, not two.
    ['# A second title\n\n### Part', [{ ...at(0), ...TOP('A second title') }]],
  ])('%j', (body, errors) => {
    expect(errorsOf(`${body}\n`)).toEqual(errors);
  });

  it('going back up any number of levels is fine, and so are panels one level down', () => {
    expect(errorsOf('## One\n\n### Part\n\n#### Detail\n\n## Two\n\n::: tabs\n### First\n\nx\n\n### Second\n\ny\n:::\n')).toEqual([]);
  });

  it('headings count across the lesson: prose, then the panels of a tabs block', () => {
    expect(errorsOf('## One\n\n::: tabs\n#### First\n\nx\n\n#### Second\n\ny\n:::\n')).toEqual([{ ...at(3), ...SKIP('#### First', 'a "##" heading', 'a level', '###') }]);
  });

  it('a question\'s prompt is one line of text: a "#" there is only a character', () => {
    const body = '::: choice extra-c\n# Pick one.\n\n- extra-c-a (correct): A\n  > Because A.\n- extra-c-b: B\n  > Because B.\n:::\n';
    expect(errorsOf(body)).toEqual([]);
  });

  it('a heading in an option\'s feedback is a mistake: it would start a section inside the question', () => {
    const body = '::: choice extra-c\nPick one.\n\n- extra-c-a (correct): A\n  > ### Because A.\n- extra-c-b: B\n  > Because B.\n:::\n';
    expect(errorsOf(body)).toEqual([
      {
        file: FILE,
        line: BODY_LINE + 4,
        column: 5,
        code: 'HeadingInQuestion',
        message: '"### Because A." is a heading inside a question\'s feedback or what happens next: screen-reader users moving by headings would land in the middle of the question, as if a new section began.',
        fix: 'Write it as a sentence, or in bold: **Because A.**.',
      },
    ]);
  });
});
