// One catalogue of every authoring error (src/course/catalogue.ts): the guide's list is
// generated from it and must be current, and each entry's example really produces its code.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE, EXAMPLE_FRONT_MATTER, type CatalogueEntry } from '../src/course/catalogue';
import { compileSources, type SourceFile } from '../src/course/compile';
import { formatError } from '../src/course/errors';
import { withErrorGuide } from '../src/course/write-guide';
import { ROOT, realSources } from './helpers/content';

function apply(example: CatalogueEntry['example']): SourceFile[] {
  const sources = realSources();
  if ('remove' in example) return sources.filter((s) => s.path !== example.remove);
  if ('add' in example) {
    const image = example.image ? [{ path: example.image.path, text: '', bytes: new Uint8Array(example.image.kb * 1024) }] : [];
    return [...sources, ...image, { path: example.add, text: example.whole ? example.body : EXAMPLE_FRONT_MATTER + example.body }];
  }
  const original = sources.find((s) => s.path === example.file);
  if (!original?.text.includes(example.from)) throw new Error(`"${example.from}" is not in ${example.file}`);
  return sources.map((s) => (s === original ? { ...s, text: s.text.replace(example.from, example.to) } : s));
}

describe('the catalogue of authoring errors', () => {
  it('is what content/README.md lists (run `npm run docs:errors` after changing it)', () => {
    const readme = readFileSync(join(ROOT, 'content/README.md'), 'utf8');
    expect(readme).toBe(withErrorGuide(readme));
  });

  for (const [code, entry] of Object.entries(CATALOGUE) as [string, CatalogueEntry][]) {
    it(`${code}: its example produces it`, () => {
      const { course, errors } = compileSources(apply(entry.example));
      expect(course).toBeNull();
      expect(errors.map((e) => e.code), errors.map(formatError).join('\n')).toContain(code);
    });
  }

  // Reads the sources themselves, which Stryker rewrites: skipped under mutation testing.
  it.skipIf(process.env.HQC_MUTATION)('names every code the compiler can report', () => {
    const dir = join(ROOT, 'src/course');
    const used = new Set<string>();
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && n !== 'catalogue.ts')) {
      const text = readFileSync(join(dir, name), 'utf8');
      for (const m of text.matchAll(/\.add\([^)]*?'([A-Z][A-Za-z]+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/add\('([A-Z][A-Za-z]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const code of used) expect(Object.keys(CATALOGUE)).toContain(code);
  });
});
