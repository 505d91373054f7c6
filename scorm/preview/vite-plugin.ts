// Serves the preview LMS at "/" in the dev server (the unit itself is /index.html inside
// its iframe), and prints its address when `npm start` is ready.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export function previewLmsPlugin(options: { root: string }): Plugin {
  const root = resolve(options.root);
  return {
    name: 'hqc-preview-lms',
    apply: 'serve',
    config() {
      // The preview page (outside the unit's root) imports scorm-again: pre-bundle it at
      // start-up, or Vite finds it on the first visit and reloads the page under the designer.
      return { optimizeDeps: { include: ['scorm-again'] } };
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '/';
        const path = url.split('?')[0];
        if (path !== '/' && path !== '/preview' && path !== '/preview/') return next();
        try {
          // Served as it is, without Vite's client: a save in content/ then reloads only the
          // unit's frame (its own client does that), and the LMS page, with its table and
          // call log, stays put, as Moodle's page does when a learner relaunches the unit.
          // Its modules (preview.ts, lms-host.ts, scorm-again) still go through Vite.
          const html = readFileSync(join(root, 'scorm/preview/index.html'), 'utf8').replaceAll('%ROOT%', root.replace(/^\//, ''));
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(html);
        } catch (e) {
          next(e);
        }
      });
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        const local = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
        server.config.logger.info(`\n  Preview LMS: ${local}  (the unit in a Moodle-like frame, with scorm-again as the LMS)\n  Edit content/ and save: the unit reloads in its frame, a content mistake shows there.\n`);
      };
    },
  };
}
