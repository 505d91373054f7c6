// Raw HTML in lessons: comments pass (notes between colleagues), every tag is refused, and
// the message names what the unit's security policy would do to it in the LMS.
import { describe, expect, it } from 'vitest';
import { EXAMPLE_FRONT_MATTER } from '../src/course/catalogue';
import { compileSources } from '../src/course/compile';
import { rawHtmlProblem } from '../src/course/html-policy';
import { realSources } from './helpers/content';

const FILE = 'content/lessons/25-extra.md';
const BODY_LINE = EXAMPLE_FRONT_MATTER.split('\n').length;

const FIX = 'Remove it and use Markdown (## headings, **bold**, *italic*, lists, > quotes, [links](lesson:id)) or a block (see "Blocks" in content/README.md). To leave a note for colleagues, use an HTML comment: <!-- like this -->.';
const blocked = (shown: string, what: string) => ({ message: `${shown} is raw HTML: ${what}. Lessons can't contain HTML.`, fix: FIX });
const refused = (shown: string) => ({
  message: `${shown} is raw HTML. Lessons are written in Markdown only, with no HTML tags: some (scripts, styles, event handlers) would be blocked in the LMS without a word, so the check refuses them all.`,
  fix: FIX,
});
const SCRIPT = "a script, which the unit's security policy blocks in the LMS without a word";
const STYLE = "a style sheet, which the unit's security policy drops in the LMS (it seems to work in some previews)";
const EMBED = "an embedded page, which the unit's security policy blocks in the LMS";
const handler = (name: string) => `an event handler (${name}), which the unit's security policy blocks in the LMS`;
const BR = {
  message: '<br> is raw HTML. Lessons are written in Markdown only, with no HTML tags.',
  fix: 'For a line break inside a paragraph, end the line with a backslash (\\). For a new paragraph, leave an empty line.',
};

describe('HTML comments are notes between colleagues and pass', () => {
  it.each(['<!-- check the figures with Sam -->', '<!-- a longer note\nover two lines -->', '  <!-- written with spaces around it -->\n'])('%j', (html) => {
    expect(rawHtmlProblem(html)).toBeNull();
  });
});

describe('every tag is refused, with what the LMS would do to it', () => {
  it.each([
    ['<script>alert(1)</script>', blocked('<script>', SCRIPT)],
    ['<SCRIPT src="tracker.js">', blocked('<script>', SCRIPT)],
    ['</script>', blocked('<script>', SCRIPT)],
    // A comment after a tag does not make the tag a comment.
    ['<script>alert(1)</script> <!-- note -->', blocked('<script>', SCRIPT)],
    ['<style>p { color: red }</style>', blocked('<style>', STYLE)],
    ['<iframe src="https://example.org"></iframe>', blocked('<iframe>', EMBED)],
    ['<object data="movie.swf">', blocked('<object>', EMBED)],
    ['<embed src="movie.swf">', blocked('<embed>', EMBED)],
    ['<img src="x" onerror="alert(1)">', blocked('<img>', handler('onerror'))],
    ['<a href="#" ONCLICK="go()">', blocked('<a>', handler('ONCLICK'))],
    ['<button onclick ="go()">', blocked('<button>', handler('onclick'))],
    ['<div\tonmouseover = "x">', blocked('<div>', handler('onmouseover'))],
    ['<b>', refused('<b>')],
    ['</b>', refused('<b>')],
    ['  <em>spaced</em>\n', refused('<em>')],
    ['<my-widget data-x="1">', refused('<my-widget>')],
    // "on" inside a value or a longer name is not an event handler.
    ['<div class="onboarding" data-on="1" icon="x">', refused('<div>')],
    ['<div title="Read on: more">', refused('<div>')],
    // Not a tag: the first line, as written (at most 40 characters).
    ['<!DOCTYPE html>', refused('<!DOCTYPE html>')],
    ['<!-- note --> <b>bold</b>', refused('<!-- note --> <b>bold</b>')],
    ['  <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<svg>', refused('<?xml version="1.0" encoding="UTF-8" sta')],
    ['<br>', BR],
    ['<br/>', BR],
    ['<BR />', BR],
  ])('%j', (html, problem) => {
    expect(rawHtmlProblem(html)).toEqual(problem);
  });
});

describe('in a lesson, raw HTML is reported where it starts', () => {
  it('a tag in a paragraph, a line break and a block of HTML: file:line:column, message and fix', () => {
    const body = 'First line<br>\nsecond line.\n\n<div onclick="go()">\nInside.\n</div>\n\n<!-- a note -->\n';
    const { errors } = compileSources([...realSources(), { path: FILE, text: EXAMPLE_FRONT_MATTER + body }]);
    expect(errors.map(({ source: _, ...e }) => e)).toEqual([
      { file: FILE, line: BODY_LINE, column: 11, code: 'RawHtml', ...BR },
      { file: FILE, line: BODY_LINE + 3, column: 1, code: 'RawHtml', ...blocked('<div>', handler('onclick')) },
    ]);
  });
});
