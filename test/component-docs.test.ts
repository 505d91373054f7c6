// src/components/README.md documents the components from their own JSDoc (src/components/docs.ts).
// It must be what the generator makes of the sources as they are now, cover every component
// folder, and name every hqc-* event a component sends.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderComponentDocs } from '../src/components/docs';

const COMPONENTS = fileURLToPath(new URL('../src/components', import.meta.url));
const README = join(COMPONENTS, 'README.md');
const readme = readFileSync(README, 'utf8');

/** Each component folder with its non-test sources. */
const folders = readdirSync(COMPONENTS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const dir = join(COMPONENTS, d.name);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    return { name: d.name, sources: files.map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') })) };
  });

/** The README's section for a tag: from its "## `<tag>`" heading to the next "## ". */
function section(tag: string): string | undefined {
  const start = readme.indexOf(`\n## \`<${tag}>\`\n`);
  if (start < 0) return undefined;
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('src/components/README.md', () => {
  it('is what `npm run docs` generates from the current sources', async () => {
    expect(readme, 'src/components/README.md is stale: run npm run docs').toBe(await renderComponentDocs());
  });

  it('would go stale when a JSDoc summary changes (the generator reads the JSDoc)', async () => {
    const file = join(COMPONENTS, 'yes-no/yes-no.component.ts');
    const original = readFileSync(file, 'utf8');
    expect(original).toContain('@summary One self-assessment question');
    const edited = original.replace('@summary One self-assessment question', '@summary One edited question');
    const text = await renderComponentDocs({ read: (f) => (f === file ? edited : readFileSync(f, 'utf8')) });
    expect(text).toContain('One edited question');
    expect(text).not.toBe(readme);
  });

  it('has a section for every component folder', () => {
    expect(folders.length).toBeGreaterThanOrEqual(8);
    for (const { name, sources } of folders) {
      const tag = sources.map((s) => /customElements\.define\(\s*['"]([\w-]+)['"]/.exec(s.text)?.[1]).find(Boolean);
      expect(tag, `src/components/${name} defines no custom element`).toBeDefined();
      expect(section(tag!), `no section for <${tag}> (src/components/${name}): run npm run docs`).toBeDefined();
    }
  });

  it("documents every hqc-* event a component emits, in that component's Events table", () => {
    const emitted = new Set<string>();
    // An element that extends a shared base (src/components/question.ts) emits what the base emits.
    const bases = Object.entries({ 'question.ts': 'QuestionElement', 'unit-part.ts': 'UnitPart' }).map(([file, base]) => ({ base, text: readFileSync(join(COMPONENTS, file), 'utf8') }));
    for (const { name, sources } of folders) {
      const tag = sources.map((s) => /customElements\.define\(\s*['"]([\w-]+)['"]/.exec(s.text)?.[1]).find(Boolean)!;
      const events = section(tag)?.split('\n### Events\n')[1]?.split('\n### ')[0] ?? '';
      const inherited = bases.filter(({ base }) => sources.some((s) => new RegExp(`\\bextends ${base}\\b`).test(s.text)));
      for (const { text } of [...sources, ...inherited]) {
        for (const m of text.matchAll(/\b(?:emit\(\s*this\s*,\s*|new CustomEvent\(\s*)['"](hqc-[\w-]+)['"]/g)) {
          emitted.add(m[1]);
          expect(events, `<${tag}> (src/components/${name}) emits ${m[1]}: add an @event tag to its JSDoc and run npm run docs`).toContain(
            `| \`${m[1]}\` |`,
          );
        }
      }
    }
    // The sources do emit events; an empty set would mean the pattern above stopped matching.
    expect([...emitted].sort()).toEqual(expect.arrayContaining(['hqc-answer', 'hqc-close', 'hqc-navigate', 'hqc-notice-action']));
  });
});
