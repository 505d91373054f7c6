// The components' styles (Lit's css`…` literals) minified in the build, with lightningcss (the
// CSS minifier Vite itself uses): the indentation and comments of readable sources cost the
// first screen about 0.7 KB gzip. The preview keeps them as written.
import { Features, transform } from 'lightningcss';
import type { Plugin } from 'vite';

/**
 * The browsers the minified CSS must keep working in: those of the bundle's `es2022` target
 * (vite.config.ts), so minifying never writes newer syntax than the sources (range media
 * queries stay min-/max-width). lightningcss encodes versions as `major << 16 | minor << 8`.
 */
export const TARGETS = { chrome: 94 << 16, safari: (15 << 16) | (4 << 8), firefox: 93 << 16 };

/**
 * lightningcss's options for the unit's CSS: those targets, minified, and without its
 * `light-dark()` polyfill (the unit sets `color-scheme: light` and uses no `light-dark()`).
 */
export const MINIFY = { minify: true, targets: TARGETS, exclude: Features.LightDark } as const;

/** A css`…` literal without `${…}`: the only kind the components write. */
const CSS_LITERAL = /\bcss`([^`$\\]*)`/g;

/**
 * `css` with each css`…` literal's text minified.
 * @throws Error naming `file` when lightningcss cannot parse a literal.
 */
export function minifyCssLiterals(code: string, file: string): string {
  return code.replace(CSS_LITERAL, (_, text: string) => {
    try {
      return `css\`${transform({ filename: file, code: Buffer.from(text), ...MINIFY }).code.toString()}\``;
    } catch (e) {
      throw new Error(`${file}: the styles could not be minified: ${(e as Error).message}`);
    }
  });
}

/** Minifies the css`…` literals of src/components/ in `vite build`. */
export function minifyStylesPlugin(): Plugin {
  return {
    name: 'hqc-minify-styles',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]components[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code, id), map: null };
    },
  };
}
