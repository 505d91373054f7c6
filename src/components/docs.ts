// Writes src/components/README.md from the components' own JSDoc, the way Shoelace documents
// its components: per element, its properties, methods, events, CSS parts, CSS custom
// properties and slots. `npm run docs` regenerates it; test/component-docs.test.ts fails when
// the committed file differs from what this module generates, so the page cannot drift.
//
// The JSDoc is read by @custom-elements-manifest/analyzer (the tool Shoelace itself uses),
// through its programmatic API with its Lit plugin (the CLI's --litelement): it understands
// `static properties = {...}` with `declare` fields (types, privacy, attribute names,
// `state: true`) and the @summary/@event/@csspart/@cssproperty/@slot tags. The manifest is
// built in memory only; no custom-elements.json is written.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const COMPONENTS_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(COMPONENTS_DIR, '../..');
export const README_PATH = join(COMPONENTS_DIR, 'README.md');

/** The order of the sections: the root first, then the elements it renders. Others follow by name. */
const ORDER = ['hqc-unit', 'hqc-header', 'hqc-notices', 'hqc-lesson', 'hqc-step-nav', 'hqc-end-screen', 'hqc-plan-page', 'hqc-menu', 'hqc-yes-no', 'hqc-choice', 'hqc-reflection', 'hqc-challenge', 'hqc-save-status', 'hqc-plan'];

// ---- the parts of a Custom Elements Manifest (schema 1.0.0) that this page uses ---------------

interface Type {
  text: string;
}
interface Described {
  name: string;
  description?: string;
  summary?: string;
}
interface Field extends Described {
  kind: 'field';
  type?: Type;
  default?: string;
  attribute?: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: 'public' | 'private' | 'protected';
}
interface Method extends Described {
  kind: 'method';
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  parameters?: (Described & { type?: Type; optional?: boolean })[];
  return?: { type?: Type };
}
interface Declaration extends Described {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  superclass?: { name: string; module?: string };
  members?: (Field | Method)[];
  events?: (Described & { type?: Type })[];
  cssParts?: Described[];
  cssProperties?: (Described & { syntax?: string; default?: string })[];
  slots?: Described[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
}

/** What this module needs from the analyzer. Its index.d.ts declares only the plugin types, not these. */
interface Analyzer {
  create(opts: { modules: unknown[]; plugins?: unknown[] }): Manifest;
  /** The analyzer's own TypeScript (5.x): its ASTs must come from the same copy it walks them with. */
  ts: { createSourceFile(fileName: string, text: string, target: number, setParentNodes: boolean): unknown; ScriptTarget: { ES2015: number } };
}

// The Lit plugin is not re-exported from the package's entry (the CLI adds it for --litelement),
// so it is loaded from its file; the specifier is a variable because that file ships no types.
const LIT_PLUGIN = '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

async function loadAnalyzer(): Promise<Analyzer & { litPlugin: () => unknown[] }> {
  const analyzer = (await import('@custom-elements-manifest/analyzer')) as unknown as Analyzer;
  const { litPlugin } = (await import(/* @vite-ignore */ LIT_PLUGIN)) as { litPlugin: () => unknown[] };
  return { create: analyzer.create, ts: analyzer.ts, litPlugin };
}

export interface DocsOptions {
  /** Reads a source file (absolute path); defaults to the file on disk. Tests pass edited sources. */
  read?: (file: string) => string;
}

/** The base classes the elements extend (src/components/*.ts), read for what subclasses inherit. */
const BASES = ['question.ts', 'unit-part.ts'];

/** Every non-test source in the component folders (src/components/<name>/), sorted. */
function componentSources(): string[] {
  return readdirSync(COMPONENTS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(COMPONENTS_DIR, d.name))
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
        .map((f) => join(COMPONENTS_DIR, d.name, f)),
    )
    .sort();
}

/** A custom element, the module that declares it and the module that defines its tag. */
interface Found {
  element: Declaration;
  path: string;
  definedIn?: string;
}

/** The custom elements of the component folders, in page order, from a manifest built in memory. */
async function analyze(read: (file: string) => string): Promise<Found[]> {
  const { create, ts, litPlugin } = await loadAnalyzer();
  const source = (file: string) => ts.createSourceFile(relative(ROOT, file).split(sep).join('/'), read(file), ts.ScriptTarget.ES2015, true);
  const manifest = create({ modules: componentSources().map(source), plugins: litPlugin() });
  // Analyzed on their own, so that a subclass's own field types (`declare block: YesNoBlock`) stand.
  const bases = create({ modules: BASES.map((f) => source(join(COMPONENTS_DIR, f))), plugins: litPlugin() });
  // The tag comes from the customElements.define() call in <name>.ts (an export of kind
  // "custom-element-definition" in the manifest).
  const definedIn = (tag: string) =>
    manifest.modules.find((m) => m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag))?.path;
  const elements: Found[] = manifest.modules.flatMap((m) =>
    (m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((element) => ({ element, path: m.path, definedIn: definedIn(element.tagName!) })),
  );
  // A field a subclass redeclares with its own type (`declare block: YesNoBlock`) keeps the
  // attribute and default its base class gives it (QuestionElement's static properties and constructor).
  const declarations = bases.modules.flatMap((m) => m.declarations ?? []);
  for (const { element } of elements) {
    const base = declarations.find((d) => d.name === element.superclass?.name);
    for (const member of element.members ?? []) {
      const inherited = base?.members?.find((b) => b.name === member.name && b.kind === 'field') as Field | undefined;
      if (member.kind !== 'field' || !inherited) continue;
      member.attribute ??= inherited.attribute;
      member.default ??= inherited.default;
    }
  }
  const rank = (tag: string) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
  elements.sort((a, b) => rank(a.element.tagName!) - rank(b.element.tagName!) || (a.element.tagName! < b.element.tagName! ? -1 : 1));
  return elements;
}

// ---- Markdown -------------------------------------------------------------------------------

/** One table cell: on one line, pipes escaped (also inside code spans, as GFM tables require). */
function cell(text: string | undefined): string {
  const t = (text ?? '').replace(/\s*\n\s*/g, ' ').trim();
  return t ? t.replace(/\|/g, '\\|') : '—';
}

/** Inline code, with a longer fence when the text holds backticks. */
function code(text: string | undefined): string {
  if (!text) return '—';
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map((r) => line(r.map(cell)))].join('\n');
}

function isPublic(m: Field | Method): boolean {
  return !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#') && !m.name.startsWith('_');
}

/** `CustomEvent<{ id: string }>` -> `{ id: string }`. */
function detailType(type: Type | undefined): string | undefined {
  if (!type) return undefined;
  const m = /^CustomEvent\s*<([\s\S]*)>$/.exec(type.text.trim());
  return m ? m[1].trim() : type.text;
}

function trimmed(text: string | undefined): string | undefined {
  return text?.trim() || undefined;
}

function renderElement({ element, path, definedIn }: Found): string {
  const tag = element.tagName!;
  const link = (file: string) => {
    const rel = file.replace(/^src\/components\//, '');
    return `[${rel}](${rel})`;
  };
  const out: string[] = [];
  out.push(`## \`<${tag}>\``);
  out.push(`Class \`${element.name}\` in ${link(path)}${definedIn ? `; the tag is defined by ${link(definedIn)}` : ''}.`);
  const text = [element.summary, element.description].map(trimmed).filter(Boolean).join('\n\n');
  if (text) out.push(text);

  const members = (element.members ?? []).filter(isPublic);
  const fields = members.filter((m): m is Field => m.kind === 'field');
  const methods = members.filter((m): m is Method => m.kind === 'method');

  out.push('### Properties');
  out.push(
    fields.length
      ? table(
          ['Property', 'Attribute', 'Type', 'Default', 'Description'],
          fields.map((f) => [
            code(f.name),
            f.attribute ? code(f.attribute) : '— (property only)',
            code(f.type?.text),
            code(f.default),
            (f.readonly ? '(read-only) ' : '') + (trimmed(f.description) ?? ''),
          ]),
        )
      : 'None.',
  );

  if (methods.length) {
    out.push('### Methods');
    out.push(
      table(
        ['Method', 'Signature', 'Description'],
        methods.map((m) => {
          const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`).join(', ');
          return [code(m.name), code(`${m.name}(${params})${m.return?.type ? `: ${m.return.type.text}` : ''}`), trimmed(m.description) ?? ''];
        }),
      ),
    );
  }

  out.push('### Events');
  const events = element.events ?? [];
  out.push(
    events.length
      ? table(
          ['Event', 'Detail', 'Description'],
          events.map((e) => [code(e.name), code(detailType(e.type)), trimmed(e.description) ?? '']),
        )
      : 'None.',
  );

  out.push('### CSS parts');
  const parts = element.cssParts ?? [];
  out.push(parts.length ? table(['Part', 'Description'], parts.map((p) => [code(p.name), trimmed(p.description) ?? ''])) : 'None.');

  out.push('### CSS custom properties');
  const props = element.cssProperties ?? [];
  out.push(props.length ? table(['Property', 'Description'], props.map((p) => [code(p.name), trimmed(p.description) ?? ''])) : 'None.');

  const slots = element.slots ?? [];
  if (slots.length) {
    out.push('### Slots');
    out.push(table(['Slot', 'Description'], slots.map((s) => [s.name ? code(s.name) : '(default)', trimmed(s.description) ?? ''])));
  }
  return out.join('\n\n');
}

/** The first sentence of a summary, for the contents list. */
function firstSentence(text: string | undefined): string {
  const t = (text ?? '').replace(/\s*\n\s*/g, ' ').trim();
  const m = /^.*?[.!?](?=\s|$)/.exec(t);
  return m ? m[0] : t;
}

const INTRO = `# Components

The unit's interface is a small set of Lit custom elements, one per folder here
(\`<name>/<name>.component.ts\` holds the class and its JSDoc, \`<name>/<name>.ts\` defines the tag).
This page is generated from that JSDoc by \`npm run docs\` (\`src/components/docs.ts\`, using
@custom-elements-manifest/analyzer), and \`test/component-docs.test.ts\` fails when it is out of
date: change the JSDoc, then run \`npm run docs\`; do not edit this file by hand.

## How they fit

- **\`<hqc-unit>\` is the root**, and the only element the launch page places
  (\`src/index.html\`). The app (\`src/app.ts\`) gives it the compiled \`course\`, the running flow
  \`actor\` (an XState actor of \`src/flow/machine.ts\`; on a fresh launch, until xstate has
  loaded after the first screen, a \`PendingFlow\` of \`src/flow/pending.ts\` holding the same
  first state), the LMS session's \`saveStatus\` and its \`notices\`. The unit renders from the
  actor's snapshot and sends the actor events; it never starts or stops the actor and never
  talks to the LMS. Components import types and rules from \`src/flow/\` and their own folder only.
- **The unit's parts** draw into its shadow root (no shadow root of their own, so the ids
  between them resolve: the Menu button's \`aria-controls\`, Continue's \`aria-describedby\`):
  \`<hqc-header>\` (title, progress, Menu, My plan, \`<hqc-save-status>\`), \`<hqc-notices>\`,
  \`<hqc-lesson>\` (a lesson's page) with its \`<hqc-step-nav>\` (Back/Continue and the hint),
  \`<hqc-end-screen>\` and \`<hqc-plan-page>\`. The unit keeps what
  they share (the step, the menu drawer, the hint); their styles come with the unit's.
- **The unit renders the other elements** and sets their properties: \`<hqc-menu>\` in its
  drawer, one question element per interactive block of a lesson (\`<hqc-yes-no>\`,
  \`<hqc-choice>\`, \`<hqc-reflection>\`, \`<hqc-challenge>\`), tabs, accordions and cards, and
  \`<hqc-plan>\` on the "My plan" step. They keep no flow state of their own. Only the first
  screen's elements load with the page; the others come after it (\`src/lesson-bodies.ts\`).
- **Children report with \`hqc-*\` events**, sent by \`emit()\` from [events.ts](events.ts): typed
  \`CustomEvent\`s that bubble, cross shadow roots (\`composed\`) and are listed in
  \`GlobalEventHandlersEventMap\`, so \`addEventListener('hqc-answer', (e) => e.detail.id)\`
  type-checks. The unit turns \`hqc-answer\` into the flow's \`answer.set\`, \`hqc-navigate\`
  into \`nav.goto\` (once the lesson is open), \`hqc-flow\` (a typed flow event: Back, My plan,
  a path, a notice's action) into that event, and \`hqc-continue\` into \`step.continue\` once
  nothing is missing; it opens and closes the menu on \`hqc-menu-toggle\` and \`hqc-close\`;
  \`hqc-notice-action\` goes out to the app, which may cancel it.
- **Theming is by CSS custom properties**, which inherit into every shadow root: set them on
  \`:root\` or on \`hqc-unit\`. There are two levels ([shared.styles.ts](shared.styles.ts)):
  - the **palette**, named for the colour: \`--hqc-brand\` (#1f5a85), \`--hqc-brand-contrast\`
    (#ffffff), \`--hqc-ink\` (#1b1b1b), \`--hqc-ink-soft\` (#4b4b4b), \`--hqc-paper\` (#ffffff),
    \`--hqc-tint\` (#f3f6f8), \`--hqc-grey\` (#767676), and \`--hqc-font\`; the app sets the
    brand colours and the font from the course's \`theme\`;
  - **roles**, named for what they paint, each defaulting to a palette colour:
    \`--hqc-page-background\` (paper: the page and hqc-unit behind the steps), \`--hqc-panel-background\`
    (tint: hover, checked option, feedback, notices, the "next" card; it must differ from the
    page background), \`--hqc-control-background\` (paper: buttons, menu entries, text areas),
    \`--hqc-text-color\` (ink), \`--hqc-muted-text-color\` (ink-soft), \`--hqc-border-color\`
    (grey), \`--hqc-focus-color\` (brand).

  Change a palette colour to restyle everything that uses it; set a role to change one use.
  Each element lists the ones it uses below, and its CSS parts for \`::part()\` selectors.`;

/** The whole README, generated from the components' JSDoc. */
export async function renderComponentDocs(options: DocsOptions = {}): Promise<string> {
  const read = options.read ?? ((file: string) => readFileSync(file, 'utf8'));
  const elements = await analyze(read);
  const contents = elements.map(
    ({ element }) => `- [\`<${element.tagName}>\`](#${element.tagName}): ${firstSentence(element.summary ?? element.description)}`,
  );
  const banner = '<!-- Generated by `npm run docs` (src/components/docs.ts) from the components\' JSDoc. Do not edit by hand. -->';
  return [banner, INTRO, '## Elements', contents.join('\n'), ...elements.map(renderElement)].join('\n\n') + '\n';
}

// `npm run docs` (tsx src/components/docs.ts): write the README.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const text = await renderComponentDocs();
  writeFileSync(README_PATH, text);
  console.log(`Wrote ${relative(process.cwd(), README_PATH)}`);
}
