// Finds a Chromium for the browser tests, or installs Debian's where it can (root with
// apt-get). Used by `npm test` (pretest), the @web/test-runner config and the e2e tests.
// Also finds (or installs) xmllint, with which scorm/validate.ts checks the SCORM manifests.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

/** Flags Debian's Chromium needs as root in a container, and quiet ones for a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function findChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function canApt() {
  return process.platform === 'linux' && typeof process.getuid === 'function' && process.getuid() === 0 && spawnSync('apt-get', ['--version']).status === 0;
}

/** apt-get update, then install the Debian packages (root only: check canApt first). */
function aptInstall(...packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

/** The path of a Chromium, installing Debian's package when possible; exits with one line otherwise. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (canApt()) {
    console.log('Chromium not found: installing Debian\'s chromium package (apt-get)…');
    aptInstall('chromium');
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error('The browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.');
  process.exit(1);
}

/** The path of xmllint on PATH, or null. */
function findXmllint() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, 'xmllint');
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** The path of xmllint, installing Debian's libxml2-utils when possible; exits with one line otherwise. */
export function ensureXmllint() {
  const found = findXmllint();
  if (found) return found;
  if (canApt()) {
    console.log('xmllint not found: installing Debian\'s libxml2-utils package (apt-get)…');
    aptInstall('libxml2-utils');
    const installed = findXmllint();
    if (installed) return installed;
  }
  console.error('The SCORM manifest tests need xmllint: install it (Debian/Ubuntu: sudo apt-get install libxml2-utils).');
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const chromium = ensureChromium();
  const xmllint = ensureXmllint();
  console.log(`Chromium: ${chromium}`);
  console.log(`xmllint: ${xmllint}`);
}
