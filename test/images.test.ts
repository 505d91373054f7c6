// Pictures in lessons: measured from their own headers, checked with exact positions, and
// packaged by the real Vite build with hashed names, width, height and lazy loading.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { EXAMPLE_FRONT_MATTER } from '../src/course/catalogue';
import { compileSources } from '../src/course/compile';
import { contentSecurityPolicy } from '../src/course/csp';
import { ILLUSTRATION_BUDGET_GZIP_BYTES, imageSize } from '../src/course/images';
import { coursePlugin } from '../src/course/vite-plugin';
import { ROOT, realCourse, realSources } from './helpers/content';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180"><rect width="320" height="180" fill="#1f5a85"/></svg>';
const FILE = 'content/lessons/25-extra.md';
const BODY_LINE = EXAMPLE_FRONT_MATTER.split('\n').length;

function png(width: number, height: number): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  return b;
}

function compileWith(body: string, images: Record<string, Uint8Array>) {
  const extra = Object.entries(images).map(([name, bytes]) => ({ path: `content/images/${name}`, text: '', bytes }));
  return compileSources([...realSources(), ...extra, { path: FILE, text: EXAMPLE_FRONT_MATTER + body }]);
}

describe('image sizes, read from the files themselves', () => {
  it('PNG, JPEG, WebP and SVG (width and height, or the viewBox)', () => {
    expect(imageSize('a.png', png(640, 360))).toEqual({ width: 640, height: 360 });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0x01, 0x68, 0x02, 0x80, 3, 0, 0, 0]);
    expect(imageSize('a.jpg', jpeg)).toEqual({ width: 640, height: 360 });
    const webp = new Uint8Array(30);
    webp.set([...'RIFF'].map((c) => c.charCodeAt(0)), 0);
    webp.set([...'WEBPVP8X'].map((c) => c.charCodeAt(0)), 8);
    webp.set([0x7f, 0x02, 0x00, 0x67, 0x01, 0x00], 24); // 640 - 1 and 360 - 1, 24-bit little-endian
    expect(imageSize('a.webp', webp)).toEqual({ width: 640, height: 360 });
    expect(imageSize('a.svg', new TextEncoder().encode(SVG))).toEqual({ width: 320, height: 180 });
    expect(imageSize('a.svg', new TextEncoder().encode('<svg width="48px" height="24" viewBox="0 0 1 1"></svg>'))).toEqual({ width: 48, height: 24 });
    expect(imageSize('a.png', new Uint8Array(10))).toBeNull();
  });
});

describe('images in lessons', () => {
  it('compile to an <img> with its text alternative, width, height and lazy loading; "decorative" gives alt=""', () => {
    const { course, errors } = compileWith('![A diagram of the three indicators](images/chart.svg)\n\n![decorative](images/band.png)\n', { 'chart.svg': new TextEncoder().encode(SVG), 'band.png': png(800, 20) });
    expect(errors).toEqual([]);
    const html = course!.lessons.find((l) => l.source === FILE)!.blocks.map((b) => ('html' in b ? b.html : '')).join('');
    expect(html).toContain('<img src="hqc-image:images/chart.svg" width="320" height="180" alt="A diagram of the three indicators" loading="lazy" decoding="async">');
    expect(html).toContain('<img src="hqc-image:images/band.png" width="800" height="20" alt="" loading="lazy" decoding="async">');
  });

  it('stop with file:line:column for a missing file, a missing alt, an unknown kind and a file over 60 KB', () => {
    const body = 'Text.\n\n![A chart](images/chrat.svg)\n\n![](images/chart.svg)\n\nSee ![A photo](images/big.png) here.\n\n![A chart](images/chart.gif)\n';
    const { errors } = compileWith(body, { 'chart.svg': new TextEncoder().encode(SVG), 'big.png': new Uint8Array(61 * 1024) });
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([
      ['ImageNotFound', BODY_LINE + 2, 1],
      ['ImageWithoutAlt', BODY_LINE + 4, 1],
      ['ImageTooLarge', BODY_LINE + 6, 5],
      ['ImageFormat', BODY_LINE + 8, 1],
    ]);
    expect(errors[0].fix).toContain('Did you mean "images/chart.svg"?');
    expect(errors[2].message).toContain('61 KB');
  });

  it('the security policy lets the unit show its own pictures and nothing from elsewhere', () => {
    expect(contentSecurityPolicy(null)).toContain("img-src 'self' data:");
  });

  it.skipIf(process.env.HQC_MUTATION)('the build packages the file with a hashed name, and the lesson points at it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hqc-images-'));
    try {
      cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
      mkdirSync(join(dir, 'content/images'), { recursive: true });
      writeFileSync(join(dir, 'content/images/chart.svg'), SVG);
      writeFileSync(join(dir, 'content/lessons/25-extra.md'), `${EXAMPLE_FRONT_MATTER}## A picture\n\n![A diagram of the three indicators](images/chart.svg)\n`);
      const out = (await build({
        configFile: false,
        root: join(ROOT, 'src'),
        base: './',
        logLevel: 'silent',
        plugins: [coursePlugin({ root: dir })],
        build: { write: false, outDir: join(dir, 'out'), assetsInlineLimit: 0 },
      })) as Rollup.RollupOutput | Rollup.RollupOutput[];
      const files = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
      const picture = files.find((f) => /chart-[\w-]{6,}\.svg$/.test(f.fileName));
      expect(picture, files.map((f) => f.fileName).join(', ')).toBeDefined();
      const js = files.filter((f): f is Rollup.OutputChunk => f.type === 'chunk').map((c) => c.code).join('\n');
      expect(js).toContain(picture!.fileName.split('/').pop());
      expect(js).not.toContain('hqc-image:');
      expect(js).toMatch(/width=\\?"320\\?" height=\\?"180\\?"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("the unit's illustrations (the SVG files of content/images/)", () => {
  const dir = join(ROOT, 'content/images');
  const svgs = readdirSync(dir).filter((n) => n.endsWith('.svg')).sort();
  const text = (name: string) => readFileSync(join(dir, name), 'utf8');

  it('there are drawings for the cover, both scenarios and the three indicators', () => {
    expect(svgs).toEqual(expect.arrayContaining(['cover.svg', 'scene-temp.svg', 'scene-new-hire.svg', 'indicator-emotional.svg', 'indicator-tensility.svg', 'indicator-connectivity.svg']));
  });

  it(`each is at most ${ILLUSTRATION_BUDGET_GZIP_BYTES / 1024} KB gzip (zlib gzip of the file)`, () => {
    const sizes = Object.fromEntries(svgs.map((n) => [n, gzipSync(readFileSync(join(dir, n))).length]));
    const over = Object.entries(sizes).filter(([, bytes]) => bytes > ILLUSTRATION_BUDGET_GZIP_BYTES);
    expect(over, JSON.stringify(sizes)).toEqual([]);
  });

  it('each is inline-safe: no script, event handler, text, font, style sheet, foreignObject or outside reference', () => {
    const unsafe = [
      /<(script|foreignObject|text|tspan|style|font|image|a|iframe|use)\b/i, // code, text or embedded content
      /\son\w+\s*=/i, // event handlers
      /(xlink:)?href\s*=|url\(|@import|https?:|data:|javascript:/i, // references to anything outside the file
      /font-family|font=/i, // fonts
    ];
    // The one address an SVG must carry is its namespace, which is a name and not a reference.
    const found = svgs.flatMap((name) => {
      const svg = text(name).replace(' xmlns="http://www.w3.org/2000/svg"', '');
      return unsafe.map((re) => re.exec(svg)).filter((m) => m).map((m) => `${name}: ${m![0]}`);
    });
    expect(found).toEqual([]);
  });

  it('each sets its viewBox, width and height, in the same proportions, so the page keeps its place as it loads', () => {
    for (const name of svgs) {
      const tag = /<svg\b[^>]*>/.exec(text(name))![0];
      const box = /viewBox="0 0 (\d+) (\d+)"/.exec(tag);
      expect(box, `${name}: viewBox`).not.toBeNull();
      expect(imageSize(name, readFileSync(join(dir, name))), name).toEqual({ width: Number(box![1]), height: Number(box![2]) });
      expect(tag, name).toMatch(/\swidth="\d+"/);
      expect(tag, name).toMatch(/\sheight="\d+"/);
    }
  });

  it('each is shown in a lesson: the cover as decoration, the scenes and indicators with a description', () => {
    const html = realCourse().lessons.flatMap((l) => l.blocks.flatMap((b) => ('html' in b ? [b.html] : 'panels' in b ? b.panels.map((p) => p.html) : [])));
    const alts = new Map<string, string>();
    for (const h of html) for (const m of h.matchAll(/<img src="hqc-image:images\/([^"]+)"[^>]*\salt="([^"]*)"/g)) alts.set(m[1], m[2]);
    for (const name of svgs) expect(alts.has(name), `${name} is not used by any lesson`).toBe(true);
    expect(alts.get('cover.svg')).toBe('');
    for (const name of svgs.filter((n) => n !== 'cover.svg')) expect(alts.get(name)!.length, name).toBeGreaterThan(30);
  });
});
