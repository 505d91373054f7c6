// Markdown at build time: the HTML of pictures and raw HTML (links: lesson-links.test.ts), the
// plain text the LMS report and the learner's plan get, and where each link, picture, piece
// of HTML and heading starts, which every error's line and column come from.
import { describe, expect, it } from 'vitest';
import { findNodes, renderBlock, renderInline, toPlainText } from '../src/course/markdown';

describe('pictures and raw HTML in the compiled HTML', () => {
  it.each([
    ['![A chart of the three indicators](images/chart.svg)', '<img src="images/chart.svg" alt="A chart of the three indicators" loading="lazy" decoding="async">'],
    ['![decorative](images/band.png)', '<img src="images/band.png" alt="" loading="lazy" decoding="async">'],
    ['![ Decorative ](images/band.png)', '<img src="images/band.png" alt="" loading="lazy" decoding="async">'],
    ['![Not decorative at all](images/band.png)', '<img src="images/band.png" alt="Not decorative at all" loading="lazy" decoding="async">'],
    ['![Tom & "Jerry" <3](images/a&b.png)', '<img src="images/a&amp;b.png" alt="Tom &amp; &quot;Jerry&quot; &lt;3" loading="lazy" decoding="async">'],
  ])('%s', (markdown, html) => {
    expect(renderInline(markdown)).toBe(html);
    expect(renderBlock(markdown)).toBe(`<p>${html}</p>`);
  });

  it('raw HTML and comments never reach the learner', () => {
    expect(renderBlock('<!-- check the figures with Sam -->\n\nText.')).toBe('<p>Text.</p>');
    expect(renderBlock('<div>\nInside.\n</div>')).toBe('');
    expect(renderInline('a <b>bold</b> word')).toBe('a bold word');
  });

  it('no white space around the result (a comment before an option\'s label leaves none)', () => {
    expect(renderBlock('\n\nText.\n\n')).toBe('<p>Text.</p>');
    expect(renderBlock('- one\n- two\n')).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(renderInline('<!-- note --> A label')).toBe('A label');
    expect(renderInline('A label <!-- note -->')).toBe('A label');
    expect(renderInline('  **A** label\n')).toBe('<strong>A</strong> label');
  });
});

describe('plain text for the LMS report and the plan', () => {
  it.each([
    ['<p>Read <a href="https://example.org" target="_blank" rel="noopener noreferrer">the article<span class="visually-hidden"> (opens in a new tab)</span></a>.</p>', 'Read the article.'],
    ['<span class="visually-hidden"></span>Empty hint', 'Empty hint'],
    ['<p>Tom &amp; Jerry said &quot;hi&quot; &#39;twice&#39;, 3 &lt; 4 &gt; 2</p>', 'Tom & Jerry said "hi" \'twice\', 3 < 4 > 2'],
    // Decoded once: "&amp;lt;" is the text "&lt;", not "<".
    ['A &amp;lt; B', 'A &lt; B'],
    ['\n<p>One\n   two</p>\n<ul>\n<li>three</li>\n</ul>\n', 'One two three'],
    ['<p>a</p> <p>b</p>', 'a b'],
  ])('%j', (html, text) => {
    expect(toPlainText(html)).toBe(text);
  });

  it('of compiled Markdown', () => {
    expect(toPlainText(renderInline('See [the *article*](https://example.org) & [the intro](lesson:introduction).'))).toBe('See the article & the intro.');
  });
});

describe('where each link, picture, piece of HTML and heading starts', () => {
  const link = (offset: number, href: string, text: string) => ({ kind: 'link', offset, href, text, depth: 0 });

  it('nothing to find in plain text', () => {
    expect(findNodes('Plain text, no links.\n\nAnother paragraph.')).toEqual([]);
  });

  it('a link at its address; a second identical link at its own place', () => {
    expect(findNodes('See [the intro](lesson:introduction) now.')).toEqual([link(16, 'lesson:introduction', 'the intro')]);
    expect(findNodes('[a](lesson:x) and\n[a](lesson:x)')).toEqual([link(4, 'lesson:x', 'a'), link(22, 'lesson:x', 'a')]);
  });

  it('an address written on its own or between <…> at its first character', () => {
    expect(findNodes('Go to https://example.org now.')).toEqual([link(6, 'https://example.org', 'https://example.org')]);
    expect(findNodes('Go to <https://example.org> now.')).toEqual([link(7, 'https://example.org', 'https://example.org')]);
  });

  it('a link whose text runs over quoted lines: at its address', () => {
    // marked gives the link without the second "> ", so it is found by its address.
    expect(findNodes('> See [the\n> intro](lesson:x) now.')).toEqual([link(20, 'lesson:x', 'the\nintro')]);
    // With no address either, it is placed just after the previous find (here the start).
    expect(findNodes('> See [the\n> intro]() now.')).toEqual([link(0, '', 'the\nintro')]);
  });

  it('a picture at its "!"', () => {
    expect(findNodes('Look: ![A chart](images/chart.svg)')).toEqual([{ kind: 'image', offset: 6, href: 'images/chart.svg', text: 'A chart', depth: 0 }]);
  });

  it('raw HTML at its "<", as written without the spaces before and the line break after it', () => {
    expect(findNodes('Text.\n\n<div>x</div>\n\nMore.')).toEqual([{ kind: 'html', offset: 7, href: '', text: '<div>x</div>', depth: 0 }]);
    expect(findNodes('Text.\n\n  <div>x</div>\n')).toEqual([{ kind: 'html', offset: 9, href: '', text: '<div>x</div>', depth: 0 }]);
    expect(findNodes('<!-- a note -->\n')).toEqual([{ kind: 'html', offset: 0, href: '', text: '<!-- a note -->', depth: 0 }]);
    expect(findNodes('a <b>x</b> c')).toEqual([
      { kind: 'html', offset: 2, href: '', text: '<b>', depth: 0 },
      { kind: 'html', offset: 6, href: '', text: '</b>', depth: 0 },
    ]);
  });

  it('a heading at its first "#", also when indented; an underlined one at its text', () => {
    expect(findNodes('Text.\n\n  ## Indented')).toEqual([{ kind: 'heading', offset: 9, href: '', text: 'Indented', depth: 2 }]);
    expect(findNodes('Text.\n\nA title\n=======\n')).toEqual([{ kind: 'heading', offset: 7, href: '', text: 'A title', depth: 1 }]);
  });
});
