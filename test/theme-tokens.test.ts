// The theme's palette is written twice: on the page's :root (src/styles.css) and as the
// components' own defaults (src/components/shared.styles.ts), so that a component stands alone
// in its tests. These checks keep the two the same, and keep roles from being mistaken for
// palette colours again (--hqc-surface once meant white on the page and a tint in components).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/content';

const page = readFileSync(join(ROOT, 'src/styles.css'), 'utf8');
const shared = readFileSync(join(ROOT, 'src/components/shared.styles.ts'), 'utf8');

/** `--hqc-x: value;` declarations in the page's :root block. */
function rootTokens(): Map<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(page)?.[1] ?? '';
  return new Map([...root.matchAll(/(--hqc-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

/** `var(--hqc-x, default)` fallbacks in the components' shared styles, whose default is a plain value. */
function componentDefaults(): Map<string, string> {
  return new Map([...shared.matchAll(/var\((--hqc-[\w-]+),\s*([^()]+?)\)/g)].map((m) => [m[1], m[2].trim()]));
}

const PALETTE = ['--hqc-brand', '--hqc-brand-contrast', '--hqc-ink', '--hqc-ink-soft', '--hqc-paper', '--hqc-tint', '--hqc-grey', '--hqc-font'];

describe('theme tokens', () => {
  it('the page and the components agree on every palette colour', () => {
    const onRoot = rootTokens();
    const defaults = componentDefaults();
    for (const name of PALETTE) {
      expect(onRoot.get(name), `${name} on :root`).toBeDefined();
      expect(defaults.get(name), `${name} default in shared.styles.ts`).toBe(onRoot.get(name));
    }
  });

  it('names no token of the old single level, whose meaning differed between page and components', () => {
    const old = /--hqc-(surface|text|muted|line|focus)(?![\w-])/g;
    expect([...(page + shared).matchAll(old)].map((m) => m[0])).toEqual([]);
  });

  it('roles default to palette colours, and the panel tint is not the page background', () => {
    expect(shared).toMatch(/--_panel: var\(--hqc-panel-background, var\(--_tint\)\)/);
    expect(page).toMatch(/--hqc-page-background: var\(--hqc-paper\)/);
    expect(rootTokens().get('--hqc-tint')).not.toBe(rootTokens().get('--hqc-paper'));
  });
});
