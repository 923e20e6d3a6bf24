/**
 * The learning-platform packages' manifests validate against the ADL schemas
 * they ship with (xmllint, compiled to WebAssembly), for SCORM 1.2 and SCORM
 * 2004 4th edition; a damaged manifest is caught by the same check.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import {
  courseStructure,
  filesIn,
  manifest12,
  manifest2004,
  markPackage,
  ONE_FILE_NAME,
  packageZip,
  SCHEMA_DIR,
  type PackageKind,
} from './package.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { unzipSync } from 'fflate';
import { PACKAGE_META, packageMark } from '../platform/package-mark.ts';

/** A schema that imports every namespace a manifest uses, so that one run checks all of it. */
const DRIVER: Record<PackageKind, string> = {
  cmi5: `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd" schemaLocation="CourseStructure.xsd"/>
</xs:schema>`,
  scorm12: `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xs:schema>`,
  scorm2004: `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.imsglobal.org/xsd/imscp_v1p1" schemaLocation="imscp_v1p1.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlcp_v1p3" schemaLocation="adlcp_v1p3.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlseq_v1p3" schemaLocation="adlseq_v1p3.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlnav_v1p3" schemaLocation="adlnav_v1p3.xsd"/>
  <xs:import namespace="http://www.imsglobal.org/xsd/imsss" schemaLocation="imsss_v1p0.xsd"/>
</xs:schema>`,
};

async function validate(kind: PackageKind, manifest: string) {
  const dir = SCHEMA_DIR[kind];
  return validateXML({
    xml: [{ fileName: kind === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml', contents: manifest }],
    schema: [{ fileName: 'driver.xsd', contents: DRIVER[kind] }],
    preload: filesIn(dir).map((f) => ({ fileName: f, contents: readFileSync(join(dir, f), 'utf8') })),
  });
}

const FILES = ['index.html', 'assets/index-abc123.js', 'assets/font (1).woff2', 'assets/title.svg'];

describe('the launch page of a package', () => {
  it.each(['scorm12', 'scorm2004', 'cmi5'] as const)('is marked as a %s package, for the game to read', (kind) => {
    const page = '<!doctype html>\n<html lang="en-GB">\n  <head>\n    <meta charset="utf-8" />\n  </head></html>';
    const marked = markPackage(page, kind);
    const doc = {
      querySelector: (selector: string) =>
        marked.includes(`content="${kind}"`) && selector.includes(PACKAGE_META) ? { getAttribute: () => kind } : null,
    };
    expect(packageMark(doc as unknown as Document)).toBe(kind);
    expect(marked).toContain(`<meta name="${PACKAGE_META}" content="${kind}" />`);
    expect(packageMark({ querySelector: () => null } as unknown as Document)).toBeNull();
  });

  it('refuses a page it cannot mark, rather than ship one that cannot tell', () => {
    expect(() => markPackage('<html><head></head></html>', 'scorm12')).toThrow(/meta charset/);
  });
});

describe('learning-platform manifests', () => {
  it.each([
    ['scorm12', manifest12],
    ['scorm2004', manifest2004],
  ] as const)('the %s manifest is valid against the ADL schemas, and lists every file', async (kind, make) => {
    const manifest = make(FILES, '0.1.0');
    const result = await validate(kind, manifest);
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(result.valid).toBe(true);
    for (const f of FILES) expect(manifest).toContain(`<file href="${encodeURI(f)}"/>`);
  });

  it.each([
    ['scorm12', manifest12],
    ['scorm2004', manifest2004],
  ] as const)('a damaged %s manifest fails the same check', async (kind, make) => {
    const damaged = make(FILES, '0.1.0')
      .replace('<organizations', '<organisations')
      .replace('</organizations', '</organisations');
    const result = await validate(kind, damaged);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it('the cmi5 course structure is valid against the cmi5 schema, launches index.html and completes on completion', async () => {
    const xml = courseStructure('0.1.0');
    const result = await validate('cmi5', xml);
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml).toContain('<url>index.html</url>');
    expect(xml).toContain('moveOn="Completed"');
    const damaged = await validate('cmi5', xml.replace('<url>index.html</url>', ''));
    expect(damaged.valid).toBe(false);
  });
});

describe('a package of the build', () => {
  it('leaves out the one-file copy the hosted build offers for download', () => {
    const dist = mkdtempSync(join(tmpdir(), 'cg-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><head><meta charset="utf-8" /></head>');
    writeFileSync(join(dist, ONE_FILE_NAME), '<!doctype html><p>the whole game</p>');
    for (const kind of ['scorm12', 'cmi5'] as const) {
      const zip = unzipSync(packageZip(kind, dist, '1.0.0'));
      expect(Object.keys(zip)).toContain('index.html');
      expect(Object.keys(zip)).not.toContain(ONE_FILE_NAME);
      // Its launch page carries the package's mark.
      expect(new TextDecoder().decode(zip['index.html'])).toContain(`content="${kind}"`);
    }
  });
});
