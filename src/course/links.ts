import type { ErrorList } from './errors.ts';
import { closest } from './words.ts';

/**
 * Links in lessons, wherever they are written (prose, questions, options, feedback, any
 * block). Only three kinds lead somewhere from inside the LMS's frame: another lesson
 * (`lesson:id`), a web page (a full https:// or http:// address) and an e-mail address
 * (`mailto:`). Anything else (a file name, a page anchor, a mistyped scheme) would take the
 * unit's frame to an error page, so the check refuses it.
 */
export interface FoundLink {
  file: string;
  line: number;
  column: number;
  href: string;
}

export interface LessonRef {
  id: string;
  /** content/ path of the lesson file. */
  source: string;
}

const SCRIPT_SCHEMES = /^\s*(javascript|vbscript|data):/i;

/**
 * Reports every link that goes nowhere. `lessons` are the lessons that compiled; `unreadable`
 * holds ids (as far as they could be read) of lessons whose settings failed, so that a link
 * to one of those is not reported a second time as broken. `anyUnknown` is set when some
 * lesson could not be read at all: then no lesson link can be called broken for sure.
 */
export function checkLinks(links: FoundLink[], lessons: LessonRef[], unreadable: { ids: Set<string>; anyUnknown: boolean }, errors: ErrorList): void {
  const ids = lessons.map((l) => l.id);
  const byFileName = new Map(lessons.map((l) => [l.source.split('/').pop()!, l.id]));
  for (const link of links) {
    const add = (code: 'BrokenLessonLink' | 'BadLink' | 'ScriptLink', message: string, fix: string) => errors.add(link.file, link.line, link.column, code, message, fix);
    const href = link.href.trim();
    if (href.startsWith('lesson:')) {
      const target = href.slice('lesson:'.length);
      if (ids.includes(target) || unreadable.ids.has(target) || unreadable.anyUnknown) continue;
      const near = target ? closest(target, ids) : null;
      add('BrokenLessonLink', target ? `The link points to the lesson "${target}", which does not exist.` : 'The link "lesson:" names no lesson.', near ? `Did you mean "lesson:${near}"? Lesson ids are in each lesson's front matter.` : 'Use the id from the target lesson\'s front matter, like [see the introduction](lesson:introduction).');
      continue;
    }
    if (SCRIPT_SCHEMES.test(href)) {
      add('ScriptLink', `The link "${shorten(href)}" runs code or embeds data instead of opening a page; the unit's security policy blocks it, so it would do nothing.`, 'Link to a lesson with "lesson:" and its id, or to a web page with a full address starting with https://.');
      continue;
    }
    if (/^https?:\/\//i.test(href)) {
      if (!isWebAddress(href)) add('BadLink', `"${shorten(href)}" is not a complete web address.`, 'Write the whole address as the browser shows it, like https://www.example.org/page, with no spaces.');
      continue;
    }
    if (/^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(href) || /^tel:\+?[\d\s().-]+$/i.test(href)) continue;
    if (/^(mailto|tel):/i.test(href)) {
      add('BadLink', `"${shorten(href)}" is not a complete ${/^mailto/i.test(href) ? 'e-mail address' : 'phone number'}.`, /^mailto/i.test(href) ? 'Write the whole address after "mailto:", like mailto:team@example.org.' : 'Write the number after "tel:" in digits, like tel:+441234567890.');
      continue;
    }
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1];
    if (scheme && !/^[a-z]:$/i.test(`${scheme}:`)) {
      const near = closest(scheme, ['https', 'http', 'mailto']);
      add('BadLink', `"${shorten(href)}" is not a web address: "${scheme}:" is not a kind of link the unit knows.`, near ? `Did you mean "${href.replace(/^[a-z][a-z0-9+.-]*:\/*/i, near === 'mailto' ? 'mailto:' : `${near}://`)}"? Web addresses start with https://.` : 'Link to a lesson with "lesson:" and its id, or to a web page with a full address starting with https://.');
      continue;
    }
    if (href.startsWith('#')) {
      add('BadLink', `The link "${shorten(href)}" points to a place in the page; the unit does not support those.`, 'Link to a lesson with "lesson:" and its id, or remove the link.');
      continue;
    }
    if (/^(www\.|[a-z0-9-]+\.(org|com|net|edu|gov|io)\b)/i.test(href) || /^https?\/\//i.test(href)) {
      add('BadLink', `"${shorten(href)}" is missing "https://", so the browser reads it as a file of the unit and shows an error page.`, `Write the whole address: https://${href.replace(/^https?\/\//i, '')}.`);
      continue;
    }
    const name = href.split(/[?#]/)[0].split('/').pop()!;
    const lessonId = byFileName.get(name);
    add('BadLink', `The link "${shorten(href)}" points to a file. In the LMS there is no such file to open, so clicking it shows an error page instead of the unit.`, lessonId ? `To link to that lesson, write (lesson:${lessonId}).` : 'Link to a lesson with "lesson:" and its id, like [the introduction](lesson:introduction), or to a web page with a full address starting with https://.');
  }
}

function isWebAddress(href: string): boolean {
  if (/\s/.test(href)) return false;
  try {
    const url = new URL(href);
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) || url.hostname === 'localhost';
  } catch {
    return false;
  }
}

function shorten(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
