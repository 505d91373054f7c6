// Links in lessons: which addresses lead somewhere from inside the LMS's frame, the exact
// message and fix a designer reads for each one that does not, and the HTML a learner gets
// for each kind that does (in-unit navigation, a new tab for the web, plain mailto:/tel:).
import { describe, expect, it } from 'vitest';
import { EXAMPLE_FRONT_MATTER } from '../src/course/catalogue';
import { compileSources } from '../src/course/compile';
import { ErrorList } from '../src/course/errors';
import { checkLinks, type LessonRef } from '../src/course/links';
import { renderBlock, renderInline } from '../src/course/markdown';
import { realSources } from './helpers/content';

const FILE = 'content/lessons/25-extra.md';
const BODY_LINE = EXAMPLE_FRONT_MATTER.split('\n').length;

const LESSONS: LessonRef[] = [
  { id: 'introduction', source: 'content/lessons/20-introduction.md' },
  { id: 'scenario-new-hire', source: 'content/lessons/40-scenario-new-hire.md' },
  { id: 'closing', source: 'content/lessons/90-closing.md' },
];

/** The errors for one link written at 12:7 of FILE. */
function check(href: string, unreadable = { ids: new Set<string>(), anyUnknown: false }) {
  const errors = new ErrorList();
  checkLinks([{ file: FILE, line: 12, column: 7, href }], LESSONS, unreadable, errors);
  return errors.items;
}

const error = (code: string, message: string, fix: string) => [{ file: FILE, line: 12, column: 7, code, message, fix }];

const ELSEWHERE = 'Link to a lesson with "lesson:" and its id, or to a web page with a full address starting with https://.';
const FILE_FIX = 'Link to a lesson with "lesson:" and its id, like [the introduction](lesson:introduction), or to a web page with a full address starting with https://.';
const WEB_FIX = 'Write the whole address as the browser shows it, like https://www.example.org/page, with no spaces.';
const LESSON_FIX = "Use the id from the target lesson's front matter, like [see the introduction](lesson:introduction).";
const MAIL_FIX = 'Write the whole address after "mailto:", like mailto:team@example.org.';
const TEL_FIX = 'Write the number after "tel:" in digits, like tel:+441234567890.';
const toFile = (href: string) => `The link "${href}" points to a file. In the LMS there is no such file to open, so clicking it shows an error page instead of the unit.`;
const noHttps = (href: string) => `"${href}" is missing "https://", so the browser reads it as a file of the unit and shows an error page.`;
const unknownScheme = (href: string, scheme: string) => `"${href}" is not a web address: "${scheme}:" is not a kind of link the unit knows.`;
const script = (href: string) => `The link "${href}" runs code or embeds data instead of opening a page; the unit's security policy blocks it, so it would do nothing.`;

describe('links that lead somewhere pass the check', () => {
  it.each([
    'lesson:introduction',
    // Spaces kept inside <…> are not part of the address.
    ' lesson:introduction ',
    'https://example.org/hqc?a=1#top',
    'https://www.example.org/page',
    'http://example.org',
    'HTTPS://WWW.EXAMPLE.ORG/page',
    'https://192.168.0.1/',
    'http://localhost:5173/',
    'mailto:team@example.org',
    'MAILTO:team@example.org',
    'mailto:team@example.org?subject=Hello',
    'tel:+441234567890',
    'tel:01234 567890',
    'tel:+44 (0)1234-567.890',
    'TEL:+441234567890',
  ])('%s', (href) => {
    expect(check(href)).toEqual([]);
  });

  it('a link to a lesson that could not be read is not reported a second time', () => {
    expect(check('lesson:broken-one', { ids: new Set(['broken-one']), anyUnknown: false })).toEqual([]);
    expect(check('lesson:anything', { ids: new Set(), anyUnknown: true })).toEqual([]);
    expect(check('lesson:anything', { ids: new Set(['broken-one']), anyUnknown: false })).toHaveLength(1);
  });
});

describe('links that go nowhere: the exact message and fix', () => {
  it.each([
    // ---------------------------------------------------------------- lesson links
    ['lesson:introduktion', 'BrokenLessonLink', 'The link points to the lesson "introduktion", which does not exist.', 'Did you mean "lesson:introduction"? Lesson ids are in each lesson\'s front matter.'],
    ['lesson:glossary', 'BrokenLessonLink', 'The link points to the lesson "glossary", which does not exist.', LESSON_FIX],
    ['lesson:', 'BrokenLessonLink', 'The link "lesson:" names no lesson.', LESSON_FIX],
    // ---------------------------------------------------------------- code and data
    ['javascript:alert(1)', 'ScriptLink', script('javascript:alert(1)'), ELSEWHERE],
    ['JavaScript:void(0)', 'ScriptLink', script('JavaScript:void(0)'), ELSEWHERE],
    ['vbscript:msgbox', 'ScriptLink', script('vbscript:msgbox'), ELSEWHERE],
    ['data:text/html,hello', 'ScriptLink', script('data:text/html,hello'), ELSEWHERE],
    // ---------------------------------------------------------------- web addresses
    ['https://example', 'BadLink', '"https://example" is not a complete web address.', WEB_FIX],
    ['https://example.org/a b', 'BadLink', '"https://example.org/a b" is not a complete web address.', WEB_FIX],
    ['https://example.org:99999/', 'BadLink', '"https://example.org:99999/" is not a complete web address.', WEB_FIX],
    ['https://a_b.example.org/', 'BadLink', '"https://a_b.example.org/" is not a complete web address.', WEB_FIX],
    ['https://example.org_/', 'BadLink', '"https://example.org_/" is not a complete web address.', WEB_FIX],
    // "https://" further in is not a web address: the link is a file of the unit.
    ['notes/https://example.org', 'BadLink', toFile('notes/https://example.org'), FILE_FIX],
    // ---------------------------------------------------------------- e-mail and phone
    ['mailto:team', 'BadLink', '"mailto:team" is not a complete e-mail address.', MAIL_FIX],
    ['mailto:team@example', 'BadLink', '"mailto:team@example" is not a complete e-mail address.', MAIL_FIX],
    ['mailto:team@example.org please', 'BadLink', '"mailto:team@example.org please" is not a complete e-mail address.', MAIL_FIX],
    ['tel:call-us', 'BadLink', '"tel:call-us" is not a complete phone number.', TEL_FIX],
    ['tel:+44 1234 ext 5', 'BadLink', '"tel:+44 1234 ext 5" is not a complete phone number.', TEL_FIX],
    ['tel:mailto:team@example.org', 'BadLink', '"tel:mailto:team@example.org" is not a complete phone number.', TEL_FIX],
    ['tel:tel:+441234567890', 'BadLink', '"tel:tel:+441234567890" is not a complete phone number.', TEL_FIX],
    // ---------------------------------------------------------------- mistyped or unknown schemes
    ['htps://example.org/hqc', 'BadLink', unknownScheme('htps://example.org/hqc', 'htps'), 'Did you mean "https://example.org/hqc"? Web addresses start with https://.'],
    ['htp:/example.org', 'BadLink', unknownScheme('htp:/example.org', 'htp'), 'Did you mean "http://example.org"? Web addresses start with https://.'],
    ['HTPS://example.org', 'BadLink', unknownScheme('HTPS://example.org', 'HTPS'), 'Did you mean "https://example.org"? Web addresses start with https://.'],
    ['mialto:team@example.org', 'BadLink', unknownScheme('mialto:team@example.org', 'mialto'), 'Did you mean "mailto:team@example.org"? Web addresses start with https://.'],
    ['mmailto:team@example.org', 'BadLink', unknownScheme('mmailto:team@example.org', 'mmailto'), 'Did you mean "mailto:team@example.org"? Web addresses start with https://.'],
    ['file:///C:/Users/sam/notes.pdf', 'BadLink', unknownScheme('file:///C:/Users/sam/notes.pdf', 'file'), ELSEWHERE],
    ['skype:sam.smith', 'BadLink', unknownScheme('skype:sam.smith', 'skype'), ELSEWHERE],
    // ---------------------------------------------------------------- places in the page
    ['#top', 'BadLink', 'The link "#top" points to a place in the page; the unit does not support those.', 'Link to a lesson with "lesson:" and its id, or remove the link.'],
    // ---------------------------------------------------------------- web addresses without https://
    ['www.example.org/hqc', 'BadLink', noHttps('www.example.org/hqc'), 'Write the whole address: https://www.example.org/hqc.'],
    ['example.org/hqc', 'BadLink', noHttps('example.org/hqc'), 'Write the whole address: https://example.org/hqc.'],
    ['my-team.io', 'BadLink', noHttps('my-team.io'), 'Write the whole address: https://my-team.io.'],
    ['https//example.org/hqc', 'BadLink', noHttps('https//example.org/hqc'), 'Write the whole address: https://example.org/hqc.'],
    ['http//example.org', 'BadLink', noHttps('http//example.org'), 'Write the whole address: https://example.org.'],
    ['www.example.org/http//page', 'BadLink', noHttps('www.example.org/http//page'), 'Write the whole address: https://www.example.org/http//page.'],
    // ---------------------------------------------------------------- files
    ['40-scenario-new-hire.md', 'BadLink', toFile('40-scenario-new-hire.md'), 'To link to that lesson, write (lesson:scenario-new-hire).'],
    ['../lessons/20-introduction.md?v=2#top', 'BadLink', toFile('../lessons/20-introduction.md?v=2#top'), 'To link to that lesson, write (lesson:introduction).'],
    // A drive letter is not a scheme.
    ['C:/Users/sam/lessons/90-closing.md', 'BadLink', toFile('C:/Users/sam/lessons/90-closing.md'), 'To link to that lesson, write (lesson:closing).'],
    ['handout.pdf', 'BadLink', toFile('handout.pdf'), FILE_FIX],
    ['files/report:2024.pdf', 'BadLink', toFile('files/report:2024.pdf'), FILE_FIX],
    ['notes/example.org.md', 'BadLink', toFile('notes/example.org.md'), FILE_FIX],
    ['go/https//example.org', 'BadLink', toFile('go/https//example.org'), FILE_FIX],
  ])('%s', (href, code, message, fix) => {
    expect(check(href)).toEqual(error(code, message, fix));
  });

  it('an address of up to 60 characters is quoted whole, a longer one cut at 57 with "..."', () => {
    const sixty = `handouts/${'x'.repeat(47)}.pdf`;
    expect(sixty).toHaveLength(60);
    expect(check(sixty)[0].message).toBe(toFile(sixty));
    const longer = `handouts/${'x'.repeat(48)}.pdf`;
    expect(check(longer)[0].message).toBe(toFile(`handouts/${'x'.repeat(48)}...`));
    expect(check(`https://${'a'.repeat(60)}`)[0].message).toBe(`"https://${'a'.repeat(49)}..." is not a complete web address.`);
  });
});

describe('in a lesson, each link is reported where its address starts', () => {
  it('file:line:column, message and fix for every link of a paragraph, in reading order', () => {
    const body = 'Read [the article](https://example) or [the intro](lesson:).\nMail [us](mailto:team) or see [above](#top).\n';
    const { errors } = compileSources([...realSources(), { path: FILE, text: EXAMPLE_FRONT_MATTER + body }]);
    expect(errors.map(({ source: _, ...e }) => e)).toEqual([
      { file: FILE, line: BODY_LINE, column: 20, code: 'BadLink', message: '"https://example" is not a complete web address.', fix: WEB_FIX },
      { file: FILE, line: BODY_LINE, column: 52, code: 'BrokenLessonLink', message: 'The link "lesson:" names no lesson.', fix: LESSON_FIX },
      { file: FILE, line: BODY_LINE + 1, column: 11, code: 'BadLink', message: '"mailto:team" is not a complete e-mail address.', fix: MAIL_FIX },
      { file: FILE, line: BODY_LINE + 1, column: 39, code: 'BadLink', message: 'The link "#top" points to a place in the page; the unit does not support those.', fix: 'Link to a lesson with "lesson:" and its id, or remove the link.' },
    ]);
  });
});

describe('the HTML a learner gets for each kind of link', () => {
  const NEW_TAB = '<span class="visually-hidden"> (opens in a new tab)</span>';
  it.each([
    ['[the introduction](lesson:introduction)', '<a href="#lesson-introduction" data-lesson="introduction">the introduction</a>'],
    ['[the introduction](lesson:introduction "Start here")', '<a href="#lesson-introduction" data-lesson="introduction" title="Start here">the introduction</a>'],
    // Spaces inside <…> are not part of the id (the check reads it the same way).
    ['[the introduction](<lesson:introduction >)', '<a href="#lesson-introduction" data-lesson="introduction">the introduction</a>'],
    ['[the *article*](https://example.org/hqc?a=1&b=2)', `<a href="https://example.org/hqc?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">the <em>article</em>${NEW_TAB}</a>`],
    ['[the article](http://example.org "It\'s \\"new\\"")', `<a href="http://example.org" title="It&#39;s &quot;new&quot;" target="_blank" rel="noopener noreferrer">the article${NEW_TAB}</a>`],
    ['[the article](HTTPS://EXAMPLE.ORG/hqc)', `<a href="HTTPS://EXAMPLE.ORG/hqc" target="_blank" rel="noopener noreferrer">the article${NEW_TAB}</a>`],
    ['[the article](<  https://example.org>)', `<a href="https://example.org" target="_blank" rel="noopener noreferrer">the article${NEW_TAB}</a>`],
    ['<https://example.org>', `<a href="https://example.org" target="_blank" rel="noopener noreferrer">https://example.org${NEW_TAB}</a>`],
    ['[mail us](mailto:team@example.org)', '<a href="mailto:team@example.org">mail us</a>'],
    // A web address further in does not make an e-mail link open a tab.
    ['[mail us](mailto:team@example.org?subject=https://example.org)', '<a href="mailto:team@example.org?subject=https://example.org">mail us</a>'],
    ['[call us](tel:+441234567890 "Office")', '<a href="tel:+441234567890" title="Office">call us</a>'],
  ])('%s', (markdown, html) => {
    expect(renderInline(markdown)).toBe(html);
    expect(renderBlock(markdown)).toBe(`<p>${html}</p>`);
  });

  it('a compiled lesson keeps the links of its prose, with the web link marked for screen readers', () => {
    const body = 'See [the introduction](lesson:introduction) and [the article](https://example.org/hqc).\n';
    const { course, errors } = compileSources([...realSources(), { path: FILE, text: EXAMPLE_FRONT_MATTER + body }]);
    expect(errors).toEqual([]);
    expect(course!.lessons.find((l) => l.source === FILE)!.blocks).toEqual([
      { type: 'html', html: `<p>See <a href="#lesson-introduction" data-lesson="introduction">the introduction</a> and <a href="https://example.org/hqc" target="_blank" rel="noopener noreferrer">the article${NEW_TAB}</a>.</p>` },
    ]);
  });
});
