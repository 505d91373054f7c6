// Runs one authoring mistake through both ways a designer meets it: `npm run check:content`
// (the same function the command runs) and a real `vite build` of the unit with the plugin.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { checkContent } from '../../src/course/check';
import { coursePlugin } from '../../src/course/vite-plugin';
import { ROOT } from './content';

export type Change =
  | { add: string; text: string }
  | { file: string; from: string; to: string }
  | { rename: string; to: string };

export interface BothPaths {
  check: string;
  build: string;
}

/** Copies content/ to a temporary project, applies the changes, and reports both outputs. */
export async function runBothPaths(changes: Change[]): Promise<BothPaths> {
  const dir = mkdtempSync(join(tmpdir(), 'hqc-mistake-'));
  try {
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    for (const c of changes) {
      if ('add' in c) writeFileSync(join(dir, c.add), c.text);
      else if ('rename' in c) renameSync(join(dir, c.rename), join(dir, c.to));
      else {
        const text = readFileSync(join(dir, c.file), 'utf8');
        if (!text.includes(c.from)) throw new Error(`"${c.from}" not in ${c.file}`);
        writeFileSync(join(dir, c.file), text.replace(c.from, c.to));
      }
    }
    const check = checkContent(dir);
    if (check.ok) throw new Error(`check:content passed: ${check.output}`);
    // Under mutation testing (test/mutation.vitest.config.ts) each mutant of src/course is
    // judged by the check alone: the same compiler, without the bundler's seconds per case.
    if (process.env.HQC_MUTATION) return { check: check.output, build: check.output };
    let built = '';
    try {
      await build({
        configFile: false,
        root: join(ROOT, 'src'),
        logLevel: 'silent',
        plugins: [coursePlugin({ root: dir })],
        build: { write: false, outDir: join(dir, 'out') },
      });
    } catch (e) {
      built = e instanceof Error ? e.message : String(e);
    }
    if (!built) throw new Error('vite build succeeded');
    return { check: check.output, build: built };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
