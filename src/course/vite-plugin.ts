// The Vite plugin that compiles content/ into the `virtual:course` module. At build time
// an authoring error stops the build with file:line:column and a fix; in the dev server
// the same errors reach the page (never a blank page) and the terminal, and every save in
// content/ reloads the open preview.
import { randomBytes } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import type { IndexHtmlTransformContext, Plugin, ViteDevServer } from 'vite';
import { compileContentDir } from './compile.ts';
import { contentSecurityPolicy } from './csp.ts';
import { builtLaunchPage, hashSources, renderFirstScreen } from './first-screen.ts';
import { ContentError, formatErrors } from './errors.ts';
import type { Block, Course, Lesson } from './types.ts';
import { IMAGE_URL_PREFIX } from './images.ts';
import { escapeMarkup } from '../markup.ts';

const VIRTUAL = 'virtual:course';
const RESOLVED = '\0' + VIRTUAL;
const BODIES = 'virtual:course-bodies';
const RESOLVED_BODIES = '\0' + BODIES;

/**
 * The first screen needs the whole outline (the flow's rules, every question's id and text)
 * but the prose of the first lesson only. Other lessons' prose and feedback go to a second
 * module that the unit loads after its first screen, so the first-screen budget holds
 * however much content designers add.
 */
function splitCourse(course: Course): { outline: Course; bodies: Record<string, Block[]> } {
  const bodies: Record<string, Block[]> = {};
  // The lessons' content/ paths are for authoring errors only: they stay out of the package.
  const lessons = course.lessons.map((full, i): Lesson => {
    const lesson = { ...full, source: '' };
    if (i === 0) return lesson;
    bodies[lesson.id] = lesson.blocks;
    const blocks = lesson.blocks.map((b): Block => {
      if (b.type === 'html' || b.type === 'outcome') return { ...b, html: '' };
      // A view-all block keeps how many panels it has: the flow counts them before the text arrives.
      if (b.type === 'panels') return { ...b, panels: b.viewAll ? b.panels.map(() => ({ title: '', html: '' })) : [] };
      // Questions drawn by elements that load with the prose keep what the flow and the LMS
      // report need (ids, the plain text, the right answers), not the HTML they are drawn
      // with. A yes/no question keeps its prompt: its element is on the first screen, so it is
      // drawn while the lesson's prose is still on its way.
      if (b.type === 'choice') return { ...b, prompt: '', options: b.options.map(({ consequence: _, ...o }) => ({ ...o, label: '', feedback: '' })) };
      if (b.type === 'reflection' || b.type === 'challenge') return { ...b, prompt: '' };
      return b;
    });
    return { ...lesson, blocks, pending: true };
  });
  return { outline: { ...course, lessons }, bodies };
}

export function coursePlugin(options: { root: string }): Plugin {
  const root = resolve(options.root);
  const contentDir = join(root, 'content');
  let command: 'build' | 'serve' = 'build';
  let viteRoot = root;
  let server: ViteDevServer | null = null;
  // One compile per content change, shared by the module and the launch page's title.
  let cached: ReturnType<typeof compileContentDir> | null = null;
  const compile = () => (cached ??= compileContentDir(contentDir, root));
  // The preview's policy is the zip's plus a nonce for the styles Vite injects (see csp.ts).
  const devNonce = randomBytes(16).toString('base64');

  return {
    name: 'hqc-course',
    config(_, env) {
      return env.command === 'serve' ? { html: { cspNonce: devNonce } } : {};
    },
    configResolved(config) {
      command = config.command;
      viteRoot = config.root;
    },
    resolveId(id) {
      if (id === VIRTUAL) return RESOLVED;
      if (id === BODIES) return RESOLVED_BODIES;
      return null;
    },
    load(id) {
      if (id === RESOLVED_BODIES) {
        const { course } = compile();
        return withImages(`export default ${JSON.stringify(course ? splitCourse(course).bodies : {})};\n`, contentDir);
      }
      if (id !== RESOLVED) return null;
      const started = performance.now();
      const { course, errors, files } = compile();
      for (const file of files) this.addWatchFile(file);
      if (!course) {
        if (command === 'build') {
          if (launchedByViteCli()) {
            // `npx vite build`: Vite's command line would print the list twice, then the
            // bundler's stack trace. The designer gets the list alone, as `npm run build` prints it.
            console.error(`\n${formatErrors(errors)}`);
            process.exit(1);
          }
          throw new ContentError(errors);
        }
        server?.config.logger.error(formatErrors(errors), { timestamp: true });
        return `export default null;\nexport const errors = ${JSON.stringify(errors)};\n`;
      }
      if (server) server.config.logger.info(`content compiled in ${Math.round(performance.now() - started)} ms`, { timestamp: true });
      // JSON.parse of a string, not an object literal: V8 parses JSON text faster than the same
      // data as JavaScript, and this module is on the first screen's critical path.
      return withImages(`export default JSON.parse(${JSON.stringify(JSON.stringify(splitCourse(course).outline))});\nexport const errors = [];\n`, contentDir, 'json-text');
    },
    transformIndexHtml: {
      // After Vite's own: the pictures' hashed file names are known.
      order: 'post',
      handler(html, ctx) {
        const { course } = compile();
        // The built page carries the first screen and its starter (src/course/first-screen.ts);
        // the preview draws it from the script, as every save reloads it anyway.
        const first = command === 'build' && course && ctx.bundle ? renderFirstScreen(course, picturesIn(ctx.bundle, viteRoot, contentDir)) : null;
        const built = first ? builtLaunchPage(html, first) : null;
        const inline = built && first ? { styles: hashSources(first.styles), scripts: hashSources([built.starter]) } : undefined;
        let out = (built?.html ?? html).replace('%HQC_CSP%', contentSecurityPolicy(command === 'serve' ? { nonce: devNonce } : null, inline));
        if (course) {
          out = out
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeMarkup(course.title)}</title>`)
            .replace(/<html lang="[^"]*"/, `<html lang="${escapeMarkup(course.language)}"`);
        }
        return out;
      },
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(contentDir);
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(contentDir)) return;
        cached = null;
        for (const id of [RESOLVED, RESOLVED_BODIES]) {
          const mod = devServer.moduleGraph.getModuleById(id);
          if (mod) devServer.moduleGraph.invalidateModule(mod);
        }
        devServer.ws.send({ type: 'full-reload', path: '*' });
      };
      devServer.watcher.on('change', onChange);
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('unlink', onChange);
    },
  };
}

/**
 * Each picture of content/images as the launch page addresses it in the build:
 * `images/cover.svg` -> `./assets/cover-1a2b.svg`.
 */
function picturesIn(bundle: NonNullable<IndexHtmlTransformContext['bundle']>, viteRoot: string, contentDir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of Object.values(bundle)) {
    if (file.type !== 'asset') continue;
    for (const name of file.originalFileNames) {
      const path = relative(contentDir, resolve(viteRoot, name)).split('\\').join('/');
      if (path.startsWith('images/')) out.set(path, `./${file.fileName}`);
    }
  }
  return out;
}

/**
 * The module with each picture's place-holder address replaced by the URL Vite gives the file
 * (`?url`: a hashed file in the build, the file itself in the preview). The place-holder sits
 * inside a JSON string, so the URL is joined in as an expression; in `json-text` mode that
 * string is itself JSON text inside a JavaScript string (for JSON.parse), so the URL is joined
 * in JSON-escaped.
 */
function withImages(code: string, contentDir: string, mode: 'literal' | 'json-text' = 'literal'): string {
  const hrefs = [...new Set([...code.matchAll(new RegExp(`${IMAGE_URL_PREFIX}(images/[^"\\\\]+)`, 'g'))].map((m) => m[1]))];
  if (!hrefs.length) return code;
  const imports = hrefs.map((href, i) => `import image${i} from ${JSON.stringify(`${join(contentDir, href).split('\\').join('/')}?url`)};`);
  let out = code;
  hrefs.forEach((href, i) => {
    out = out.split(`${IMAGE_URL_PREFIX}${href}`).join(mode === 'literal' ? `" + image${i} + "` : `" + JSON.stringify(image${i}).slice(1, -1) + "`);
  });
  return `${imports.join('\n')}\n${out}`;
}

/** True when Vite's own command line runs this build (not `npm run build`, a test or a script). */
function launchedByViteCli(): boolean {
  return /[\\/]vite[\\/]bin[\\/]vite\.js$|[\\/]\.bin[\\/]vite$/.test(process.argv[1] ?? '');
}
