// Validates an imsmanifest.xml against the official ADL/IMS XSDs, kept unchanged in
// scorm/schemas/ (see its README for where they come from), with the system's xmllint
// (Debian: libxml2-utils). Not xmllint-wasm: its libxml2 (2.13) refuses to compile SCORM 1.2's
// imsmd_rootv1p2p1.xsd ("content model is not determinist"), while Debian's libxml2 2.9 compiles
// it, so the 1.2 manifest's IMS LOM metadata is checked too.
//
// Each run copies the standard's XSD folder into a fresh temporary folder, next to a wrapper
// schema and the manifest: the XSDs import and include each other by bare file name
// (ims_xml.xsd / xml.xsd, the imsss_v1p0*.xsd parts, 2004's xml.xsd names XMLSchema.dtd),
// so everything must sit side by side. xmllint runs with --nonet: nothing is fetched.

import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Standard } from '../src/lms/standard';

const definitions = join(dirname(fileURLToPath(import.meta.url)), 'schemas');

const MANIFEST = 'imsmanifest.xml';
const WRAPPER = 'manifest-wrapper.xsd';

/** Folder of XSDs, and the namespace -> schema file pairs a manifest of that standard may use. */
const SCHEMAS: Record<Standard, { dir: string; imports: Record<string, string> }> = {
  '1.2': {
    dir: 'scorm12edition',
    imports: {
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
      'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
      'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1': 'imsmd_rootv1p2p1.xsd',
    },
  },
  // The 2004 folder ships no LOM XSDs, so 2004 manifests carry no LOM (see manifest.ts).
  '2004': {
    dir: 'scorm20044thedition',
    imports: {
      'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
      'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
      'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
    },
  },
};

/**
 * The manifest's namespaces come from several independent XSDs; a schema with no target
 * namespace that imports each of them lets one xmllint run check the whole document.
 */
function wrapperSchema(imports: Record<string, string>): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">',
    ...Object.entries(imports).map(
      ([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`,
    ),
    '</xs:schema>',
    '',
  ].join('\n');
}

const NOT_INSTALLED =
  'SCORM manifest validation needs xmllint: install it (Debian/Ubuntu: sudo apt-get install libxml2-utils).';

function runXmllint(
  cwd: string,
  args: string[],
): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile('xmllint', args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new Error(NOT_INSTALLED));
        return;
      }
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stderr });
    });
  });
}

/**
 * xmllint's stderr, one message per entry. A message starts with "file:line: " or with a
 * libxml2 tag ("Schemas parser error", ...); its continuation lines (the source excerpt and
 * the caret under it) belong to it.
 */
function messages(stderr: string): string[] {
  const out: string[] = [];
  for (const line of stderr.split('\n')) {
    if (line.trim() === '') continue;
    if (/^(\S+:\d+: |[\w ]+(error|warning)\s*:)/i.test(line) || out.length === 0) out.push(line);
    else out[out.length - 1] += `\n${line}`;
  }
  return out;
}

/**
 * 1.2's ims_xml.xsd binds the xml namespace as its default namespace, which libxml2 reports
 * (harmlessly) while compiling the schema.
 */
function isImsXmlWarning(message: string): boolean {
  return /ims_xml\.xsd/.test(message) && /cannot be the default namespace/.test(message);
}

export async function validateManifest(
  xml: string,
  standard: Standard,
): Promise<{ valid: boolean; errors: string[] }> {
  const { dir, imports } = SCHEMAS[standard];
  const work = mkdtempSync(join(tmpdir(), 'scorm-validate-'));
  try {
    cpSync(join(definitions, dir), work, { recursive: true });
    writeFileSync(join(work, WRAPPER), wrapperSchema(imports));
    writeFileSync(join(work, MANIFEST), xml);
    const { code, stderr } = await runXmllint(work, ['--noout', '--nonet', '--schema', WRAPPER, MANIFEST]);
    const all = messages(stderr).filter(
      (m) => !isImsXmlWarning(m) && m !== `${MANIFEST} validates`,
    );
    // Keep the messages that point into the manifest (the first line of each); if there are
    // none (e.g. a schema that does not compile), keep everything rather than hide the cause.
    const own = all
      .filter((m) => m.startsWith(`${MANIFEST}:`))
      .map((m) => m.split('\n')[0]);
    const valid = code === 0;
    const errors = own.length > 0 ? own : valid ? [] : all.length > 0 ? all : [`xmllint exited with code ${code}`];
    return { valid, errors };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
