// The mistakes that used to pass silently, and the errors designers could not read: each one
// stops both `npm run check:content` and a real `vite build`, at the exact file:line:column,
// with a fix, and with no knock-on errors after it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBothPaths, type Change } from './helpers/both-paths';
import { ROOT } from './helpers/content';

const FRONT = '---\nid: extra-lesson\ntitle: An extra lesson\nkind: lesson\nsummary: Added by a designer.\n---\n\n';
const EXTRA = 'content/lessons/25-extra.md';
/** A lesson added at 25 (between the introduction and the first scenario) with this body. */
const extra = (body: string, front = FRONT): Change => ({ add: EXTRA, text: front + body });

/** 1-based line of the first line containing `lineNeedle`, and column of `colNeedle` in it. */
function at(text: string, lineNeedle: string, colNeedle = lineNeedle): string {
  const lines = text.split('\n');
  const k = lines.findIndex((l) => l.includes(lineNeedle));
  if (k === -1) throw new Error(`"${lineNeedle}" not found`);
  const col = lines[k].indexOf(colNeedle);
  if (col === -1) throw new Error(`"${colNeedle}" not on line ${k + 1}`);
  return `${k + 1}:${col + 1}`;
}

const lineOfText = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const courseYaml = () => readFileSync(join(ROOT, 'content/course.yaml'), 'utf8');

interface Case {
  name: string;
  changes: () => Change[];
  file: string;
  /** "line:column", exact. */
  where: () => string;
  code: string;
  /** Words the message or fix must contain, so the error says what the designer did. */
  says?: RegExp;
  /** How many problems the check reports in all: no knock-on errors. */
  count?: number;
  /** Codes that must not appear (knock-on errors). */
  absent?: string[];
}

const choice = (a: string, b = '- extra-c-b: B\n  > Because B.') => `::: choice extra-c\nPick one.\n\n${a}\n${b}\n:::\n`;

const cases: Case[] = [
  // ------------------------------------------------------------------ silent mistakes
  {
    name: 'a broken lesson link inside a choice\'s feedback',
    changes: () => [extra(choice('- extra-c-a: A\n  > Because A. See [the intro](lesson:introduktion).'))],
    file: EXTRA,
    where: () => at(FRONT + choice('- extra-c-a: A\n  > Because A. See [the intro](lesson:introduktion).'), 'lesson:introduktion', 'lesson:'),
    code: 'BrokenLessonLink',
    says: /Did you mean "lesson:introduction"/,
  },
  {
    name: 'a broken lesson link inside a block\'s text',
    changes: () => [extra('::: reflection extra-r\nRead [the intro](lesson:introduktion) first.\n:::\n')],
    file: EXTRA,
    where: () => '9:18',
    code: 'BrokenLessonLink',
  },
  {
    name: 'a broken lesson link inside an outcome block',
    changes: () => [{ file: 'content/lessons/02-your-path.md', from: '::: outcome quick\n', to: '::: outcome quick\nSee [the scan](lesson:quick-scann).\n' }],
    file: 'content/lessons/02-your-path.md',
    where: () => `${lineOfText(readFileSync(join(ROOT, 'content/lessons/02-your-path.md'), 'utf8'), '::: outcome quick') + 1}:16`,
    code: 'BrokenLessonLink',
    says: /Did you mean "lesson:quick-scan"/,
  },
  {
    name: 'a broken lesson link inside an option\'s text',
    changes: () => [extra(choice('- extra-c-a: See [the intro](lesson:introduktion)\n  > Because A.'))],
    file: EXTRA,
    where: () => '11:30',
    code: 'BrokenLessonLink',
  },
  {
    name: 'a relative link to a lesson file',
    changes: () => [extra('See [the second scenario](40-scenario-new-hire.md).\n')],
    file: EXTRA,
    where: () => '8:27',
    code: 'BadLink',
    says: /points to a file[\s\S]*lesson:scenario-new-hire/,
  },
  {
    name: 'a malformed web address',
    changes: () => [extra('Read [the article](htps://example.org/hqc).\n')],
    file: EXTRA,
    where: () => '8:20',
    code: 'BadLink',
    says: /not a web address[\s\S]*https:\/\/example\.org\/hqc/,
  },
  {
    name: 'a web address without https://',
    changes: () => [extra('Read [the article](www.example.org/hqc).\n')],
    file: EXTRA,
    where: () => '8:20',
    code: 'BadLink',
    says: /missing "https:\/\/"/,
  },
  {
    name: 'a javascript: link',
    changes: () => [extra('[Click here](javascript:alert(1)) to continue.\n')],
    file: EXTRA,
    where: () => '8:14',
    code: 'ScriptLink',
  },
  {
    name: 'an image outside content/images/ (it would not be in the package)',
    changes: () => [extra('Some text.\n\n![Two colleagues talking](photo.png)\n')],
    file: EXTRA,
    where: () => '10:1',
    code: 'ImageNotFound',
    says: /not in content\/images\//,
  },
  {
    name: 'an image that does not exist',
    changes: () => [extra('Some text.\n\n![Two colleagues talking](images/hallway.png)\n')],
    file: EXTRA,
    where: () => '10:1',
    code: 'ImageNotFound',
    says: /no file content\/images\/hallway\.png/,
  },
  {
    name: 'an image without a text alternative',
    changes: () => [extra('Some text.\n\n![](images/cover.svg)\n')],
    file: EXTRA,
    where: () => '10:1',
    code: 'ImageWithoutAlt',
    count: 1,
  },
  {
    name: 'a skipped heading level',
    changes: () => [extra('## Section\n\nText.\n\n#### Too deep\n')],
    file: EXTRA,
    where: () => '12:1',
    code: 'HeadingLevel',
    says: /skips a level[\s\S]*"### "/,
  },
  {
    name: 'a first heading below level 2',
    changes: () => [extra('### Too deep at once\n')],
    file: EXTRA,
    where: () => '8:1',
    code: 'HeadingLevel',
  },
  {
    name: 'two options marked (correct)',
    changes: () => [extra(choice('- extra-c-a (correct): A\n  > Because A.', '- extra-c-b (correct): B\n  > Because B.'))],
    file: EXTRA,
    where: () => '13:13',
    code: 'MultipleCorrect',
    says: /only the first would count/,
  },
  {
    name: 'a lesson numbered after the closing',
    changes: () => [{ add: 'content/lessons/92-extra.md', text: FRONT + '## An afterthought\n' }],
    file: 'content/lessons/92-extra.md',
    where: () => '1:1',
    code: 'LessonAfterClosing',
    says: /stuck on "Finish the unit"/,
  },
  {
    name: 'a .markdown file',
    changes: () => [{ add: 'content/lessons/25-extra.markdown', text: FRONT + 'Text.\n' }],
    file: 'content/lessons/25-extra.markdown',
    where: () => '1:1',
    code: 'BadFileName',
    says: /only files ending in "\.md"[\s\S]*25-extra\.md/,
  },
  {
    name: 'a three-digit lesson number that sorts between 10 and 20',
    changes: () => [{ add: 'content/lessons/100-extra.md', text: FRONT + 'Text.\n' }],
    file: 'content/lessons/100-extra.md',
    where: () => '1:1',
    code: 'BadFileName',
    says: /between "10-…" and "20-…"[\s\S]*two digits/,
  },
  {
    name: 'raw HTML: a script',
    changes: () => [extra('Text.\n\n<script>alert(1)</script>\n')],
    file: EXTRA,
    where: () => '10:1',
    code: 'RawHtml',
    says: /<script>/,
  },
  {
    name: 'raw HTML: an event handler inside a paragraph',
    changes: () => [extra('Look: <img src="x" onerror="alert(1)"> here.\n')],
    file: EXTRA,
    where: () => '8:7',
    code: 'RawHtml',
    says: /onerror/,
  },
  {
    name: 'raw HTML: an iframe',
    changes: () => [extra('<iframe src="https://example.org"></iframe>\n')],
    file: EXTRA,
    where: () => '8:1',
    code: 'RawHtml',
    says: /embedded page/,
  },
  {
    name: 'raw HTML: a style sheet (works in the preview, dropped in the zip)',
    changes: () => [extra('Text.\n\n<style>p { color: red }</style>\n')],
    file: EXTRA,
    where: () => '10:1',
    code: 'RawHtml',
    says: /style sheet/,
  },
  {
    name: 'raw HTML inside a choice\'s feedback',
    changes: () => [extra(choice('- extra-c-a: A\n  > Because <b>A</b>.'))],
    file: EXTRA,
    where: () => '12:13',
    code: 'RawHtml',
    count: 2,
  },
  // ------------------------------------------------------------------ errors a designer understands
  {
    name: 'a colon inside an unquoted title',
    changes: () => [extra('Text.\n', FRONT.replace('title: An extra lesson', 'title: Scenario 1: The temp'))],
    file: EXTRA,
    where: () => '3:18',
    code: 'YamlSyntax',
    says: /title contains a colon[\s\S]*title: "Scenario 1: The temp"/,
  },
  {
    name: 'curly quotes around a title',
    changes: () => [extra('Text.\n', FRONT.replace('title: An extra lesson', 'title: “Scenario 1: The temp”'))],
    file: EXTRA,
    where: () => '3:8',
    code: 'CurlyQuotes',
    says: /curly quotes[\s\S]*title: "Scenario 1: The temp"/,
  },
  {
    name: 'curly quotes around an id',
    changes: () => [extra('Text.\n', FRONT.replace('id: extra-lesson', 'id: “extra-lesson”'))],
    file: EXTRA,
    where: () => '2:5',
    code: 'CurlyQuotes',
    says: /curly quotes/,
  },
  {
    name: 'curly quotes around a block label',
    changes: () => [extra('::: reflection extra-r label=“My notes”\nWrite.\n:::\n')],
    file: EXTRA,
    where: () => '8:30',
    code: 'CurlyQuotes',
    says: /curly quote/,
  },
  {
    name: 'a tab in the settings',
    changes: () => [extra('Text.\n', FRONT.replace('summary:', '\tsummary:'))],
    file: EXTRA,
    where: () => '5:1',
    code: 'YamlSyntax',
    says: /tab character/,
  },
  {
    name: '(Correct) with a capital',
    changes: () => [extra(choice('- extra-c-a (Correct): A\n  > Because A.'))],
    file: EXTRA,
    where: () => '11:13',
    code: 'BadCorrectMarker',
    says: /lower case/,
  },
  {
    name: 'a space in a file name',
    changes: () => [{ add: 'content/lessons/25 extra.md', text: FRONT + 'Text.\n' }],
    file: 'content/lessons/25 extra.md',
    where: () => '1:1',
    code: 'BadFileName',
    says: /contains a space[\s\S]*25-extra\.md/,
  },
  {
    name: 'version: 1.1 (a number, not a version)',
    changes: () => [{ file: 'content/course.yaml', from: courseYaml().match(/^version: .+$/m)![0], to: 'version: 1.1' }],
    file: 'content/course.yaml',
    where: () => at(courseYaml(), 'version:', courseYaml().match(/^version: (.+)$/m)![1]),
    code: 'InvalidField',
    says: /read as a number[\s\S]*1\.1\.0/,
  },
  {
    name: 'a block opened after a tab (named as a tab; no knock-on stray ":::")',
    changes: () => [extra('\t::: reflection extra-r\nWrite.\n:::\n')],
    file: EXTRA,
    where: () => '8:1',
    code: 'IndentedBlock',
    says: /starts with a tab/,
    count: 1,
  },
  {
    name: 'curly quotes around an option id',
    changes: () => [extra(choice('- “extra-c-a”: A\n  > Because A.'))],
    file: EXTRA,
    where: () => '11:3',
    code: 'CurlyQuotes',
    count: 1,
  },
  {
    name: 'a second identical broken link is reported on its own line',
    changes: () => [extra('See [the intro](lesson:intro).\n\nAnd again, [the intro](lesson:intro).\n')],
    file: EXTRA,
    where: () => '10:24',
    code: 'BrokenLessonLink',
    count: 2,
  },
  {
    name: 'a block kind after two spaces',
    changes: () => [extra(':::  choise extra-q\nWhat?\n:::\n')],
    file: EXTRA,
    where: () => '8:6',
    code: 'UnknownBlockKind',
  },
  {
    name: 'a block option after irregular spacing',
    changes: () => [extra(':::reflection  extra-r   mandatory\nWrite.\n:::\n')],
    file: EXTRA,
    where: () => '8:26',
    code: 'UnknownBlockOption',
  },
  {
    name: 'an unreadable lesson does not make links to it look broken',
    changes: () => [
      { file: 'content/lessons/20-introduction.md', from: 'kind: lesson', to: 'kind lesson' },
      extra('See [the introduction](lesson:introduction).\n'),
    ],
    file: 'content/lessons/20-introduction.md',
    where: () => '4:1',
    code: 'YamlSyntax',
    says: /no colon/,
    count: 1,
    absent: ['BrokenLessonLink', 'CourseStructure'],
  },
  {
    name: 'an unreadable closing does not make the unit look incomplete',
    changes: () => [{ file: 'content/lessons/90-closing.md', from: 'kind: closing', to: 'kind: closin' }],
    file: 'content/lessons/90-closing.md',
    where: () => '4:7',
    code: 'InvalidField',
    count: 1,
    absent: ['CourseStructure', 'LessonAfterClosing', 'UnknownLessonInRule'],
  },
  {
    name: 'options written without ids: one error per option, none for its feedback or "too few options"',
    changes: () => [extra('::: choice extra-c\nPick one.\n\n- A (correct)\n  > Because A.\n- B\n  > Because B.\n:::\n')],
    file: EXTRA,
    where: () => '11:1',
    code: 'BadOptionLine',
    says: /has no id before a colon/,
    count: 2,
    absent: ['TooFewOptions'],
  },
  {
    name: 'an indented line under an option with neither ">" nor "->"',
    changes: () => [extra(choice('- extra-c-a: A\n  Because A.\n  > Feedback.'))],
    file: EXTRA,
    where: () => '12:1',
    code: 'BadOptionLine',
    says: /starts with neither ">" \(feedback\) nor "->"/,
    count: 1,
  },
];

describe('authoring mistakes stop the check and the build at the exact place', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const { check, build } = await runBothPaths(c.changes());
      const head = `${c.file}:${c.where()} ${c.code}: `;
      for (const [how, output] of [['check:content', check], ['vite build', build]] as const) {
        expect(output, `${how} output:\n${output}`).toContain(head);
        const entry = output.slice(output.indexOf(head)).split('\n\n')[0];
        expect(entry, how).toMatch(/\n {2}Fix: \S/);
        if (c.says) expect(entry, how).toMatch(c.says);
        for (const code of c.absent ?? []) expect(output, `${how}: knock-on ${code}`).not.toContain(` ${code}: `);
      }
      const n = c.count ?? 1;
      expect(check).toContain(`has ${n} problem${n === 1 ? '' : 's'};`);
      // The offending line is shown with a caret under the column.
      const col = Number(c.where().split(':')[1]);
      const frame = check.slice(check.indexOf(head)).split('\n\n')[0].split('\n').slice(-1)[0];
      expect(frame.indexOf('^') - frame.indexOf('| ') - 2, 'caret column').toBe(col - 1);
    });
  }
});

describe('gating and counts come from content', () => {
  const seventh = (): Change => ({ file: 'content/lessons/01-is-this-for-you.md', from: '::: yes-no sa-initiate-contact', to: '::: yes-no sa-follow-up\nDo you follow up after a first conversation?\n:::\n\n::: yes-no sa-initiate-contact' });
  const sources = () => ({
    sa: readFileSync(join(ROOT, 'content/lessons/01-is-this-for-you.md'), 'utf8'),
    path: readFileSync(join(ROOT, 'content/lessons/02-your-path.md'), 'utf8'),
  });

  it('a seventh self-assessment question while the prose says "six": every place is named', async () => {
    const { check, build } = await runBothPaths([seventh()]);
    const { sa, path } = sources();
    // Every "six" that counts questions in the two lessons, wherever the wording puts them.
    const places = (file: string, text: string) =>
      text.split('\n').flatMap((line, k) => [...line.matchAll(/\b(six|Six)\b(?=(?:\s+[\w/-]+){0,2}\s+questions\b)|(?<=\ball\s+)six\b/g)].map((m) => `${file}:${k + 1}:${m.index + 1} NumberInProse: `));
    const expected = [...places('content/lessons/01-is-this-for-you.md', sa), ...places('content/lessons/02-your-path.md', path)];
    expect(expected.length).toBeGreaterThan(0);
    for (const output of [check, build]) for (const head of expected) expect(output).toContain(head);
    expect(check).toContain(`has ${expected.length} problem`);
  });

  it('a path rule that asks for more answers than there are questions', async () => {
    const { check, build } = await runBothPaths([{ file: 'content/course.yaml', from: 'atLeast: 1', to: 'atLeast: 9' }]);
    const head = `content/course.yaml:${at(courseYaml(), 'atLeast:', '1')} PathDecision: `;
    expect(check).toContain(head);
    expect(build).toContain(head);
  });

  it('a path rule that recommends the same path whatever the answers', async () => {
    const { check, build } = await runBothPaths([{ file: 'content/course.yaml', from: 'otherwise: quick', to: 'otherwise: full' }]);
    const head = `content/course.yaml:${at(courseYaml(), 'otherwise:', 'quick')} PathDecision: `;
    expect(check).toContain(head);
    expect(build).toContain(head);
  });
});

describe('what stays allowed', () => {
  it('comments, web and e-mail links, lesson links in feedback, and "<" in text compile', async () => {
    const { compileSources } = await import('../src/course/compile');
    const { realSources } = await import('./helpers/content');
    const body = [
      '<!-- A note for colleagues: check the figures with Sam. -->',
      '',
      '## Section',
      '',
      'Read [the article](https://example.org/hqc?a=1#top), write to <team@example.org>, or see <https://example.org>.',
      'Fewer than 3 < 4 people, and [mail us](mailto:team@example.org).',
      '',
      '### Below',
      '',
      '::: choice extra-c',
      'Pick one, then see [the introduction](lesson:introduction).',
      '',
      '- extra-c-a (correct): A, as in [the closing](lesson:closing)',
      '  > Because A. Compare [Scenario 1](lesson:scenario-temp).',
      '- extra-c-b: B',
      '  > Because B.',
      ':::',
      '',
    ].join('\n');
    const { course, errors } = compileSources([...realSources(), { path: EXTRA, text: FRONT + body }]);
    expect(errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.code}`)).toEqual([]);
    expect(course).not.toBeNull();
    // The designers' note stays out of the package.
    expect(JSON.stringify(course)).not.toContain('check the figures');
  });
});

describe('the commands themselves', () => {
  it.skipIf(process.env.HQC_MUTATION)('npm run check:content prints what checkContent() returns and exits 1', async () => {
    const { cpSync, mkdtempSync, rmSync, writeFileSync: write } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { spawnSync } = await import('node:child_process');
    const { checkContent } = await import('../src/course/check');
    const dir = mkdtempSync(join(tmpdir(), 'hqc-check-cli-'));
    try {
      cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
      write(join(dir, EXTRA), FRONT + 'See [the intro](lesson:introduktion).\n');
      const run = spawnSync('npm', ['run', '--silent', 'check:content', '--', dir], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(checkContent(dir).output);
      expect(run.stderr).toContain(`${EXTRA}:8:17 BrokenLessonLink: `);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run build with a content mistake', () => {
  it.skipIf(process.env.HQC_MUTATION)('prints the list of problems and no bundler stack trace', async () => {
    const { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync: write } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { spawnSync } = await import('node:child_process');
    const dir = mkdtempSync(join(tmpdir(), 'hqc-build-cli-'));
    try {
      for (const p of ['src', 'scorm', 'content', 'vite.config.ts', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      write(join(dir, EXTRA), FRONT + 'See [the intro](lesson:introduktion).\n');
      const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/course/build-unit.ts'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`The course content has 1 problem; nothing was built.\n\n${EXTRA}:8:17 BrokenLessonLink: `);
      expect(run.stderr + run.stdout).not.toMatch(/\n\s+at |node_modules|rolldown/);
      // The same through Vite's own command line (`npx vite build`): the list once, no stack.
      const cli = spawnSync(join(dir, 'node_modules/.bin/vite'), ['build'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
      expect(cli.status).toBe(1);
      expect(cli.stderr).toContain(`The course content has 1 problem; nothing was built.\n\n${EXTRA}:8:17 BrokenLessonLink: `);
      expect((cli.stderr + cli.stdout).split('BrokenLessonLink').length - 1).toBe(1);
      expect(cli.stderr + cli.stdout).not.toMatch(/\n\s+at |node_modules|rolldown|error during build/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
