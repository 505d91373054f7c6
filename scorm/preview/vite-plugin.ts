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
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = req.url ?? '/';
        const path = url.split('?')[0];
        if (path !== '/' && path !== '/preview' && path !== '/preview/') return next();
        try {
          const html = readFileSync(join(root, 'scorm/preview/index.html'), 'utf8').replaceAll('%ROOT%', root.replace(/^\//, ''));
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(await server.transformIndexHtml(url, html));
        } catch (e) {
          next(e);
        }
      });
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        const local = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
        server.config.logger.info(`\n  Preview LMS: ${local}  (the unit in a Moodle-like frame, with scorm-again as the LMS)\n  Edit content/ and save: the preview reloads.\n`);
      };
    },
  };
}
