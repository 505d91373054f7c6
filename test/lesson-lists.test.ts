// `::: lessons full` lists the lessons that follow on a path, from the lesson files: a new
// lesson appears in it with no list edited by hand.
import { describe, expect, it } from 'vitest';
import { compileSources } from '../src/course/compile';
import { formatError } from '../src/course/errors';
import { sequence } from '../src/flow/progress';
import { realSources } from './helpers/content';
import { escapeMarkup } from '../src/markup';

const CONTENTS = '---\nid: contents\ntitle: Contents\nkind: lesson\nsummary: What the unit holds.\n---\n\n## What the unit holds\n\n::: lessons full\n:::\n';
const NEW = '---\nid: third-scenario\ntitle: "Scenario 3: A new team"\nkind: lesson\nsummary: A third story.\n---\n\nText.\n';

function compiled(extra: { path: string; text: string }[]) {
  const { course, errors } = compileSources([...realSources(), ...extra]);
  expect(errors.map(formatError)).toEqual([]);
  return course!;
}

describe('a generated lesson list', () => {
  it('lists the lessons after it on the path, in order, with links and summaries', () => {
    const course = compiled([{ path: 'content/lessons/15-contents.md', text: CONTENTS }]);
    const html = course.lessons.find((l) => l.id === 'contents')!.blocks.map((b) => (b.type === 'html' ? b.html : '')).join('');
    const after = sequence(course, 'full').slice(sequence(course, 'full').findIndex((l) => l.id === 'contents') + 1);
    const listed = [...html.matchAll(/data-lesson="([^"]+)"/g)].map((m) => m[1]);
    expect(listed).toEqual(after.map((l) => l.id));
    expect(html).toContain('(optional)');
    for (const l of after) if (l.summary) expect(html).toContain(escapeMarkup(l.summary));
  });

  it('picks up a new lesson with no edit to the list', () => {
    const course = compiled([
      { path: 'content/lessons/15-contents.md', text: CONTENTS },
      { path: 'content/lessons/45-third-scenario.md', text: NEW },
    ]);
    const html = course.lessons.find((l) => l.id === 'contents')!.blocks.map((b) => (b.type === 'html' ? b.html : '')).join('');
    expect(html).toContain('data-lesson="third-scenario">Scenario 3: A new team</a>: A third story.');
  });
});

describe('the real unit', () => {
  it('lists its lessons with the generated block, so adding a lesson needs no edit by hand', () => {
    const course = compiled([{ path: 'content/lessons/45-third-scenario.md', text: NEW }]);
    const outcome = course.lessons.find((l) => l.id === 'learning-outcome')!;
    const html = outcome.blocks.map((b) => (b.type === 'html' ? b.html : '')).join('');
    expect(html).toContain('data-lesson="third-scenario">Scenario 3: A new team</a>: A third story.');
  });

  it('has no other lesson that links to four or more lessons in one list (a list typed by hand)', () => {
    const course = compiled([]);
    const handLists = course.lessons.flatMap((lesson) =>
      lesson.blocks.flatMap((b) => (b.type === 'html' ? [...b.html.matchAll(/<(ol|ul)(?![^>]*lesson-list)[^>]*>([\s\S]*?)<\/\1>/g)] : []))
        .filter((m) => (m[2].match(/data-lesson="/g) ?? []).length >= 4)
        .map(() => lesson.id),
    );
    expect(handLists).toEqual([]);
  });
});
