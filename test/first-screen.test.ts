// The first screen drawn at build time (src/course/first-screen.ts): what the launch page shows
// before any script runs. Drawn here from the real course with the unit's own components, as
// the build draws it; the browser side (it looks like the live screen, is inert, and hands over)
// is test/e2e/first-screen.test.ts.
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { builtLaunchPage, hashSources, NOT_LOADED, renderFirstScreen, starter, type FirstScreenMarkup } from '../src/course/first-screen';
import { onlyInUserAction, superset } from '../src/course/first-screen-css';
import { IMAGE_URL_PREFIX } from '../src/course/images';
import type { Course } from '../src/course/types';
import { realCourse } from './helpers/content';

const course = realCourse();
const PICTURES = new Map([['images/cover.svg', './assets/cover-1a2b3c4d.svg']]);
/**
 * The first screen of the real course (only the first lesson is drawn: the other lessons'
 * pictures need no address). Drawn in each test, about a second each: under mutation testing a
 * mutant is active in a test, not in a hook or at import.
 */
const draw = (): FirstScreenMarkup => renderFirstScreen(course, PICTURES);

/** A launch page as Vite writes it, before the plugin's post step. */
const VITE_PAGE = `<!doctype html>
<html lang="en"><head><title>t</title>
<script type="module" crossorigin src="./assets/index-AbCd1234.js"></script>
</head><body><hqc-unit></hqc-unit></body></html>`;

describe('the drawn first screen', () => {
  it("is the first lesson's first page, with its title as the h1 and its Continue", () => {
    const { markup } = draw();
    const first = course.lessons[0];
    expect(markup.startsWith('<template shadowrootmode="open"><style>')).toBe(true);
    expect(markup).toContain(`>${first.title}</h1>`);
    expect(markup).toContain('What this unit is for');
    // Page 2 is not drawn: only the first page.
    expect(markup).not.toContain('What your teacher can see');
    expect(markup).toMatch(/<button[^>]*id="continue"[^>]*>\s*Continue\s*<\/button>/);
  });

  it('is inert and hidden from assistive technology until the script takes over', () => {
    const { markup } = draw();
    expect(markup).toMatch(/<div class="unit" inert aria-hidden="true">/);
    expect(markup.match(/ inert\b/g)).toHaveLength(1);
    // Roles, states and parts speak only to assistive technology or to outside styles: left out.
    expect(markup.match(/ aria-[a-z]+=/g)).toEqual([' aria-hidden=']);
    expect(markup).not.toMatch(/ (role|part|tabindex)=/);
  });

  it("names its nested elements so that the unit's code never upgrades them", () => {
    const { markup } = draw();
    const tags = [...markup.matchAll(/<([a-z][\w-]*)/g)].map((m) => m[1]).filter((t) => t.includes('-'));
    expect(tags.length).toBeGreaterThan(3);
    for (const t of tags) expect(t).toMatch(/^hqc-static-/);
    // The styles follow the renaming (e.g. `hqc-header { display: contents }`).
    expect(markup).toMatch(/hqc-static-header\s*\{/);
    expect(markup).not.toMatch(/(?<![\w-])hqc-(header|lesson|step-nav|notices)(?![\w-])/);
  });

  it('carries no script, no event handler and no marker of the template engine', () => {
    const { markup } = draw();
    expect(markup).not.toMatch(/<script|\son\w+=|<!--|\?lit\$/i);
  });

  it("points pictures at the build's files, never at the content's place-holders", () => {
    const { markup } = draw();
    expect(markup).toContain('src="./assets/cover-1a2b3c4d.svg"');
    expect(markup).not.toContain(IMAGE_URL_PREFIX);
    expect(() => renderFirstScreen(course, new Map())).toThrow(/The first screen's picture images\/cover\.svg is not in the build/);
  });

  it('stops the build with what went wrong when the drawing fails', () => {
    const broken = { ...course, lessons: [{ ...course.lessons[0], blocks: undefined as never }, ...course.lessons.slice(1)] };
    expect(() => renderFirstScreen(broken, PICTURES)).toThrow(/^Drawing the first screen at build time failed:\n[^]*TypeError/);
  });

  it('leaves out what is not drawn before the script runs: the closed menu drawer and print rules', () => {
    const { markup } = draw();
    expect(markup).not.toMatch(/<dialog|class="menu-panel"|\.menu-panel|Lessons<\/p>/);
    expect(markup).not.toMatch(/@media print/);
    // Rules for states an inert copy never takes.
    expect(markup).not.toMatch(/:hover|:focus-visible/);
    // Kept: the rules that draw what is there.
    expect(markup).toMatch(/\.button--primary\{/);
    expect(markup).toMatch(/h1\{/);
  });

  it("sets the course's theme on the page, so the copy has the brand colour before the script does", () => {
    const themed: Course = { ...course, theme: { brand: '#7a1f5c', brandContrast: '#ffffff', font: 'Georgia, serif' } };
    const page = renderFirstScreen(themed, PICTURES).pageStyle;
    // After the page's defaults (src/styles.css), so it wins.
    expect(page).toMatch(/:root\{[^}]*--hqc-brand:#1f5a85[^]*:root\{[^}]*--hqc-brand:#7a1f5c/);
    expect(page).toContain('--hqc-font:Georgia, serif');
    expect(page).toMatch(/html,body\{[^}]*margin:0/);
    // A font list that could end the rule is left to the default, not written into the page.
    const odd = renderFirstScreen({ ...themed, theme: { ...themed.theme, font: 'x;} body{display:none' } }, PICTURES).pageStyle;
    expect(odd).not.toContain('display:none');
  });

  it('lists each style element it writes, for the page policy', () => {
    const drawn = draw();
    const { markup } = drawn;
    expect(drawn.styles[0]).toBe(drawn.pageStyle);
    const inMarkup = [...markup.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]);
    expect([...drawn.styles.slice(1)].sort()).toEqual(inMarkup.sort());
  });
});

describe('pruning selectors', () => {
  it('tests each selector in its widest form: pseudo-classes and pseudo-elements removed, an empty compound as *', () => {
    expect(superset('progress::-webkit-progress-value')).toBe('progress');
    expect(superset('.prose > :last-child')).toBe('.prose > *');
    expect(superset('.prose :is(h2, h3)')).toBe('.prose *');
    expect(superset('.notices>div:not(:empty)')).toBe('.notices>div');
    expect(superset('*,:before')).toBe('*,*');
    expect(superset('a[href^="http:"]:hover')).toBe('a[href^="http:"]');
    expect(superset(':is(p, :not(.a:hover))', (n) => n === ':hover')).toBe(':is(p, :not(.a))');
    // Arguments end at their own bracket; what follows is kept.
    expect(superset(':is(.a, .b) > p:first-child')).toBe('* > p');
    expect(superset('.x:not(:is(.y, .z)) + .w')).toBe('.x + .w');
    expect(superset('.a:not(.b) .c')).toBe('.a .c');
    expect(superset(':root')).toBe('*');
    expect(superset('a:where(.b) ~ i', (n) => n === ':not')).toBe('a:where(.b) ~ i');
    expect(superset("q[title='a:b']::after")).toBe("q[title='a:b']");
  });

  it('leaves out rules that need a user-action state, unless the state is negated', () => {
    expect(onlyInUserAction('.button:hover')).toBe(true);
    expect(onlyInUserAction('h1:focus:not(:focus-visible)')).toBe(true);
    expect(onlyInUserAction('.panel:focus-within .x')).toBe(true);
    expect(onlyInUserAction('.skip:not(:focus)')).toBe(false);
    expect(onlyInUserAction('.button--primary')).toBe(false);
  });

  it('keeps the rules the copy needs that a DOM for Node cannot match (the progress bar) and drops those it does not draw', () => {
    const { markup } = draw();
    expect(markup).toMatch(/progress::-webkit-progress-value\{/);
    expect(markup).toMatch(/progress::-moz-progress-bar\{/);
    expect(markup).not.toMatch(/\.outcome|\.done|::backdrop/);
  });

  it('keeps the line breaks of preformatted text, inside <pre><code> too', () => {
    const first = course.lessons[0];
    const withCode: Course = { ...course, lessons: [{ ...first, blocks: [{ type: 'html', html: '<pre><code>line one\n    line two</code></pre><p>a   b</p>' }, ...first.blocks] }, ...course.lessons.slice(1)] };
    const { markup } = renderFirstScreen(withCode, PICTURES);
    expect(markup).toContain('<pre><code>line one\n    line two</code></pre>');
    expect(markup).toContain('<p>a b</p>');
  });

  it('escapes text and attribute values as the one escape helper does (src/markup.ts)', () => {
    const first = course.lessons[0];
    const html = '<p title="say &quot;hi&quot; &amp; go">Tom &amp; Jerry &lt;3</p>';
    const { markup } = renderFirstScreen({ ...course, lessons: [{ ...first, blocks: [{ type: 'html', html }, ...first.blocks] }, ...course.lessons.slice(1)] }, PICTURES);
    expect(markup).toContain('<p title="say &quot;hi&quot; &amp; go">Tom &amp; Jerry &lt;3</p>');
  });
});

describe('the built launch page', () => {
  it('holds the drawn screen, the page styles, a preload of the entry and the starter in place of the entry script', () => {
    const drawn = draw();
    const { markup } = drawn;
    const { html, starter: start } = builtLaunchPage(VITE_PAGE, drawn);
    expect(html).toContain(`<hqc-unit>${markup}</hqc-unit>`);
    // The page's styles once, at the end of the head.
    expect(html.split('</head>')[0].endsWith(`<style>${drawn.pageStyle}</style>\n  `)).toBe(true);
    expect(html.split(drawn.pageStyle)).toHaveLength(2);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<link rel="modulepreload" crossorigin href="./assets/index-AbCd1234.js">');
    expect(html).toContain(`<script type="module">${start}</script>`);
    expect(html).not.toContain('src="./assets/index-AbCd1234.js"');
    expect(start).toBe(starter('./assets/index-AbCd1234.js'));
  });

  it('refuses a page without the entry script or the empty <hqc-unit>', () => {
    const drawn = draw();
    expect(() => builtLaunchPage(VITE_PAGE.replace(/<script[^]*?<\/script>/, ''), drawn)).toThrow(/no module script/);
    expect(() => builtLaunchPage(VITE_PAGE.replace('<hqc-unit></hqc-unit>', ''), drawn)).toThrow(/no empty <hqc-unit><\/hqc-unit>/);
    expect(() => builtLaunchPage(VITE_PAGE.replace('</head>', ''), drawn)).toThrow(/no <\/head>/);
  });

});

/**
 * Runs the starter as the page would, with a document, animation frames and a module loader of
 * the test's own (its `import(…)` becomes a call to the loader, which records the address and
 * succeeds, or fails as a missing file does).
 */
function runStarter(opts: { hidden?: boolean; entryLoads?: boolean }) {
  const loaded: string[] = [];
  const frames: (() => void)[] = [];
  const unit = { remove: vi.fn() };
  const alert = { role: '', textContent: '', setAttribute(name: string, value: string) { if (name === 'role') this.role = value; } };
  const document = {
    visibilityState: opts.hidden ? 'hidden' : 'visible',
    querySelector: (selector: string) => (selector === 'hqc-unit' ? unit : null),
    createElement: vi.fn(() => alert),
    body: { prepend: vi.fn() },
  };
  const errors: unknown[] = [];
  const load = (url: string) => {
    loaded.push(url);
    return opts.entryLoads === false ? Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`)) : Promise.resolve({});
  };
  const code = starter('./assets/index-AbCd1234.js');
  expect(code.split('import(')).toHaveLength(2);
  new Function('document', 'requestAnimationFrame', 'console', 'load', code.replace('import(', 'load('))(document, (fn: () => void) => frames.push(fn), { error: (e: unknown) => errors.push(e) }, load);
  return { started: () => loaded.length > 0, loaded, frames, unit, alert, document, errors };
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the starter', () => {
  it('imports the entry in the task after the next animation frame', async () => {
    const run = runStarter({});
    await tick(20);
    expect(run.started()).toBe(false);
    expect(run.frames).toHaveLength(1);
    run.frames[0]();
    await tick(20);
    expect(run.loaded).toEqual(['./assets/index-AbCd1234.js']);
  });

  it('starts after 100 ms in a page that draws no frames, and at once in a hidden one', async () => {
    const noFrames = runStarter({});
    await tick(50);
    expect(noFrames.started()).toBe(false);
    await tick(150);
    expect(noFrames.started()).toBe(true);
    const hidden = runStarter({ hidden: true });
    await tick(20);
    expect(hidden.started()).toBe(true);
    expect(hidden.frames).toHaveLength(0);
  });

  it('replaces the drawn copy by an alert that says to reload when the entry cannot be loaded', async () => {
    const run = runStarter({ hidden: true, entryLoads: false });
    await tick(50);
    expect(run.document.createElement).toHaveBeenCalledWith('p');
    expect(run.alert).toMatchObject({ role: 'alert', textContent: NOT_LOADED });
    expect(run.unit.remove).toHaveBeenCalledOnce();
    expect(run.document.body.prepend).toHaveBeenCalledWith(run.alert);
    expect(String(run.errors[0])).toMatch(/index-AbCd1234\.js/);
  });
});

describe('hash sources (CSP 3, 2.3.1)', () => {
  it("are the base64 SHA-256 of the element's text, each once", () => {
    // The digest of the empty string, as every SHA-256 implementation gives it.
    expect(hashSources([''])).toEqual(["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]);
    const text = 'body{margin:0}';
    const expected = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(hashSources([text, text])).toEqual([expected]);
  });
});
