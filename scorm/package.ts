// Zips the built unit (dist/unit) into one SCORM 1.2 and one SCORM 2004 package.
// imsmanifest.xml must sit at the zip root (LMSs look for it there) next to index.html.
// The zips are byte-for-byte reproducible: sorted entries, fixed timestamps, fixed level.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { compileContentDir } from '../src/course/compile';
import { formatErrors } from '../src/course/errors';
import type { CourseConfig } from '../src/course/types';
import type { Standard } from '../src/lms/standard';
import { buildManifest } from './manifest';
import { setupSheet } from './setup-sheet';

const ZIP_NAMES: Record<Standard, string> = {
  '1.2': 'connections-scorm12.zip',
  '2004': 'connections-scorm2004.zip',
};

// fflate writes DOS times from the Date's *local* fields, so build the date from local
// fields too: 2020-01-01 00:00 then lands in the zip whatever the machine's time zone.
const FIXED_MTIME = new Date(2020, 0, 1);

/** Every file under dir, as forward-slash paths relative to dir, in code-unit order. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export async function packageUnit(opts: {
  unitDir: string;
  outDir: string;
  course: CourseConfig;
}): Promise<{ standard: Standard; file: string; bytes: number; entries: string[] }[]> {
  const { unitDir, outDir, course } = opts;
  if (!existsSync(join(unitDir, 'index.html'))) {
    throw new Error(
      `No index.html in ${unitDir}: the unit must be built before it is packaged (the SCO launches index.html).`,
    );
  }
  const files = listFiles(unitDir);
  if (files.includes('imsmanifest.xml')) {
    throw new Error(`${unitDir} already contains an imsmanifest.xml; the packager writes its own.`);
  }
  const contents = new Map(files.map((f) => [f, readFileSync(join(unitDir, f))]));
  mkdirSync(outDir, { recursive: true });

  return (['1.2', '2004'] as const).map((standard) => {
    // Manifest first, then the unit's files in sorted order (object keys keep insertion order).
    const entries = ['imsmanifest.xml', ...files];
    const data: Zippable = { 'imsmanifest.xml': strToU8(buildManifest(standard, course, files)) };
    for (const [f, bytes] of contents) data[f] = bytes;
    const zip = zipSync(data, { level: 9, mtime: FIXED_MTIME });
    const file = join(outDir, ZIP_NAMES[standard]);
    writeFileSync(file, zip);
    return { standard, file, bytes: zip.byteLength, entries };
  });
}

// CLI: `tsx scorm/package.ts` compiles content/ (for the manifest's id, title and version)
// and packages dist/unit into dist/, with the Moodle teacher's setup sheet beside the zips.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const { course, errors } = compileContentDir(join(root, 'content'), root);
  if (!course || errors.length > 0) {
    console.error(formatErrors(errors));
    process.exit(1);
  }
  try {
    const results = await packageUnit({
      unitDir: join(root, 'dist/unit'),
      outDir: join(root, 'dist'),
      course,
    });
    for (const r of results) {
      console.log(`SCORM ${r.standard}: ${relative(root, r.file)} ${(r.bytes / 1024).toFixed(1)} KB`);
    }
    // The Moodle teacher's setup sheet goes beside the zips, never into them.
    const sheet = join(root, 'dist/moodle-setup.html');
    writeFileSync(sheet, setupSheet(course));
    console.log(`Moodle setup sheet: ${relative(root, sheet)}`);
  } catch (e) {
    // The messages are written for the person running the build; a stack trace adds nothing.
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
