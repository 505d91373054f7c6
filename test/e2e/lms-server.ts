// Serves a built SCORM zip the way an LMS does: unpacked under /sco/, launched in a 500 px
// iframe of an LMS page that provides the API (a real scorm-again, through the preview's
// host wrapper: logging, persistence across launches, faults). Loopback only.
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { unzipSync } from 'fflate';
import { build } from 'vite';
import { ROOT } from '../helpers/content';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script type="module">
import { createPreviewLms } from '/lms-host.js';
const params = new URLSearchParams(location.search);
const standard = params.get('standard') || '1.2';
const faults = JSON.parse(params.get('faults') || '{}');
window.lmsCalls = [];
if (params.get('noapi') !== '1') {
  const lms = createPreviewLms({ standard, faults, storage: localStorage, onCall: (c) => window.lmsCalls.push(c) });
  window[standard === '1.2' ? 'API' : 'API_1484_11'] = lms.api;
  window.lms = lms;
  // Moodle's page sends by beacon while it is hidden, as this LMS page does.
  document.addEventListener('visibilitychange', () => lms.setHidden(document.visibilityState === 'hidden'));
}
const frame = document.createElement('iframe');
frame.title = 'Course content';
// ?page= launches another page of the package (the bench's plain HTML page); the unit by default.
frame.src = '/sco/' + (params.get('page') || 'index.html') + '?scorm=' + standard;
frame.style.width = params.get('width') ? params.get('width') + 'px' : '100%';
frame.style.border = '0';
frame.height = params.get('height') || '500';
document.body.append(frame);
</script></head><body style="margin:0"></body></html>`;

export interface LmsServer {
  url: string;
  files: Map<string, Uint8Array>;
  close(): Promise<void>;
}

let hostScript: string | null = null;
async function bundleHost(): Promise<string> {
  if (hostScript) return hostScript;
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry: join(ROOT, 'scorm/preview/lms-host.ts'), formats: ['es'], fileName: 'lms-host' },
      minify: false,
    },
  });
  const result = (Array.isArray(out) ? out[0] : out) as { output: { type: string; code?: string }[] };
  hostScript = result.output.find((o) => o.type === 'chunk')!.code!;
  return hostScript;
}

export async function startLmsServer(zipPath: string): Promise<LmsServer> {
  if (!existsSync(zipPath) || !statSync(zipPath).isFile()) throw new Error(`${zipPath} is missing: run npm run build first`);
  const files = new Map(Object.entries(unzipSync(readFileSync(zipPath))));
  const host = await bundleHost();
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (path === '/lms.html') {
      res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(HOST_PAGE);
    } else if (path === '/favicon.ico') {
      res.writeHead(204).end();
    } else if (path === '/lms-host.js') {
      res.writeHead(200, { 'Content-Type': TYPES['.js'] }).end(host);
    } else if (path.startsWith('/sco/') && files.has(path.slice(5))) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(files.get(path.slice(5)));
    } else {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    files,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
