// The block scanner knows no kinds, only which ones nest: a container (tabs, accordion,
// cards, when they come) holds blocks closed by their own ":::", with exact positions, while
// in any other block an opening line still means the block above was left open.
import { describe, expect, it } from 'vitest';
import { scanBody, type BlockContext } from '../src/course/blocks';
import { ErrorList } from '../src/course/errors';
import { positionIn, segmentOf, segmentText } from '../src/course/segment';

const ctx = (): BlockContext => ({ file: 'content/lessons/25-extra.md', errors: new ErrorList(), links: [], headingDepth: 1, ids: new Map(), lessonLists: [] });
const LINES = ['::: tabs', '::: reflection first-notes', 'Write.', ':::', '', ':::  reflection second-notes', 'Write more.', ':::', ':::', 'After.'];

describe('the block scanner', () => {
  it('reads a container\'s blocks with their own lines and columns', () => {
    const c = ctx();
    const pieces = scanBody(LINES, 8, c, new Set(['tabs']));
    expect(c.errors.items).toEqual([]);
    expect(pieces.map((p) => p.type)).toEqual(['block', 'prose']);
    const tabs = pieces[0].type === 'block' ? pieces[0].block : null;
    expect(tabs).toMatchObject({ kind: 'tabs', line: 8, bodyLine: 9 });
    const inner = scanBody(tabs!.body, tabs!.bodyLine, c, new Set(['tabs'])).flatMap((p) => (p.type === 'block' ? [p.block] : []));
    expect(inner.map((b) => [b.kind, b.line, b.kindCol, b.restCol])).toEqual([
      ['reflection', 9, 5, 15],
      ['reflection', 13, 6, 16],
    ]);
  });

  it('still reports a block left open when the kind does not nest', () => {
    const c = ctx();
    scanBody(LINES, 8, c, new Set());
    expect(c.errors.items.map((e) => `${e.line}:${e.column} ${e.code}`)).toEqual(['8:1 UnclosedBlock', '16:1 StrayBlockEnd']);
  });
});

describe('a position inside a piece of a lesson', () => {
  // Two lines that start at column 3 of lines 12 and 13 (inside an indented option, say).
  const seg = segmentOf(['ab', 'cde'], 12, 3);
  it.each([
    [0, 12, 3],
    [1, 12, 4],
    [2, 12, 5], // the end of the first line, before its line break
    [3, 13, 3],
    [5, 13, 5],
    [6, 13, 6],
    [9, 13, 3], // past the end: the start of the last line
  ])('offset %i is line %i, column %i', (offset, line, col) => {
    expect(positionIn(seg, offset)).toEqual({ line, col });
  });

  it('an empty piece: line 1, column 1', () => {
    expect(positionIn(segmentOf([], 5), 0)).toEqual({ line: 1, col: 1 });
  });

  it('lines that start at different columns', () => {
    const mixed = { lines: ['x', 'yz'], starts: [{ line: 4, col: 7 }, { line: 5, col: 1 }] };
    expect(positionIn(mixed, 1)).toEqual({ line: 4, col: 8 });
    expect(positionIn(mixed, 3)).toEqual({ line: 5, col: 2 });
    expect(segmentText(mixed)).toBe('x\nyz');
  });
});

const FILE = 'content/lessons/25-extra.md';
const said = (where: string, code: string, message: string, fix: string) => ({ file: FILE, line: Number(where.split(':')[0]), column: Number(where.split(':')[1]), code, message, fix });
const INDENT_FIX = 'Start the line with ":::" at the very beginning, with no spaces or tabs before it.';

describe('an indented ":::" line', () => {
  it.each([
    ['\t', 'a tab', 'a code sample'],
    [' \t', 'a tab', 'a code sample'],
    [' ', 'a space', 'text'],
    ['   ', '3 spaces', 'text'],
    ['    ', '4 spaces', 'a code sample'],
  ])('after %j is named, and its block is still read at its own columns', (indent, what, readAs) => {
    const c = ctx();
    const pieces = scanBody([`${indent}::: reflection notes`, 'Write.', ':::'], 8, c);
    expect(c.errors.items).toEqual([said('8:1', 'IndentedBlock', `This ":::" line starts with ${what}, so it would be read as ${readAs}, not as part of a block.`, INDENT_FIX)]);
    expect(pieces).toEqual([{ type: 'block', block: { line: 8, kind: 'reflection', kindCol: 5 + indent.length, rest: ' notes', restCol: 15 + indent.length, body: ['Write.'], bodyLine: 9 } }]);
  });

  it('is only a ":::" at the start of a line: one inside a sentence stays text', () => {
    const c = ctx();
    const pieces = scanBody(['See the ::: marker.', 'Two  ::: more.'], 8, c);
    expect(c.errors.items).toEqual([]);
    expect(pieces).toEqual([{ type: 'prose', seg: { lines: ['See the ::: marker.', 'Two  ::: more.'], starts: [{ line: 8, col: 1 }, { line: 9, col: 1 }] } }]);
  });
});

describe('prose between blocks', () => {
  it('keeps the lines where they are in the file, and drops blank stretches', () => {
    const c = ctx();
    const pieces = scanBody(['Intro.', '::: reflection a', 'W.', ':::', '', '   ', '', '::: reflection b', 'X.', ':::', '', 'After one.', 'After two.'], 8, c);
    expect(c.errors.items).toEqual([]);
    expect(pieces.map((p) => (p.type === 'prose' ? p.seg : p.type === 'block' ? p.block.line : p.line))).toEqual([
      { lines: ['Intro.'], starts: [{ line: 8, col: 1 }] },
      9,
      15,
      { lines: ['', 'After one.', 'After two.'], starts: [{ line: 18, col: 1 }, { line: 19, col: 1 }, { line: 20, col: 1 }] },
    ]);
  });

  it('drops two blank lines between blocks too', () => {
    const pieces = scanBody(['::: reflection a', 'W.', ':::', '', '', '::: reflection b', 'X.', ':::'], 8, ctx());
    expect(pieces.map((p) => p.type)).toEqual(['block', 'block']);
  });
});

describe('a block left open', () => {
  const FIX = 'Add a line with just ":::" after the last line of the block.';

  it('at the end of the file is reported on its opening line, as written', () => {
    const c = ctx();
    const pieces = scanBody(['Intro.', '::: reflection notes  ', 'Write.'], 8, c);
    expect(c.errors.items).toEqual([said('9:1', 'UnclosedBlock', 'The block opened here ("::: reflection notes") is not closed before the end of the file.', FIX)]);
    expect(pieces.map((p) => p.type)).toEqual(['prose']);
  });

  it('before the next block names the line of that block, which is still read', () => {
    const c = ctx();
    const pieces = scanBody(['::: reflection notes', 'Write.', '::: reflection more', 'More.', ':::'], 8, c);
    expect(c.errors.items).toEqual([said('8:1', 'UnclosedBlock', 'The block opened here ("::: reflection notes") is not closed before line 10.', FIX)]);
    expect(pieces.map((p) => (p.type === 'block' ? [p.block.kind, p.block.rest, p.block.line] : p.type))).toEqual([['reflection', ' more', 10]]);
  });
});

describe('a "::: page" line inside a container', () => {
  it('opens nothing: the container is closed by the next ":::"', () => {
    const c = ctx();
    const pieces = scanBody(['::: tabs', '### A', '::: page', '### B', ':::', 'After.'], 8, c, new Set(['tabs']));
    expect(c.errors.items).toEqual([]);
    expect(pieces.map((p) => (p.type === 'block' ? p.block.body : p.type))).toEqual([['### A', '::: page', '### B'], 'prose']);
  });
});
