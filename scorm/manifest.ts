// imsmanifest.xml for the unit's single SCO, in SCORM 1.2 and SCORM 2004 4th Edition.
//
// Identifiers come from course.id only (never the version), so a new version of the unit
// replaces the old package in the LMS instead of looking like a different course.
// There is deliberately no mastery score (1.2 adlcp:masteryscore, 2004 scaled passing
// score): the unit has no scored check, and with one Moodle overwrites the lesson_status
// the course sets with passed/failed.
// The 1.2 manifest carries a small IMS LOM block (imsmd 1.2.1: title, language, description,
// version), validated against the official imsmd_rootv1p2p1.xsd by scorm/validate.ts (the
// system xmllint compiles it; libxml2 2.13, as in xmllint-wasm, does not). Its elements follow
// the schema's order: general is title, catalogentry, language, description; lifecycle is
// version, status, contribute. The 2004 manifest has none: the shipped 2004 XSDs include no
// LOM schema to check one against, and LMSs (Moodle included) do not read it.

import type { CourseConfig } from '../src/course/types';
import type { Standard } from '../src/lms/standard';
import { escapeMarkup } from '../src/markup';

const NS_12 = {
  xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  'xmlns:imsmd': 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
};

const NS_2004 = {
  xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
  'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
  'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
  'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
};

/** A zip path as a URI reference: each segment percent-encoded, the slashes kept. */
function href(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** ` k="v"` pairs; `sep` puts each on its own line for the long manifest element. */
function attrs(a: Record<string, string>, sep = ' '): string {
  return Object.entries(a)
    .map(([k, v]) => `${sep}${k}="${escapeMarkup(v)}"`)
    .join('');
}

/** The 1.2 manifest's IMS LOM (imsmd_rootv1p2p1) block, indented for <metadata>. */
function lom12(course: CourseConfig): string[] {
  const lang = attrs({ 'xml:lang': course.language });
  const langstring = (text: string) => `<imsmd:langstring${lang}>${escapeMarkup(text)}</imsmd:langstring>`;
  return [
    '    <imsmd:lom>',
    '      <imsmd:general>',
    `        <imsmd:title>${langstring(course.title)}</imsmd:title>`,
    `        <imsmd:language>${escapeMarkup(course.language)}</imsmd:language>`,
    `        <imsmd:description>${langstring(course.description)}</imsmd:description>`,
    '      </imsmd:general>',
    '      <imsmd:lifecycle>',
    `        <imsmd:version>${langstring(course.version)}</imsmd:version>`,
    '      </imsmd:lifecycle>',
    '    </imsmd:lom>',
  ];
}

export function buildManifest(standard: Standard, course: CourseConfig, files: string[]): string {
  // course.id is a lowercase-hyphen slug (schema.ts), so the prefixed ids are valid xsd:ID.
  const id = course.id;
  const title = escapeMarkup(course.title);
  const is12 = standard === '1.2';

  // The content reports its own completion; this tells 2004 LMSs that do sequencing not to
  // derive it themselves (Moodle ignores sequencing).
  const sequencing = is12
    ? []
    : [
        '        <imsss:sequencing>',
        '          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>',
        '        </imsss:sequencing>',
      ];

  const resourceAttrs = {
    identifier: `RES-${id}`,
    type: 'webcontent',
    // The attribute name differs in case between the two standards.
    [is12 ? 'adlcp:scormtype' : 'adlcp:scormType']: 'sco',
    href: 'index.html',
  };

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest${attrs({ identifier: `MANIFEST-${id}`, version: course.version, ...(is12 ? NS_12 : NS_2004) }, '\n    ')}>`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    `    <schemaversion>${is12 ? '1.2' : '2004 4th Edition'}</schemaversion>`,
    ...(is12 ? lom12(course) : []),
    '  </metadata>',
    `  <organizations${attrs({ default: `ORG-${id}` })}>`,
    `    <organization${attrs({ identifier: `ORG-${id}` })}>`,
    `      <title>${title}</title>`,
    // The launch tells the unit which standard's API to use (IMS CP item `parameters`, which
    // Moodle and other LMSs append to the launch URL): a frame may offer both APIs.
    `      <item${attrs({ identifier: `ITEM-${id}`, identifierref: `RES-${id}`, parameters: `?scorm=${standard}` })}>`,
    `        <title>${title}</title>`,
    ...sequencing,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource${attrs(resourceAttrs)}>`,
    ...files.map((f) => `      <file${attrs({ href: href(f) })}/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
