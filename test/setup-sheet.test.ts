// The Moodle teacher's setup sheet (scorm/setup-sheet.ts, written to dist/moodle-setup.html
// by `npm run build`): every setting the unit depends on, with the choice and the reason, in
// a page that opens anywhere (no scripts, nothing from other hosts).
import { describe, expect, it } from 'vitest';
import { setupSheet } from '../scorm/setup-sheet';
import { realCourse } from './helpers/content';

const course = realCourse();
const html = setupSheet(course);
/** The sheet's text, as a reader sees it. */
const text = html
  .replace(/<style[\s\S]*?<\/style>/g, '')
  .replace(/<[^>]+>/g, ' ')
  .replace(/&gt;/g, '>')
  .replace(/&lt;/g, '<')
  .replace(/&amp;/g, '&')
  .replace(/\s+/g, ' ');

/** The table row for a setting: its header cell, then what to choose and why. */
function settingRow(name: string): string {
  const escaped = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const row = html.match(new RegExp(`<tr><th scope="row">${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</th>(.*?)</tr>`));
  expect(row, `a row for "${name}"`).not.toBeNull();
  return row![1].replace(/<[^>]+>/g, '');
}

describe('Moodle setup sheet', () => {
  it('is titled for the course and names its version and the next unit', () => {
    expect(html).toContain(`<title>Setting up ${course.title} in Moodle</title>`);
    expect(html).toMatch(new RegExp(`<h1>Setting up ${course.title} in Moodle</h1>`));
    expect(text).toContain(`version ${course.version}`);
    expect(text).toContain(course.nextUnit.title);
  });

  it('names each setting with the choice the unit needs', () => {
    expect(settingRow('Package > Package file')).toContain('connections-scorm12.zip');
    expect(settingRow('Display package')).toContain('Current window');
    expect(settingRow('Width')).toContain('100 %');
    expect(settingRow('Height')).toMatch(/500 px or more/);
    expect(settingRow('Student skip content structure page')).toContain('Always');
    expect(settingRow('Show Navigation')).toMatch(/^No/);
    expect(settingRow('Grading method')).toContain('Learning objects');
    expect(settingRow('Number of attempts')).toContain('Unlimited attempts');
    expect(settingRow('Force new attempt')).toMatch(/^No/);
    expect(settingRow('Lock after final attempt')).toMatch(/^No/);
    expect(settingRow('Require status')).toMatch(/Completed only.*not tick “Passed”/);
    expect(settingRow('Require view')).toContain('Optional');
    expect(text).toMatch(/SCORM standards mode.*4,096 characters/);
  });

  it('says why, and where teachers find completion, answers and notes', () => {
    expect(text).toContain('connections-scorm2004.zip');
    expect(text).toMatch(/no mastery score/);
    expect(text).toMatch(/resume exactly where they stopped/);
    expect(text).toMatch(/completed when the learner finishes either path/);
    expect(text).toContain('Reports > Interactions report');
    expect(text).toContain('sa-have-hqc');
    expect(text).toContain('cmi.suspend_data');
  });

  it('is self-contained and accessible in structure: no scripts, nothing from other hosts, headed tables', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    const tables = html.match(/<table>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(4);
    expect(html.match(/<thead><tr><th scope="col">Setting<\/th>/g)).toHaveLength(tables);
  });

  it('escapes the course title', () => {
    const sheet = setupSheet({ ...course, title: 'Tea & <Talk>' });
    expect(sheet).toContain('<title>Setting up Tea &amp; &lt;Talk&gt; in Moodle</title>');
    expect(sheet).not.toContain('<Talk>');
  });
});
