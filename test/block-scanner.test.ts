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
