// The build as administrators receive it: two zips with the manifest at the root, one launch
// page, hashed assets, a strict Content-Security-Policy and nothing from other hosts; and a
// broken lesson stops the build with file:line:column.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { build } from 'vite';
import { coursePlugin } from '../src/course/vite-plugin';
import { validateManifest } from '../scorm/validate';
import { ROOT, realCourse } from './helpers/content';

const course = realCourse();

/** Strings (property names, messages) that survive minification and only these packages contain
 * (checked against each package's main build). */
const LMS_AND_COMPILER_SIGNATURES = {
  marked: { build: 'marked', signatures: ['walkTokens', 'parseInline', 'marked(): input parameter', 'markedjs/marked'] },
  'scorm-again': { build: 'scorm-again', signatures: ['Scorm12API', 'Scorm2004API', 'lmsCommitUrl'] },
};

describe.each([
  ['1.2', 'dist/connections-scorm12.zip'],
  ['2004', 'dist/connections-scorm2004.zip'],
] as const)('the built SCORM %s zip', (standard, zip) => {
  const files = unzipSync(readFileSync(join(ROOT, zip)));
  const names = Object.keys(files).sort();

  it('has imsmanifest.xml and one launch page at the root, and hashed assets', () => {
    expect(names).toContain('imsmanifest.xml');
    expect(names).toContain('index.html');
    expect(names.filter((n) => n.endsWith('.html'))).toEqual(['index.html']);
    const assets = names.filter((n) => n.startsWith('assets/'));
    expect(assets.length).toBeGreaterThan(0);
    // Scripts, styles and the lessons' pictures (content/images/), each with a hashed name.
    for (const a of assets) expect(a).toMatch(/^assets\/[\w-]+-[\w-]{8}\.(js|css|svg|png|jpe?g|webp)$/);
    expect(names.filter((n) => !n.startsWith('assets/')).sort()).toEqual(['imsmanifest.xml', 'index.html']);
  });

  it('has a manifest that validates against the official schemas and lists every file', async () => {
    const manifest = strFromU8(files['imsmanifest.xml']);
    const result = await validateManifest(manifest, standard);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    for (const n of names) if (n !== 'imsmanifest.xml') expect(manifest).toContain(`href="${n}"`);
    expect(manifest).toContain(`version="${course.version}"`);
    expect(manifest).not.toMatch(/masteryscore|minNormalizedMeasure|satisfiedByMeasure/);
  });

  it('launches under a strict Content-Security-Policy and references nothing outside the package', () => {
    const html = strFromU8(files['index.html']);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    // Inline code is the build's own: the drawn first screen's styles and the starter, each
    // allowed by its hash (a lesson's own <style> or <script> is refused by the content check).
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
    const inlineStyles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]);
    const inlineScripts = [...html.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1])).map((m) => m[2]);
    expect(inlineStyles.length).toBeGreaterThanOrEqual(2);
    for (const text of inlineStyles) expect(directive('style-src').split(' ')).toContain(hash(text));
    expect(inlineScripts).toHaveLength(1);
    expect(directive('script-src').split(' ')).toEqual(["script-src", "'self'", hash(inlineScripts[0])]);
    expect(inlineScripts[0]).toMatch(/import\("\.\/assets\/index-[\w-]{8}\.js"\)/);
    expect(html).toContain(`<title>${course.title}</title>`);
    for (const n of names.filter((x) => x.endsWith('.js') || x.endsWith('.css') || x.endsWith('.html'))) {
      const text = strFromU8(files[n]);
      // Lesson links to the web are plain <a href> the learner may follow; nothing is fetched.
      expect(/\b(fetch|XMLHttpRequest|sendBeacon|WebSocket|importScripts)\s*\(/.test(text), n).toBe(false);
      expect(/<(script|link|img|iframe)[^>]+(src|href)=["']?(https?:)?\/\//i.test(text), n).toBe(false);
      expect(/@import\s+url\(["']?https?:/.test(text), n).toBe(false);
    }
  });

  it("carries no path of the designers' files (content/lessons/…), which are for authoring errors only", () => {
    for (const n of names.filter((x) => /\.(js|html)$/.test(x))) expect(strFromU8(files[n]), n).not.toContain('content/lessons/');
  });

  it('ships neither marked nor scorm-again to learners', () => {
    const js = names.filter((n) => n.endsWith('.js')).map((n) => strFromU8(files[n])).join('\n');
    for (const [pkg, { build, signatures }] of Object.entries(LMS_AND_COMPILER_SIGNATURES)) {
      // Each signature is in the package's own published build, so this check can fail.
      const own = readFileSync(createRequire(import.meta.url).resolve(build), 'utf8');
      expect(signatures.filter((sig) => !own.includes(sig)), `signatures missing from ${pkg}`).toEqual([]);
      expect(signatures.filter((sig) => js.includes(sig)), `${pkg} code in the zip`).toEqual([]);
    }
  });
});

describe('byte budgets (deterministic, so asserted)', () => {
  const files = unzipSync(readFileSync(join(ROOT, 'dist/connections-scorm12.zip')));
  const gz = (name: string) => gzipSync(files[name], { level: 9 }).length;

  it('the first screen is drawn in the launch page: at most 6 KB gzip, no script needed to see it', () => {
    const html = strFromU8(files['index.html']);
    const unit = /<hqc-unit><template shadowrootmode="open">([^]*)<\/template><\/hqc-unit>/.exec(html)?.[1] ?? '';
    expect(unit).toMatch(new RegExp(`<h1 id="step-title">${course.lessons[0].title.replace(/[?]/g, '\\?')}</h1>`));
    expect(gz('index.html')).toBeLessThanOrEqual(6 * 1024);
  });

  it('the first screen and the code that answers on it are at most 35 KB gzip', () => {
    const html = strFromU8(files['index.html']);
    // The launch page's own references (pictures aside: content, fetched beside it, never waited
    // for) and the starter's import: the entry, preloaded while the drawn screen is painted.
    const referenced = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]);
    expect(referenced.filter((r) => r.endsWith('.js')).length).toBeGreaterThanOrEqual(1);
    for (const r of referenced) expect(Object.keys(files)).toContain(r);
    // Static imports of the referenced scripts load before the first answer too.
    const needed = new Set(referenced);
    for (const r of referenced.filter((n) => n.endsWith('.js'))) {
      for (const m of strFromU8(files[r]).matchAll(/(?:\bimport\s*|\bfrom\s*)["']\.\/([^"']+)["']/g)) needed.add(`assets/${m[1]}`);
    }
    const total = gz('index.html') + [...needed].reduce((sum, r) => sum + gz(r), 0);
    expect(total).toBeLessThanOrEqual(35 * 1024);
    // What the first screen does not use loads after it, by import(): the flow machine (xstate)
    // and the other lessons' prose and components.
    const lazy = Object.keys(files).filter((n) => n.endsWith('.js') && !needed.has(n));
    expect(lazy.some((n) => /^assets\/flow-session-/.test(n)), 'the flow machine (xstate) and what saves its states are a chunk of their own').toBe(true);
    expect(lazy.some((n) => /^assets\/lesson-bodies-/.test(n)), 'the other lessons are a chunk of their own').toBe(true);
    const firstScreen = [...needed].filter((n) => n.endsWith('.js')).map((n) => strFromU8(files[n])).join('\n');
    // A message of xstate's own: in that chunk, not on the first screen.
    const engine = lazy.find((n) => /^assets\/flow-session-/.test(n))!;
    expect(strFromU8(files[engine])).toContain('Actor with system ID');
    expect(firstScreen).not.toContain('Actor with system ID');
  });

  it('each zip is at most 150 KB', () => {
    for (const zip of ['dist/connections-scorm12.zip', 'dist/connections-scorm2004.zip']) {
      expect(statSync(join(ROOT, zip)).size).toBeLessThanOrEqual(150 * 1024);
    }
  });
});

describe('a broken lesson stops the build', () => {
  it('vite build fails with the file, line and column, and the fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hqc-build-'));
    try {
      cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
      const file = join(dir, 'content/lessons/20-introduction.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('kind: lesson', 'kind: lessen'));
      const run = build({
        configFile: false,
        root: join(ROOT, 'src'),
        logLevel: 'silent',
        plugins: [coursePlugin({ root: dir })],
        build: { write: false, outDir: join(dir, 'out') },
      });
      await expect(run).rejects.toThrow(/content\/lessons\/20-introduction\.md:4:7 InvalidField: [^\n]+\n\s+Fix: Use one of: [^\n]*Did you mean "lesson"\?/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
