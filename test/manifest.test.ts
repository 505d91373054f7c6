// @vitest-environment node
// The SCORM manifests validate against the official XSDs, and the packages are well formed
// and reproducible.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildManifest } from '../scorm/manifest';
import type { Standard } from '../src/lms/standard';
import { packageUnit } from '../scorm/package';
import { validateManifest } from '../scorm/validate';
import type { CourseConfig } from '../src/course/types';

const course: CourseConfig = {
  id: 'building-high-quality-connections',
  title: 'Building High-Quality Connections',
  version: '1.0.0',
  language: 'en',
  description: 'Practices to cultivate meaningful professional relationships.',
  organisation: 'Connections',
  nextUnit: { title: 'Determining Direction', description: 'The next unit.' },
  theme: { brand: '#1f5a85', brandContrast: '#ffffff', font: 'system-ui' },
  completion: { full: { requires: 'all-required' }, quick: { requires: ['quick-scan'] } },
  pathDecision: { counting: 'no', atLeast: 1, then: 'full', otherwise: 'quick', skipped: 'counts' },
};
const files = ['index.html', 'assets/app-abc.js', 'assets/style-def.css'];
const standards: Standard[] = ['1.2', '2004'];

// Each validation copies the XSDs to a temporary folder and runs the system xmllint.
const SLOW = 30_000;

describe.each(standards)('SCORM %s manifest', (standard) => {
  const xml = buildManifest(standard, course, files);

  it('validates against the official XSDs', async () => {
    expect(await validateManifest(xml, standard)).toEqual({ valid: true, errors: [] });
  }, SLOW);

  it('is reported invalid when an element is in the wrong namespace', async () => {
    const broken = xml.replace('<schema>ADL SCORM</schema>', '<adlcp:schema>ADL SCORM</adlcp:schema>');
    expect(broken).not.toBe(xml);
    const result = await validateManifest(broken, standard);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/imsmanifest\.xml:\d+: .*not expected/);
  }, SLOW);

  it('is reported invalid when a required element is missing', async () => {
    const broken = xml.replace(/ *<resources>[\s\S]*<\/resources>\n/, '');
    const result = await validateManifest(broken, standard);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/Missing child element.*resources/);
  }, SLOW);

  it('declares the standard and a SCO launched from index.html', () => {
    expect(xml).toContain(`<schemaversion>${standard === '1.2' ? '1.2' : '2004 4th Edition'}</schemaversion>`);
    expect(xml).toContain(standard === '1.2' ? 'adlcp:scormtype="sco"' : 'adlcp:scormType="sco"');
    expect(xml).toMatch(/<resource [^>]*href="index\.html"/);
  });

  it('has no mastery score, so Moodle keeps the status the course sets', () => {
    expect(xml).not.toMatch(/masteryscore|minNormalizedMeasure|satisfiedByMeasure/i);
  });

  it('keeps its identifiers and changes only the version across versions', () => {
    const next = buildManifest(standard, { ...course, version: '2.3.0' }, files);
    const ids = (s: string) => [...s.matchAll(/identifier(?:ref)?="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(next)).toEqual(ids(xml));
    expect(ids(xml)).toEqual([
      'MANIFEST-building-high-quality-connections',
      'ORG-building-high-quality-connections',
      'ITEM-building-high-quality-connections',
      'RES-building-high-quality-connections',
      'RES-building-high-quality-connections',
    ]);
    expect(xml).toContain('version="1.0.0"');
    expect(next).toContain('version="2.3.0"');
  });

  it('escapes & and < in titles and still validates', async () => {
    const tricky = buildManifest(standard, { ...course, title: 'Q&A <draft> "one"' }, files);
    expect(tricky).toContain('<title>Q&amp;A &lt;draft&gt; &quot;one&quot;</title>');
    expect(tricky).not.toContain('Q&A');
    expect(await validateManifest(tricky, standard)).toEqual({ valid: true, errors: [] });
  }, SLOW);

  it('lists every file of the unit', () => {
    const listed = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(listed).toEqual(files);
  });

  it('is deterministic', () => {
    expect(buildManifest(standard, course, files)).toBe(xml);
  });
});

describe('SCORM 1.2 LOM metadata (imsmd)', () => {
  const xml = buildManifest('1.2', course, files);

  it('carries the title, language, description and version, and validates against imsmd', async () => {
    expect(xml).toContain('xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"');
    const lom = xml.match(/<imsmd:lom>[\s\S]*<\/imsmd:lom>/)?.[0] ?? '';
    expect(lom).toContain(
      '<imsmd:title><imsmd:langstring xml:lang="en">Building High-Quality Connections</imsmd:langstring></imsmd:title>',
    );
    expect(lom).toContain('<imsmd:language>en</imsmd:language>');
    expect(lom).toContain(
      '<imsmd:description><imsmd:langstring xml:lang="en">Practices to cultivate meaningful professional relationships.</imsmd:langstring></imsmd:description>',
    );
    expect(lom).toContain('<imsmd:version><imsmd:langstring xml:lang="en">1.0.0</imsmd:langstring></imsmd:version>');
    // Inside <metadata>, after schema/schemaversion.
    expect(xml).toMatch(/<\/schemaversion>\s*<imsmd:lom>[\s\S]*<\/imsmd:lom>\s*<\/metadata>/);
    expect(await validateManifest(xml, '1.2')).toEqual({ valid: true, errors: [] });
  }, SLOW);

  it('is reported invalid when a LOM element has a child imsmd does not allow', async () => {
    const broken = xml.replace('<imsmd:title>', '<imsmd:title><imsmd:version/>');
    expect(broken).not.toBe(xml);
    const result = await validateManifest(broken, '1.2');
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/imsmanifest\.xml:\d+: .*imsmd_rootv1p2p1\}version.*not expected/);
  }, SLOW);

  it('escapes the LOM text and still validates', async () => {
    const tricky = buildManifest('1.2', { ...course, description: 'Tips & <tricks>' }, files);
    expect(tricky).toContain('<imsmd:langstring xml:lang="en">Tips &amp; &lt;tricks&gt;</imsmd:langstring>');
    expect(await validateManifest(tricky, '1.2')).toEqual({ valid: true, errors: [] });
  }, SLOW);

  it('is absent from the 2004 manifest', () => {
    expect(buildManifest('2004', course, files)).not.toMatch(/imsmd|<lom/);
  });
});

describe('packageUnit', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'scorm-package-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const unitDir = join(tmp, 'unit');
  mkdirSync(join(unitDir, 'assets'), { recursive: true });
  writeFileSync(join(unitDir, 'index.html'), '<!doctype html><title>Unit</title><script src="assets/app-abc.js"></script>');
  writeFileSync(join(unitDir, 'assets/app-abc.js'), 'console.log("unit");\n'.repeat(50));

  it('writes both zips with imsmanifest.xml and index.html at the root, and a valid manifest', async () => {
    const results = await packageUnit({ unitDir, outDir: join(tmp, 'out'), course });
    expect(results.map((r) => [r.standard, r.file])).toEqual([
      ['1.2', join(tmp, 'out', 'connections-scorm12.zip')],
      ['2004', join(tmp, 'out', 'connections-scorm2004.zip')],
    ]);
    for (const r of results) {
      const zip = readFileSync(r.file);
      expect(r.bytes).toBe(zip.byteLength);
      const unzipped = unzipSync(zip);
      expect(Object.keys(unzipped)).toEqual(['imsmanifest.xml', 'assets/app-abc.js', 'index.html']);
      expect(r.entries).toEqual(Object.keys(unzipped));
      expect(strFromU8(unzipped['index.html'])).toContain('<title>Unit</title>');
      const manifest = strFromU8(unzipped['imsmanifest.xml']);
      expect(manifest).toBe(buildManifest(r.standard, course, ['assets/app-abc.js', 'index.html']));
      expect(await validateManifest(manifest, r.standard)).toEqual({ valid: true, errors: [] });
    }
  }, SLOW);

  it('gives identical bytes when run twice', async () => {
    const a = await packageUnit({ unitDir, outDir: join(tmp, 'a'), course });
    const b = await packageUnit({ unitDir, outDir: join(tmp, 'b'), course });
    for (const [i, r] of a.entries()) {
      expect(readFileSync(r.file).equals(readFileSync(b[i].file))).toBe(true);
    }
  });

  it('refuses a unit without index.html', async () => {
    const empty = join(tmp, 'empty');
    mkdirSync(join(empty, 'assets'), { recursive: true });
    writeFileSync(join(empty, 'assets/app-abc.js'), '');
    await expect(packageUnit({ unitDir: empty, outDir: join(tmp, 'none'), course })).rejects.toThrow(
      /No index\.html in .*empty.*built/,
    );
  });
});
