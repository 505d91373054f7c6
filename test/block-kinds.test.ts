// What each `:::` block kind compiles to, and each mistake in it, exactly as the designer sees
// it (file:line:column, message and fix). The lesson body is handed to the block compiler
// directly: no files, no bundler. Line 8 of the file is the body's first line.
import { describe, expect, it } from 'vitest';
import { parseBody, type BlockContext } from '../src/course/blocks';
import { ErrorList } from '../src/course/errors';
import { ID_RULE } from '../src/course/schema';
import type { Block, LessonKind } from '../src/course/types';

const FILE = 'content/lessons/25-extra.md';
const ctx = (): BlockContext => ({ file: FILE, errors: new ErrorList(), links: [], headingDepth: 2, ids: new Map(), lessonLists: [] });

function parse(body: string, kind: LessonKind = 'lesson') {
  const c = ctx();
  const { blocks, pageStarts } = parseBody(body.split('\n'), 8, c, kind);
  return { blocks, pageStarts, errors: c.errors.items, ctx: c };
}

/** One error as the designer sees it: "line:column", code, message and fix. */
const said = (where: string, code: string, message: string, fix: string) => ({ file: FILE, line: Number(where.split(':')[0]), column: Number(where.split(':')[1]), code, message, fix });

/** The blocks of a body that compiles with no error. */
function compiled(body: string, kind: LessonKind = 'lesson'): Block[] {
  const { blocks, errors } = parse(body, kind);
  expect(errors).toEqual([]);
  return blocks;
}

/** The errors of a body that does not compile; the block with the mistake is left out. */
function mistakes(body: string, kind: LessonKind = 'lesson') {
  const { blocks, errors } = parse(body, kind);
  expect(blocks.filter((b) => b.type !== 'html')).toEqual([]);
  return errors;
}

describe('::: page', () => {
  const EMPTY_FIX = 'Remove the extra "::: page" line; a page break goes between two parts of the lesson.';

  it('is refused in the path lesson and in a reference lesson, each with its reason', () => {
    const path = parse('Text.\n\n::: page\n\nMore.', 'path');
    expect(path.errors).toEqual([said('10:1', 'PageNotAllowed', 'The path lesson cannot be split into pages: its buttons choose the learner\'s path, and belong with the explanation of it.', 'Remove the "::: page" line; keep this lesson short.')]);
    expect(path.pageStarts).toEqual([]);
    const reference = parse('Text.\n\n::: page\n\nMore.', 'reference');
    expect(reference.errors).toEqual([said('10:1', 'PageNotAllowed', 'A reference lesson cannot be split into pages: learners open it from the menu at any time and go straight back, with no Continue to turn a page.', 'Remove the "::: page" line; keep this lesson short.')]);
  });

  it.each<LessonKind>(['self-assessment', 'quick-scan', 'lesson', 'closing'])('splits a %s lesson', (kind) => {
    const { errors, pageStarts, blocks } = parse('Text.\n\n::: page\n\nMore.', kind);
    expect(errors).toEqual([]);
    expect(pageStarts).toEqual([1]);
    expect(blocks).toEqual([{ type: 'html', html: '<p>Text.</p>' }, { type: 'html', html: '<p>More.</p>' }]);
  });

  it('before anything else would make an empty first page', () => {
    const { errors, pageStarts } = parse('::: page\n\nText.');
    expect(errors).toEqual([said('8:1', 'EmptyPage', 'This "::: page" line comes before anything else in the lesson, so its first page would be empty.', EMPTY_FIX)]);
    expect(pageStarts).toEqual([]);
  });

  it('right after another one names the line of the first', () => {
    const { errors, pageStarts } = parse('Text.\n\n::: page\n\n::: page\n\nMore.');
    expect(errors).toEqual([said('12:1', 'EmptyPage', 'This "::: page" line follows another one (line 10) with nothing between them, so the learner would see an empty page.', EMPTY_FIX)]);
    expect(pageStarts).toEqual([1]);
  });

  it('after a block with a mistake is not empty: only the mistake is reported', () => {
    const NO_ID = `Write an id after the kind, like "::: reflection my-reflection-1". Use ${ID_RULE}. The LMS records answers under this id, so keep it when you change the wording.`;
    expect(parse('::: reflection\nWrite.\n:::\n\n::: page\n\nMore.').errors).toEqual([said('8:15', 'InvalidId', 'The reflection block has no id.', NO_ID)]);
    expect(parse('Text.\n\n::: page\n\n::: reflection\nWrite.\n:::').errors).toEqual([said('12:15', 'InvalidId', 'The reflection block has no id.', NO_ID)]);
  });

  it('at the end of the lesson would make an empty last page, after any number of pages', () => {
    const { errors, pageStarts } = parse('One.\n::: page\nTwo.\n::: page\nThree.\n::: page\n');
    expect(errors).toEqual([said('13:1', 'EmptyPage', 'This "::: page" line is the last thing in the lesson, so the learner would see an empty last page.', 'Remove the "::: page" line at the end; a page break goes between two parts of the lesson.')]);
    expect(pageStarts).toEqual([1, 2]);
  });
});

describe('prose', () => {
  it('is Markdown rendered with its lines as written', () => {
    expect(compiled('## Part\n\nOne line\nand the next.\n\n- a\n- b')).toEqual([{ type: 'html', html: '<h2>Part</h2>\n<p>One line\nand the next.</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>' }]);
  });
});

describe('the kind of a block', () => {
  const KINDS = 'Start the block with one of: "::: yes-no", "::: choice", "::: reflection", "::: challenge", "::: outcome", "::: lessons", "::: tabs", "::: accordion", "::: cards".';

  it('that is unknown is listed with the kinds, and the nearest one when there is one', () => {
    expect(mistakes('::: choise pick\nText.\n:::')).toEqual([said('8:5', 'UnknownBlockKind', '"choise" is not a block kind.', `${KINDS} Did you mean "choice"?`)]);
    expect(mistakes(':::  quizzical pick\nText.\n:::')).toEqual([said('8:6', 'UnknownBlockKind', '"quizzical" is not a block kind.', KINDS)]);
  });

  it('yes-no belongs to the self-assessment and the path lesson only', () => {
    expect(mistakes('::: yes-no q-one\nDo you?\n:::')).toEqual([said('8:5', 'BlockNotAllowed', 'yes-no blocks belong to the self-assessment; they decide the learner\'s path.', 'Use a "choice" block for questions inside lessons.')]);
    expect(compiled('::: yes-no q-one\nDo you?\n:::', 'path')).toHaveLength(1);
  });

  it('curly quotes on the opening line are pointed at', () => {
    expect(mistakes('::: reflection r-one label=\u201cMy notes\u201d\nWrite.\n:::')).toEqual([
      said('8:28', 'CurlyQuotes', 'The opening line of this reflection block has a curly quote (\u201c), which a word processor typed in place of a straight one; the block\'s options only understand straight quotes (").', 'Retype the quotes as straight double quotes, like label="My notes". Curly quotes are fine in the text of the block.'),
    ]);
  });
});

describe('::: yes-no', () => {
  it('is required unless marked optional', () => {
    expect(compiled('::: yes-no q-one\nDo you *plan*?\n:::\n\n::: yes-no q-two optional\nAnd you?\n:::', 'self-assessment')).toEqual([
      { type: 'yes-no', id: 'q-one', prompt: 'Do you <em>plan</em>?', text: 'Do you plan?', required: true },
      { type: 'yes-no', id: 'q-two', prompt: 'And you?', text: 'And you?', required: false },
    ]);
  });
});

describe('::: reflection', () => {
  it('takes its label from the text, is optional and 1000 characters long unless told otherwise', () => {
    expect(compiled('::: reflection r-one\nWrite *here*.\n:::\n\n::: reflection r-two required max=800 label="My notes"\nWrite more.\n:::')).toEqual([
      { type: 'reflection', id: 'r-one', prompt: 'Write <em>here</em>.', text: 'Write here.', label: 'Write here.', required: false, maxLength: 1000 },
      { type: 'reflection', id: 'r-two', prompt: 'Write more.', text: 'Write more.', label: 'My notes', required: true, maxLength: 800 },
    ]);
  });

  it.each([50, 4000])('accepts max=%i', (max) => {
    expect(compiled(`::: reflection r-one max=${max}\nWrite.\n:::`)).toMatchObject([{ maxLength: max }]);
  });

  it.each([
    ['max=49', 'max=49'],
    ['max=4001', 'max=4001'],
    ['max=12.5', 'max=12.5'],
    ['max=long', 'max=long'],
    ['max', 'max='],
  ])('refuses %s at its column', (option, shown) => {
    const { errors } = parse(`::: reflection r-one required ${option}\nWrite.\n:::`);
    expect(errors).toEqual([said('8:31', 'InvalidField', `${shown} is not a length between 50 and 4000 characters.`, 'Write a whole number, like "max=800".')]);
  });
});

describe('::: challenge', () => {
  it('belongs to a week from 1 to 26', () => {
    expect(compiled('::: challenge ch-one week=1\nDo it.\n:::\n\n::: challenge ch-two week=26\nDo *more*.\n:::')).toEqual([
      { type: 'challenge', id: 'ch-one', week: 1, prompt: 'Do it.', text: 'Do it.' },
      { type: 'challenge', id: 'ch-two', week: 26, prompt: 'Do <em>more</em>.', text: 'Do more.' },
    ]);
  });

  const NEEDS = (id: string) => ['The challenge "' + id + '" needs the week of the 26-week challenge it belongs to.', `Add "week=" and a number from 1 to 26, like "::: challenge ${id} week=18".`] as const;
  it.each(['week=0', 'week=27', 'week=2.5', 'week', 'week=soon'])('refuses %s at its column', (option) => {
    expect(mistakes(`::: challenge ch-one ${option}\nDo it.\n:::`)).toEqual([said('8:22', 'InvalidField', ...NEEDS('ch-one'))]);
  });

  it('with an unknown option before the week points at each', () => {
    expect(mistakes('::: challenge ch-one soon week=0\nDo it.\n:::')).toEqual([
      said('8:22', 'UnknownBlockOption', '"soon" is not an option of a challenge block.', 'Options of challenge: week.'),
      said('8:27', 'InvalidField', ...NEEDS('ch-one')),
    ]);
  });

  it('without a week points after the kind', () => {
    expect(mistakes('::: challenge ch-one\nDo it.\n:::')).toEqual([said('8:14', 'InvalidField', ...NEEDS('ch-one'))]);
  });

  it('without an id says so, and nothing more', () => {
    expect(mistakes('::: challenge\nDo it.\n:::')).toEqual([
      said('8:14', 'InvalidId', 'The challenge block has no id.', `Write an id after the kind, like "::: challenge my-challenge-1". Use ${ID_RULE}. The LMS records answers under this id, so keep it when you change the wording.`),
    ]);
  });
});

describe('the id and options of a question', () => {
  const NO_ID = `Write an id after the kind, like "::: reflection my-reflection-1". Use ${ID_RULE}. The LMS records answers under this id, so keep it when you change the wording.`;

  it('a missing id, or an option where the id should be, is reported after the kind', () => {
    expect(mistakes('::: reflection\nWrite.\n:::')).toEqual([said('8:15', 'InvalidId', 'The reflection block has no id.', NO_ID)]);
    expect(mistakes('::: reflection label="Notes"\nWrite.\n:::')).toEqual([said('8:15', 'InvalidId', 'The reflection block has no id.', NO_ID)]);
  });

  it('an id may have 64 characters, not 65', () => {
    const id64 = `r${'-a'.repeat(31)}b`;
    expect(id64).toHaveLength(64);
    expect(compiled(`::: reflection ${id64}\nWrite.\n:::`)).toMatchObject([{ id: id64 }]);
    expect(mistakes(`::: reflection ${id64}c\nWrite.\n:::`)).toEqual([
      said('8:16', 'InvalidId', `The id "${id64}c" is not allowed.`, `Use ${ID_RULE}. The LMS records answers under this id (Moodle refuses spaces and non-ASCII characters).`),
    ]);
  });

  it('an unknown option lists the options of the kind', () => {
    expect(parse('::: reflection r-one private\nWrite.\n:::').errors).toEqual([said('8:22', 'UnknownBlockOption', '"private" is not an option of a reflection block.', 'Options of reflection: required, max, label.')]);
    expect(parse('::: choice c-one random\nPick.\n- a: A\n  > A.\n- b: B\n  > B.\n:::').errors).toEqual([said('8:18', 'UnknownBlockOption', '"random" is not an option of a choice block.', 'Options of choice: optional, shuffle.')]);
  });

  it('an id used twice names the first place', () => {
    expect(parse('::: reflection r-one\nWrite.\n:::\n\n::: reflection r-one\nAgain.\n:::').errors).toEqual([
      said('12:16', 'DuplicateId', `The id "r-one" is already used at ${FILE}:8.`, 'Give this block an id of its own. Ids must be unique in the whole unit because the LMS records answers under them.'),
    ]);
  });

  it('a question without text says what to write, and where', () => {
    expect(mistakes('::: reflection r-one\n   \n\n:::')).toEqual([said('8:1', 'EmptyPrompt', 'The reflection block "r-one" has no text.', 'Write the text on the lines between the opening line and ":::".')]);
    expect(mistakes('::: choice c-one\n- a: A\n  > A.\n- b: B\n  > B.\n:::')).toEqual([said('8:1', 'EmptyPrompt', 'The choice block "c-one" has no text.', 'Write the question on the lines after "::: choice ...", before the first option.')]);
  });

  it('its text is one paragraph: lines and blank lines become single spaces; a "#" is only a character', () => {
    expect(compiled('::: reflection r-one\nFirst line\n\n\nsecond line.\n:::\n\n::: reflection r-two\n# Not a heading\n:::')).toMatchObject([
      { prompt: 'First line second line.' },
      { prompt: '# Not a heading' },
    ]);
  });
});

describe('::: outcome', () => {
  const NO_PATH = ['An outcome block must say which path it explains.', 'Write "::: outcome full" or "::: outcome quick".'] as const;

  it('explains the full or the quick path, in the path lesson', () => {
    expect(compiled('::: outcome full\nThe *full*\npath.\n:::\n\n::: outcome quick\nThe quick one.\n:::', 'path')).toEqual([
      { type: 'outcome', path: 'full', html: '<p>The <em>full</em>\npath.</p>' },
      { type: 'outcome', path: 'quick', html: '<p>The quick one.</p>' },
    ]);
  });

  it('belongs in the path lesson only', () => {
    expect(mistakes('::: outcome full\nText.\n:::')).toEqual([said('8:5', 'BlockNotAllowed', 'An "outcome" block only belongs in the lesson of kind "path".', 'Move it to the path lesson, or use ordinary Markdown here.')]);
  });

  it('must name its path', () => {
    expect(mistakes('::: outcome\nText.\n:::', 'path')).toEqual([said('8:12', 'InvalidField', ...NO_PATH)]);
    expect(mistakes('::: outcome  slow\nText.\n:::', 'path')).toEqual([said('8:14', 'InvalidField', ...NO_PATH)]);
  });

  it('has its headings checked like the lesson\'s', () => {
    expect(parse('::: outcome full\n# Big\n:::', 'path').errors).toEqual([
      said('9:1', 'HeadingLevel', '"# Big" is a top-level heading; the lesson title from the front matter is already the page\'s top heading.', 'Use "## " for sections inside a lesson (and "### " below those).'),
    ]);
  });
});

describe('::: lessons', () => {
  const NO_PATH = ['A lessons block must say which path it lists.', 'Write "::: lessons full" or "::: lessons quick".'] as const;

  it('is an empty place that the list of the path fills in later', () => {
    const { blocks, errors, ctx: c } = parse('::: lessons quick\n   \n:::\n\n::: lessons full\n:::');
    expect(errors).toEqual([]);
    expect(blocks).toEqual([{ type: 'html', html: '' }, { type: 'html', html: '' }]);
    expect(c.lessonLists).toEqual([
      { lessonSource: FILE, path: 'quick', block: blocks[0] },
      { lessonSource: FILE, path: 'full', block: blocks[1] },
    ]);
    expect(c.lessonLists[0].block).toBe(blocks[0]);
  });

  it('must name its path', () => {
    expect(mistakes('::: lessons\n:::')).toEqual([said('8:12', 'InvalidField', ...NO_PATH)]);
    expect(mistakes('::: lessons slow\n:::')).toEqual([said('8:13', 'InvalidField', ...NO_PATH)]);
  });

  it('refuses text inside, at its first line', () => {
    const { blocks, errors, ctx: c } = parse('::: lessons full\n   \nSome text.\n:::');
    expect(errors).toEqual([said('10:1', 'InvalidField', 'A lessons block is filled in from the lesson files; text written inside it would be lost.', 'Leave the block empty ("::: lessons full" and then ":::"), and put any introduction above it.')]);
    expect(blocks).toEqual([]);
    expect(c.lessonLists).toEqual([]);
  });
});

describe('::: tabs, ::: accordion, ::: cards', () => {
  it('compile to panels with their titles, level, label and view-all', () => {
    expect(compiled('::: accordion\n  \n\n### A\n\nText *a*.\n\n### B  \n\nText b.\n:::\n\n::: tabs label="Parts" view-all\n## One\nx\n## Two\ny\n:::\n\n::: cards\n### C\nz\n### D\nw\n:::')).toEqual([
      { type: 'panels', style: 'accordion', label: '', level: 3, panels: [{ title: 'A', html: '<p>Text <em>a</em>.</p>' }, { title: 'B', html: '<p>Text b.</p>' }] },
      { type: 'panels', style: 'tabs', label: 'Parts', level: 2, panels: [{ title: 'One', html: '<p>x</p>' }, { title: 'Two', html: '<p>y</p>' }], viewAll: true },
      { type: 'panels', style: 'cards', label: '', level: 3, panels: [{ title: 'C', html: '<p>z</p>' }, { title: 'D', html: '<p>w</p>' }] },
    ]);
  });

  it('a label without a value is an empty label', () => {
    expect(compiled('::: tabs label\n## One\nx\n## Two\ny\n:::')).toMatchObject([{ type: 'panels', style: 'tabs', label: '' }]);
  });

  it.each([
    ['tabs', 'tab'],
    ['accordion', 'section'],
    ['cards', 'card'],
  ])('%s starting with text name what the text would belong to, at the text', (style, part) => {
    expect(mistakes(`::: ${style}\n\nLoose text.\n\n### A\n\nx\n\n### B\n\ny\n:::`)).toEqual([
      said('10:1', 'PanelWithoutTitle', `The ${style} block starts with text instead of a heading, so that text belongs to no ${part}.`, 'Start each panel with a heading, like "### Culture and values", and put its text below it.'),
    ]);
  });

  it('an empty block is reported at its opening line', () => {
    expect(mistakes('Intro.\n\n::: cards\n\n:::')).toEqual([
      said('10:1', 'PanelWithoutTitle', 'The cards block starts with text instead of a heading, so that text belongs to no card.', 'Start each panel with a heading, like "### Culture and values", and put its text below it.'),
    ]);
  });

  it('a panel with only blank lines is empty, and the block is left out', () => {
    expect(mistakes('::: tabs\n### A\n\nx\n\n### B  \n\n   \n\n### C\n\ny\n:::')).toEqual([said('13:1', 'EmptyPanel', 'The panel "B" has a heading but no text.', 'Write its text below the heading, or remove the heading.')]);
  });

  it('one panel is too few, named with the heading level to add', () => {
    expect(mistakes('::: cards\n### Only\n\nx\n:::')).toEqual([said('8:5', 'TooFewPanels', 'This cards block has 1 panel; cards need at least two to be worth the clicks.', 'Add another "### " heading with its text, or write the content as ordinary Markdown without the block.')]);
  });

  it('headings inside are checked like the lesson\'s', () => {
    expect(parse('::: tabs\n### A\n\n# Big\n\n### B\n\ny\n:::').errors).toEqual([
      said('11:1', 'HeadingLevel', '"# Big" is a top-level heading; the lesson title from the front matter is already the page\'s top heading.', 'Use "## " for sections inside a lesson (and "### " below those).'),
    ]);
  });

  it.each([
    ['tabs', 'wide', 'Options of tabs: label="…", view-all.'],
    ['accordion', 'wide', 'Options of accordion: view-all.'],
    ['cards', 'wide', 'A cards block takes no options; remove "wide". Each panel\'s title is the heading that starts it.'],
  ])('an unknown option of %s lists its options', (style, option, fix) => {
    expect(mistakes(`::: ${style} ${option}\n### A\n\nx\n\n### B\n\ny\n:::`)).toEqual([said(`8:${6 + style.length}`, 'UnknownBlockOption', `"${option}" is not an option of a ${style} block.`, fix)]);
  });

  it('view-all takes no value, and cards have nothing to open', () => {
    expect(mistakes('::: tabs label="Parts" view-all=yes\n### A\n\nx\n\n### B\n\ny\n:::')).toEqual([said('8:24', 'InvalidField', '"view-all" takes no value ("view-all=yes").', 'Write just "view-all" after the block kind, like "::: tabs view-all".')]);
    expect(mistakes('::: cards view-all\n### A\n\nx\n\n### B\n\ny\n:::')).toEqual([
      said('8:11', 'ViewAllNotApplicable', 'Cards are always open, so the learner sees every card without opening it: "view-all" has nothing to ask of them.', 'Remove "view-all", or use "::: tabs view-all" or "::: accordion view-all" if the learner should open each part before moving on.'),
    ]);
  });
});

describe('::: choice', () => {
  it('compiles its question, options, markers, consequences and feedback', () => {
    const body = [
      '::: choice c-one optional shuffle',
      'Pick one - the best.',
      '- c-one-a (correct, pinned): Ask *first*',
      '  -> She smiles.',
      '  > Because it works.',
      '  > Really.',
      '   ',
      '- c-one-b (partly): Wait',
      '  > Partly.',
      '* c-one-c (pinned): None of these',
      '  >  Not this.',
      ':::',
      '',
      '::: choice c-two',
      'Which?',
      '',
      '- c-two-a (correct,pinned): \u201cHi,\u201d she said',
      '  -> First line',
      '  -> second line.',
      '  > Yes.',
      '- c-two-b ( pinned): B',
      '  > No.',
      '- c-two-c (pinned, partly): C',
      '  ->   ',
      '  > Maybe.',
      ':::',
    ].join('\n');
    expect(compiled(body)).toEqual([
      {
        type: 'choice', id: 'c-one', prompt: 'Pick one - the best.', text: 'Pick one - the best.', required: false, shuffle: true,
        options: [
          { id: 'c-one-a', label: 'Ask <em>first</em>', text: 'Ask first', feedback: '<p>Because it works.\nReally.</p>', correct: true, pinned: true, consequence: '<p>She smiles.</p>' },
          { id: 'c-one-b', label: 'Wait', text: 'Wait', feedback: '<p>Partly.</p>', correct: false, partly: true },
          { id: 'c-one-c', label: 'None of these', text: 'None of these', feedback: '<p>Not this.</p>', correct: false, pinned: true },
        ],
      },
      {
        type: 'choice', id: 'c-two', prompt: 'Which?', text: 'Which?', required: true,
        options: [
          { id: 'c-two-a', label: '\u201cHi,\u201d she said', text: '\u201cHi,\u201d she said', feedback: '<p>Yes.</p>', correct: true, pinned: true, consequence: '<p>First line\nsecond line.</p>' },
          { id: 'c-two-b', label: 'B', text: 'B', feedback: '<p>No.</p>', correct: false, pinned: true },
          { id: 'c-two-c', label: 'C', text: 'C', feedback: '<p>Maybe.</p>', correct: false, partly: true, pinned: true },
        ],
      },
    ]);
  });

  it('finds the links in an option\'s text, consequence and feedback at their columns', () => {
    const { errors, ctx: c } = parse('::: choice c-one\nPick.\n- c-one-a: See [a](lesson:intro)\n  -> Then [b](lesson:intro).\n  >  Read [c](lesson:intro).\n- c-one-b: B\n  > B.\n:::');
    expect(errors).toEqual([]);
    expect(c.links.map((l) => `${l.line}:${l.column}`)).toEqual(['10:20', '12:15', '11:15']);
  });

  it('a "#" in an option\'s text is only a character', () => {
    expect(compiled('::: choice c-one\nPick.\n- c-one-a: # One\n  > A.\n- c-one-b: B\n  > B.\n:::')).toMatchObject([{ options: [{ label: '# One' }, { label: 'B' }] }]);
  });

  const TWO = '- c-one-b: B\n  > B.';
  const choice = (...lines: string[]) => `::: choice c-one\nPick.\n${lines.join('\n')}\n:::`;

  it.each([
    ['an option id that is not allowed', choice('- Option_A: A', '  > A.', TWO), [said('10:3', 'InvalidId', 'The option id "Option_A" is not allowed.', `Start each option with its id and a colon, like "- c-one-a: The option text". Use ${ID_RULE}.`)]],
    ['an option id used twice', choice('- c-one-b: A', '  > A.', TWO), [said('12:3', 'DuplicateId', 'The option id "c-one-b" is used twice in the choice "c-one".', 'Give each option of a question its own id.')]],
    ['curly quotes around an option id', choice('-  \u2018c-one-a\u2019: A', '  > A.', TWO), [said('10:4', 'CurlyQuotes', 'The option id has a curly quote (\u2018), which a word processor typed in place of a straight one.', 'Write the id without quotes, like "- c-one-a: The option text". Curly quotes are fine in the option text after the colon.')]],
    ['a second (correct)', choice('- c-one-a (correct): A', '  > A.', '- c-one-b  (correct): B', '  > B.'), [said('12:12', 'MultipleCorrect', 'The choice "c-one" has a second option marked (correct); "c-one-a" on line 10 is already. The LMS records one correct answer per question, so only the first would count in its reports.', 'Keep "(correct)" on the best answer only. If another option is also good, say so in its feedback.')]],
    ['(Correct ) with a capital and a space', choice('- c-one-a (Correct ): A', '  > A.', TWO), [said('10:11', 'BadCorrectMarker', '"(Correct )" marks an answer only when written in lower case and with no space inside the brackets, as "(correct)".', 'Write "(correct)" in lower case and with no space inside the brackets.')]],
    ['( partly) with a space only', choice('- c-one-a ( partly): A', '  > A.', TWO), [said('10:11', 'BadCorrectMarker', '"( partly)" marks an answer only when written with no space inside the brackets, as "(partly)".', 'Write "(partly)" with no space inside the brackets.')]],
    ['(PARTLY)', choice('- c-one-a (PARTLY): A', '  > A.', TWO), [said('10:11', 'BadCorrectMarker', '"(PARTLY)" marks an answer only when written in lower case, as "(partly)".', 'Write "(partly)" in lower case.')]],
    ['(right)', choice('- c-one-a (right): A', '  > A.', TWO), [said('10:11', 'BadCorrectMarker', '"(right)" is not a marker the choice understands; "(correct)" marks the best answer and "(partly)" a partly right one.', 'Write "(correct)" after the id of the best option (or "(partly)" after a partly right one), or remove the brackets (text in brackets belongs after the colon).')]],
    ['two markers besides (pinned)', choice('- c-one-a (partly, correct, pinned): A', '  > A.', TWO), [said('10:11', 'BadCorrectMarker', '"(partly correct)" is not a marker the choice understands; "(correct)" marks the best answer and "(partly)" a partly right one.', 'Write "(correct)" after the id of the best option (or "(partly)" after a partly right one), or remove the brackets (text in brackets belongs after the colon).')]],
    ['a stray line between good options', choice('- c-one-a: A', '  > A.', 'Stray.', TWO), [said('12:1', 'BadOptionLine', 'This line in the choice "c-one" is neither an option, nor its consequence, nor its feedback.', 'Write options as "- option-id: Option text", what happens next (optional) on lines below it indented by two spaces and starting with "->", and the feedback on lines indented by two spaces and starting with ">".')]],
    ['no options', choice(), [said('8:1', 'TooFewOptions', 'The choice "c-one" has 0 options; a choice needs at least two.', 'Add options as "- option-id: Option text", each followed by its feedback on indented lines starting with ">".')]],
    ['one option', choice(TWO), [said('8:1', 'TooFewOptions', 'The choice "c-one" has 1 option; a choice needs at least two.', 'Add options as "- option-id: Option text", each followed by its feedback on indented lines starting with ">".')]],
    ['an option whose feedback is only blank', choice('- c-one-a: A', '  >    ', TWO), [said('10:1', 'OptionWithoutFeedback', 'The option "c-one-a" of the choice "c-one" has no feedback.', 'Below the option, add at least one line indented by two spaces and starting with ">", that explains what this choice shows. Feedback should teach, not only say "correct".')]],
  ])('%s is reported at its place, and the choice is left out', (_name, body, expected) => {
    expect(mistakes(body)).toEqual(expected);
  });

  it.each(['# Big', '## Well done', '### Why'])('"%s" in feedback or in what happens next is a mistake (it would start a section inside the question)', (heading) => {
    const text = heading.replace(/^#+ /, '');
    const inQuestion = (where: string) => said(where, 'HeadingInQuestion', `"${heading}" is a heading inside a question's feedback or what happens next: screen-reader users moving by headings would land in the middle of the question, as if a new section began.`, `Write it as a sentence, or in bold: **${text}**.`);
    expect(parse(choice('- c-one-a: A', `  > ${heading}`, TWO)).errors).toEqual([inQuestion('11:5')]);
    expect(parse(choice('- c-one-a: A', `  -> ${heading}`, '  > A.', TWO)).errors).toEqual([inQuestion('11:6')]);
  });

  const NO_ID = ['This option of the choice "c-one" has no id before a colon, so the LMS could not record it.', 'Write it as "- option-id: Option text", for example "- ask-first (correct): Ask what they need". An id uses lowercase letters, digits and hyphens.'] as const;
  const UNDER = (id: string) => [`This indented line under the option "${id}" starts with neither ">" (feedback) nor "->" (what happens next).`, 'Start it with ">" if it is feedback, or with "->" if it tells what happens next in the story.'] as const;
  const NEITHER = ['This line in the choice "c-one" is neither an option, nor its consequence, nor its feedback.', 'Write options as "- option-id: Option text", what happens next (optional) on lines below it indented by two spaces and starting with "->", and the feedback on lines indented by two spaces and starting with ">".'] as const;

  it('an option without an id is reported once, not its feedback nor "too few options"', () => {
    expect(mistakes(choice('- Ask first', ' > Because.', '   more of it', TWO))).toEqual([said('10:1', 'BadOptionLine', ...NO_ID)]);
  });

  it('each line that is not an option, consequence or feedback says which it is, and missing feedback is still named', () => {
    expect(mistakes(choice('- c-one-a: A', '  > A.', 'Stray - line.', ' junk', '  + Nested', '   under it', '- c-one-b: B'))).toEqual([
      said('12:1', 'BadOptionLine', ...NEITHER),
      said('13:1', 'BadOptionLine', ...UNDER('c-one-a')),
      said('14:1', 'BadOptionLine', ...NO_ID),
      said('16:1', 'OptionWithoutFeedback', 'The option "c-one-b" of the choice "c-one" has no feedback.', 'Below the option, add at least one line indented by two spaces and starting with ">", that explains what this choice shows. Feedback should teach, not only say "correct".'),
    ]);
  });
});
