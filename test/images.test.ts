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
import { ILLUSTRATION_BUDGET_GZIP_BYTES, imageIndex, imageSize, placeImages } from '../src/course/images';
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

describe("image sizes: each format's header, read exactly", () => {
  const svg = (text: string) => new TextEncoder().encode(text);
  /** SOF-style segment: marker, length 11, precision, height, width, components. */
  const frame = (marker: number, w: number, h: number) => [0xff, marker, 0, 11, 8, h >> 8, h & 0xff, w >> 8, w & 0xff, 3, 1, 0x22, 0];
  /** A segment that is not a frame; bytes 5 to 8 would read as 1 x 515 if it were. */
  const other = (marker: number) => [0xff, marker, 0, 9, 0, 0, 0, 1, 2, 3, 4];
  const APP0 = [0xff, 0xe0, 0, 4, 0, 0];
  const jpeg = (...segments: number[][]) => new Uint8Array([0xff, 0xd8, ...segments.flat()]);
  const webp = (riff: string, form: string, chunk: string, at: number, bytes: number[], length = 30) => {
    const b = new Uint8Array(length);
    b.set([...riff, ...'\0\0\0\0', ...form, ...chunk].map((c) => c.charCodeAt(0)).slice(0, length));
    b.set(bytes.slice(0, Math.max(0, length - at)), at);
    return b;
  };
  const withByte = (data: Uint8Array, i: number, v: number) => {
    const b = data.slice();
    b[i] = v;
    return b;
  };

  it.each([
    // PNG: the IHDR chunk's width and height; 24 bytes are enough.
    ['a.png', png(640, 360), { width: 640, height: 360 }],
    ['A.PNG', png(640, 360), { width: 640, height: 360 }],
    ['a.png', png(640, 360).slice(0, 24), { width: 640, height: 360 }],
    ['a.png', png(640, 360).slice(0, 23), null],
    ['a.png', withByte(png(640, 360), 1, 0x58), null], // "\x89XNG"
    ['a.png', withByte(png(640, 360), 15, 0x58), null], // "IHDX"
    ['a.png', png(0, 360), null],
    ['a.png', png(640, 0), null],
    // JPEG: the first start-of-frame segment, skipping the others.
    ['a.jpg', jpeg(APP0, frame(0xc0, 640, 360)), { width: 640, height: 360 }],
    ['a.jpeg', jpeg(APP0, frame(0xc0, 640, 360)), { width: 640, height: 360 }],
    ['A.JPG', jpeg(frame(0xc2, 640, 360)), { width: 640, height: 360 }],
    ['a.jpg', jpeg(frame(0xcf, 640, 360)), { width: 640, height: 360 }],
    ['a.jpg', jpeg(other(0xc4), frame(0xc0, 640, 360)), { width: 640, height: 360 }], // Huffman table
    ['a.jpg', jpeg(other(0xc8), frame(0xc0, 640, 360)), { width: 640, height: 360 }],
    ['a.jpg', jpeg(other(0xcc), frame(0xc0, 640, 360)), { width: 640, height: 360 }], // arithmetic coding
    ['a.jpg', jpeg(other(0xbf), frame(0xc0, 640, 360)), { width: 640, height: 360 }], // below the frame markers
    ['a.jpg', jpeg(other(0xdb), other(0xd0)), null], // no frame at all
    ['a.jpg', jpeg(frame(0xc0, 0, 360)), null],
    ['a.jpg', withByte(jpeg(frame(0xc0, 640, 360)), 0, 0x00), null],
    ['a.jpg', withByte(jpeg(frame(0xc0, 640, 360)), 1, 0x00), null],
    ['a.jpg', withByte(jpeg(frame(0xc0, 640, 360)), 2, 0x00), null], // a segment must start with 0xff
    ['a.jpg', jpeg(APP0, frame(0xc0, 640, 360).slice(0, 9)), null], // cut off inside the frame header
    // WebP: lossy (VP8, 14-bit sizes after the scale bits), lossless (VP8L) and extended (VP8X).
    ['a.webp', webp('RIFF', 'WEBP', 'VP8 ', 26, [0x80, 0xc2, 0x68, 0x41]), { width: 640, height: 360 }],
    ['a.webp', webp('RIFF', 'WEBP', 'VP8L', 20, [0x2f, 0x7f, 0xc2, 0x59, 0x00]), { width: 640, height: 360 }],
    ['a.webp', webp('RIFF', 'WEBP', 'VP8L', 20, [0x2f, 0xff, 0xff, 0xff, 0xff]), { width: 16384, height: 16384 }],
    ['a.webp', webp('RIFF', 'WEBP', 'VP8X', 24, [0x7f, 0x02, 0x00, 0x67, 0x01, 0x00]), { width: 640, height: 360 }],
    ['a.webp', webp('RIFF', 'WEBP', 'VP8X', 24, [0x7f, 0x02, 0x00, 0x67, 0x01, 0x00], 29), null],
    ['a.webp', webp('RIFX', 'WEBP', 'VP8X', 24, [0x7f, 0x02, 0x00, 0x67, 0x01, 0x00]), null],
    ['a.webp', webp('RIFF', 'WEBQ', 'VP8X', 24, [0x7f, 0x02, 0x00, 0x67, 0x01, 0x00]), null],
    ['a.webp', webp('RIFF', 'WEBP', 'ALPH', 24, [0x7f, 0x02, 0x00, 0x67, 0x01, 0x00]), null],
    ['a.webp', webp('RIFF', 'WEBP', 'VP8 ', 26, [0x00, 0xc0, 0x68, 0x01]), null],
    // SVG: width and height in pixels, else the viewBox.
    ['a.svg', svg('<svg xmlns="http://www.w3.org/2000/svg" width="48" height="24">'), { width: 48, height: 24 }],
    ['A.SVG', svg("<svg WIDTH='48px' Height=' 24 px '>"), { width: 48, height: 24 }],
    ['a.svg', svg('<svg width="47.6" height="23.4">'), { width: 48, height: 23 }],
    ['a.svg', svg('<svg width="100%" height="100%" viewBox="0 0 300 150">'), { width: 300, height: 150 }],
    ['a.svg', svg('<svg width="10em" height="5em" viewBox="0 0 300 150">'), { width: 300, height: 150 }],
    ['a.svg', svg('<svg width="10 em" height="5 em" viewBox="0 0 300 150">'), { width: 300, height: 150 }],
    ['a.svg', svg('<svg width="+10" height="10" viewBox="0 0 300 150">'), { width: 300, height: 150 }],
    ['a.svg', svg('<svg width="0" height="10" viewBox="0 0 300 150">'), { width: 300, height: 150 }],
    ['a.svg', svg('<svg width="10" height="0" viewBox="0 0 300 150">'), { width: 300, height: 150 }],
    ['a.svg', svg('<svg width="48" viewBox="0 0 300 150">'), { width: 300, height: 150 }],
    ['a.svg', svg('<svg viewBox=" 0,0, 320.4,179.6 ">'), { width: 320, height: 180 }],
    ['a.svg', svg('<svg viewBox="0 0 300">'), null],
    ['a.svg', svg('<svg viewBox="0 0 300 150 10">'), null],
    ['a.svg', svg('<svg viewBox="0 0 0 150">'), null],
    ['a.svg', svg('<svg xmlns="http://www.w3.org/2000/svg">'), null],
    ['a.svg', svg('<?xml version="1.0"?><html width="48" height="24"></html>'), null],
    // Other kinds are not measured, whatever they hold.
    ['a.gif', svg('<svg width="48" height="24">'), null],
    ['a', png(640, 360), null],
  ])('%s %#', (name, data, size) => {
    expect(imageSize(name, data)).toEqual(size);
  });

  it('the index keys each file of content/images/ by how lessons write it', () => {
    const index = imageIndex([
      { path: 'content/images/chart.svg', bytes: new TextEncoder().encode(SVG) },
      { path: 'content/images/broken.png', bytes: new Uint8Array(10) },
    ]);
    expect([...index.entries()]).toEqual([
      ['images/chart.svg', { href: 'images/chart.svg', path: 'content/images/chart.svg', bytes: SVG.length, size: { width: 320, height: 180 } }],
      ['images/broken.png', { href: 'images/broken.png', path: 'content/images/broken.png', bytes: 10, size: null }],
    ]);
  });

  it('each <img> of a known, measured picture gets the place-holder address, width and height; others stay as they are', () => {
    const index = imageIndex([
      { path: 'content/images/chart.svg', bytes: new TextEncoder().encode(SVG) },
      { path: 'content/images/band.png', bytes: png(800, 20) },
      { path: 'content/images/broken.png', bytes: new Uint8Array(10) },
    ]);
    const html = '<p><img src="images/chart.svg" alt="A"> <img src="images/band.png" alt=""></p><p><img src="images/missing.png" alt="B"><img src="images/broken.png" alt="C"><img src="https://example.org/x.png" alt="D"></p>';
    expect(placeImages(html, index)).toBe(
      '<p><img src="hqc-image:images/chart.svg" width="320" height="180" alt="A"> <img src="hqc-image:images/band.png" width="800" height="20" alt=""></p><p><img src="images/missing.png" alt="B"><img src="images/broken.png" alt="C"><img src="https://example.org/x.png" alt="D"></p>',
    );
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

  const NOT_IN_IMAGES = (href: string, name: string) => ({ code: 'ImageNotFound', message: `The image "${href}" is not in content/images/, so it would not be in the package.`, fix: `Put the file in content/images/ and write its address as "images/${name}".` });
  const NOT_A_PICTURE = (href: string) => ({ code: 'ImageFormat', message: `"${href}" is not a kind of picture the unit shows; it takes .svg, .png, .jpg, .jpeg, .webp files.`, fix: 'Save it as SVG (drawings and diagrams), PNG (screenshots) or JPEG or WebP (photos).' });
  const UNREADABLE = (path: string, ext: string) => ({ code: 'ImageFormat', message: `${path} could not be read as a .${ext} file, so its size is unknown.`, fix: 'Open it in an image editor and save it again as SVG, PNG, JPEG or WebP.' });
  const TOO_LARGE = (path: string, kb: number) => ({ code: 'ImageTooLarge', message: `${path} is ${kb} KB; a picture may be at most 60 KB, because the unit plays in an LMS frame on phones, often on mobile data.`, fix: 'Make it smaller: crop it, scale it to at most 1,200 px wide, save photos as JPEG or WebP at about 75% quality, and run SVG files through an optimiser.' });
  /** A PNG of 640 x 360 whose file has exactly this many bytes. */
  const pngOfBytes = (n: number) => {
    const b = new Uint8Array(n);
    b.set(png(640, 360));
    return b;
  };
  const files = {
    'chart.svg': new TextEncoder().encode(SVG),
    'exactly-60kb.png': pngOfBytes(60 * 1024),
    'just-over.png': pngOfBytes(60 * 1024 + 1),
    'big.png': pngOfBytes(75 * 1024),
    'broken.png': new Uint8Array(100),
    'Photo.JPG': new Uint8Array(100),
  };

  it.each([
    ['photo.png', NOT_IN_IMAGES('photo.png', 'photo.png')],
    ['content/images/chart.svg', NOT_IN_IMAGES('content/images/chart.svg', 'chart.svg')],
    ['images/icons/chart.svg', NOT_IN_IMAGES('images/icons/chart.svg', 'chart.svg')],
    ['images/chart.gif', NOT_A_PICTURE('images/chart.gif')],
    ['images/chart', NOT_A_PICTURE('images/chart')],
    ['images/png', NOT_A_PICTURE('images/png')],
    ['images/CHART.SVG', { code: 'ImageNotFound', message: 'There is no file content/images/CHART.SVG.', fix: 'Did you mean "images/chart.svg"? Check the file\'s name in content/images/ (capitals count).' }],
    ['images/nothing-like-it.png', { code: 'ImageNotFound', message: 'There is no file content/images/nothing-like-it.png.', fix: 'Add the file to content/images/, or correct its name here (capitals count).' }],
    ['images/just-over.png', TOO_LARGE('content/images/just-over.png', 61)],
    ['images/big.png', TOO_LARGE('content/images/big.png', 75)],
    ['images/broken.png', UNREADABLE('content/images/broken.png', 'png')],
    ['images/Photo.JPG', UNREADABLE('content/images/Photo.JPG', 'jpg')],
  ])('![A picture](%s): the exact message and fix, at the "!"', (href, problem) => {
    const { errors } = compileWith(`Look:\n\n![A picture](${href})\n`, files);
    expect(errors.map(({ source: _, ...e }) => e)).toEqual([{ file: FILE, line: BODY_LINE + 2, column: 1, ...problem }]);
  });

  it('a picture of exactly 60 KB is within the budget', () => {
    const { errors } = compileWith('![A picture](images/exactly-60kb.png)\n', files);
    expect(errors).toEqual([]);
  });

  it('a text alternative of only spaces is no text alternative', () => {
    const { errors } = compileWith('Look:\n\n![ ](images/chart.svg)\n', files);
    expect(errors.map(({ source: _, ...e }) => e)).toEqual([
      {
        file: FILE,
        line: BODY_LINE + 2,
        column: 1,
        code: 'ImageWithoutAlt',
        message: 'The image "images/chart.svg" has no text alternative, so screen-reader users miss it.',
        fix: 'Describe the image between the brackets: ![Two colleagues talking in a hallway](images/hallway.png). Write ![decorative](images/…) only for pure decoration, which screen readers then skip.',
      },
    ]);
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
