// Pictures in lessons: files in content/images/, written `![alt](images/name.svg)`. At build
// time each is checked (there, readable, within the size budget, with a text alternative or
// marked decorative), measured (width and height go on the <img>, so nothing jumps as it loads)
// and packaged with a hashed name by Vite. Runs in Node only.

/** A picture costs at most this much: the unit plays in Moodle's frame on phones. */
export const IMAGE_BUDGET_BYTES = 60 * 1024;
/**
 * The unit's own drawings (the SVG files of content/images/) are kept far below that: each at
 * most 8 KB gzip, as a server sends it. test/images.test.ts measures every SVG with zlib's gzip.
 */
export const ILLUSTRATION_BUDGET_GZIP_BYTES = 8 * 1024;
export const IMAGE_TYPES = ['svg', 'png', 'jpg', 'jpeg', 'webp'] as const;
/** The alt text that says an image is decoration only: it is given alt="" and skipped by screen readers. */
export const DECORATIVE = 'decorative';
/** What the compiled HTML holds in place of an image's address, until the bundler gives the hashed one. */
export const IMAGE_URL_PREFIX = 'hqc-image:';

export interface ImageFile {
  /** As written in a lesson: `images/name.svg`. */
  href: string;
  /** As shown in errors: `content/images/name.svg`. */
  path: string;
  bytes: number;
  /** Natural size in CSS pixels; null when the file could not be read as its type. */
  size: { width: number; height: number } | null;
}

/** Reads an image's natural width and height from its header (or an SVG's attributes). */
export function imageSize(name: string, data: Uint8Array): { width: number; height: number } | null {
  const ext = name.toLowerCase().split('.').pop();
  const u16be = (i: number) => (data[i] << 8) | data[i + 1];
  const u16le = (i: number) => data[i] | (data[i + 1] << 8);
  const u24le = (i: number) => data[i] | (data[i + 1] << 8) | (data[i + 2] << 16);
  const ascii = (i: number, n: number) => String.fromCharCode(...data.subarray(i, i + n));
  const ok = (width: number, height: number) => (width > 0 && height > 0 ? { width, height } : null);
  if (ext === 'png') {
    if (data.length < 24 || ascii(1, 3) !== 'PNG' || ascii(12, 4) !== 'IHDR') return null;
    return ok(((data[16] << 24) | (data[17] << 16) | (data[18] << 8) | data[19]) >>> 0, ((data[20] << 24) | (data[21] << 16) | (data[22] << 8) | data[23]) >>> 0);
  }
  if (ext === 'jpg' || ext === 'jpeg') {
    if (data[0] !== 0xff || data[1] !== 0xd8) return null;
    let i = 2;
    while (i + 9 < data.length) {
      if (data[i] !== 0xff) return null;
      const marker = data[i + 1];
      // Start-of-frame markers hold the size; C4 (Huffman), C8 and CC are not frames.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return ok(u16be(i + 7), u16be(i + 5));
      i += 2 + u16be(i + 2);
    }
    return null;
  }
  if (ext === 'webp') {
    if (data.length < 30 || ascii(0, 4) !== 'RIFF' || ascii(8, 4) !== 'WEBP') return null;
    const chunk = ascii(12, 4);
    if (chunk === 'VP8 ') return ok(u16le(26) & 0x3fff, u16le(28) & 0x3fff);
    if (chunk === 'VP8L') {
      const [b0, b1, b2, b3] = [data[21], data[22], data[23], data[24]];
      return ok(1 + (((b1 & 0x3f) << 8) | b0), 1 + (((b3 & 0x0f) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6)));
    }
    if (chunk === 'VP8X') return ok(1 + u24le(24), 1 + u24le(27));
    return null;
  }
  if (ext === 'svg') {
    const text = new TextDecoder().decode(data);
    const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
    if (!tag) return null;
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const px = (v: string | undefined) => (v && /^\s*[\d.]+\s*(px)?\s*$/.test(v) ? Math.round(parseFloat(v)) : NaN);
    const [w, h] = [px(attr('width')), px(attr('height'))];
    if (w > 0 && h > 0) return { width: w, height: h };
    const box = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
    return box && box.length === 4 ? ok(Math.round(box[2]), Math.round(box[3])) : null;
  }
  return null;
}

/** The images of content/images/, keyed by how lessons write them (`images/name.svg`). */
export function imageIndex(files: { path: string; bytes: Uint8Array }[]): Map<string, ImageFile> {
  const index = new Map<string, ImageFile>();
  for (const f of files) {
    const name = f.path.split('/').pop()!;
    index.set(`images/${name}`, { href: `images/${name}`, path: f.path, bytes: f.bytes.length, size: imageSize(name, f.bytes) });
  }
  return index;
}

/**
 * Gives every `<img>` of compiled HTML its place-holder address and its width and height, so
 * the bundler can swap in the hashed file and the browser reserves the space.
 */
export function placeImages(html: string, images: Map<string, ImageFile>): string {
  return html.replace(/<img src="(images\/[^"]+)"/g, (whole, href: string) => {
    const image = images.get(href);
    if (!image?.size) return whole;
    return `<img src="${IMAGE_URL_PREFIX}${href}" width="${image.size.width}" height="${image.size.height}"`;
  });
}
