// The layout's arrows (STYLE.md): components -> flow; app -> flow, lms, components; flow knows
// nothing of the DOM or SCORM; lms knows nothing of lessons. Checked on every import of every
// source file (tests excepted), so a file that reaches "upwards" fails here, by name.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './helpers/content';

const SRC = join(ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return /\.ts$/.test(d.name) && !/\.(test|d)\.ts$/.test(d.name) && d.name !== 'test-fixtures.ts' ? [path] : [];
  });
}

/** Each import of `file`: the package name, or the imported file relative to src/ (without extension). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => {
    const spec = m[1] ?? m[2] ?? m[3];
    return spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)).replace(/\.ts$/, '') : spec;
  });
}

const inFolder = (folder: string) => sources(join(SRC, folder)).map((file) => ({ file: relative(ROOT, file), imports: importsOf(file) }));

describe('import direction', () => {
  it('components import from flow, the course data types, lit, src/pad.ts and src/components only (never lms, the app or xstate)', () => {
    const files = inFolder('components');
    expect(files.length).toBeGreaterThan(20);
    for (const { file, imports } of files) {
      if (file.endsWith('docs.ts')) continue; // the docs generator runs in Node
      for (const i of imports) {
        // src/pad.ts: a leaf helper (no imports of its own) shared with the build.
        const ok = i.startsWith('components/') || i.startsWith('flow/') || i === 'course/types' || i === 'pad' || i === 'lit' || i.startsWith('lit/');
        expect(ok, `${file} imports ${i}`).toBe(true);
      }
    }
  });

  it('flow imports neither the DOM side (components, lit) nor SCORM (lms)', () => {
    for (const { file, imports } of inFolder('flow')) {
      for (const i of imports) expect(/^(components|lms)\/|^lit\b/.test(i), `${file} imports ${i}`).toBe(false);
    }
  });

  it('lms knows nothing of lessons, the flow or components: only the save status it reports is shared', () => {
    for (const { file, imports } of inFolder('lms')) {
      for (const i of imports) {
        expect(/^(components|course)\/|^lit\b|^xstate\b/.test(i), `${file} imports ${i}`).toBe(false);
        if (i.startsWith('flow/')) expect(i, `${file} imports ${i}`).toBe('flow/save-status');
      }
    }
  });

  it('xstate is imported by the flow machine and its runtime only (it loads after the first screen)', () => {
    const all = sources(SRC).map((file) => ({ file: relative(ROOT, file), text: readFileSync(file, 'utf8') }));
    const importers = all.filter(({ text }) => /^\s*import\s+(?!type\b)[^;]*from\s*['"]xstate['"]/m.test(text)).map(({ file }) => file);
    expect(importers.sort()).toEqual(['src/flow/engine.ts', 'src/flow/machine.ts']);
  });
});
