/**
 * Packages for learning platforms (issue 13): `npm run package` builds the
 * game and writes, into `packages/`,
 *
 * - `common-ground-scorm12.zip`: a SCORM 1.2 package (one SCO);
 * - `common-ground-scorm2004.zip`: a SCORM 2004 4th edition package (one SCO);
 * - `common-ground-cmi5.zip`: a cmi5 course (one AU) for platforms that launch
 *   through xAPI: its `cmi5.xml` names the game's launch page, and the game
 *   reports to the platform's record store (`src/platform/xapi-session.ts`);
 * - `common-ground.html`: the whole game in one file (`vite build --mode single`)
 *   that plays from `file://`: a USB stick, an intranet share, an email.
 *
 * Each SCORM package holds the production build, an `imsmanifest.xml` listing
 * every file, and the ADL schemas the manifest names (the standard asks for
 * its controlling documents at the root); the cmi5 package holds the build and
 * its course structure. Manifests and course structure are checked against
 * their schemas by `src/tools/package.test.ts`.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { ONE_FILE_NAME } from '../ui/workshop/session.ts';
import { PACKAGE_META } from '../platform/package-mark.ts';

export { ONE_FILE_NAME };

export type PackageKind = 'scorm12' | 'scorm2004' | 'cmi5';

// A plain hyphen: some older platforms mangle anything beyond ASCII in a manifest's title.
const TITLE = 'Common Ground: leading across the clinician-manager divide';
const IDENTIFIER = 'uk.common-ground.game';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function filesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const fileList = (files: readonly string[]): string =>
  files.map((f) => `      <file href="${escapeXml(encodeURI(f))}"/>`).join('\n');

/** The organisation (one item, one SCO launched at index.html) and the resource listing every file. */
const body = (
  files: readonly string[],
  itemAttributes: string,
  scormType: string,
): string => `  <organizations default="common-ground-org">
    <organization identifier="common-ground-org">
      <title>${escapeXml(TITLE)}</title>
      <item identifier="common-ground-item" identifierref="common-ground-sco"${itemAttributes}>
        <title>${escapeXml(TITLE)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="common-ground-sco" type="webcontent" ${scormType}="sco" href="index.html">
${fileList(files)}
    </resource>
  </resources>
</manifest>`;

/** The SCORM 1.2 manifest for a build holding `files` (index.html launches the game). */
export function manifest12(files: readonly string[], version: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${IDENTIFIER}" version="${escapeXml(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
${body(files, ' isvisible="true"', 'adlcp:scormtype')}
`;
}

/** The SCORM 2004 4th edition manifest for a build holding `files`. */
export function manifest2004(files: readonly string[], version: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${IDENTIFIER}" version="${escapeXml(version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
${body(files, '', 'adlcp:scormType')}
`;
}

/** The course's and its one AU's identifiers (IRIs under the game's xAPI vocabulary, see `xapi-data.ts`). */
export const CMI5_COURSE = 'https://w3id.org/xapi/common-ground/course';
export const CMI5_AU = 'https://w3id.org/xapi/common-ground/course/au/quarter';

/**
 * The cmi5 course structure: one course, one AU launched at index.html (the
 * platform adds its launch parameters), completed at the debrief.
 */
export function courseStructure(version: string): string {
  const text = (s: string) => `<langstring lang="en-GB">${escapeXml(s)}</langstring>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${CMI5_COURSE}">
    <title>${text(TITLE)}</title>
    <description>${text(`A leadership simulation for healthcare, version ${version}: a quarter in a fictional English hospital, as a clinician leader or an operational manager. Completed when the learner reaches the debrief.`)}</description>
  </course>
  <au id="${CMI5_AU}" moveOn="Completed" launchMethod="AnyWindow">
    <title>${text(TITLE)}</title>
    <description>${text('Play the quarter, then read the debrief: what each decision did, and why.')}</description>
    <url>index.html</url>
  </au>
</courseStructure>
`;
}

/** The schema files each package carries, from `assets/scorm/` (cmi5 packages carry none). */
export const SCHEMA_DIR: Record<PackageKind, string> = {
  scorm12: 'assets/scorm/1.2',
  scorm2004: 'assets/scorm/2004',
  cmi5: 'assets/cmi5',
};

/** The zip for one kind of package: the build, the manifest (or course structure) and its schemas. */
export function packageZip(kind: PackageKind, dist: string, version: string): Uint8Array {
  // The one-file copy the hosted build offers for download stays out: a platform plays the build itself.
  const files = filesIn(dist).filter((f) => f !== ONE_FILE_NAME);
  const entries: Zippable = {};
  if (kind === 'cmi5') entries['cmi5.xml'] = new TextEncoder().encode(courseStructure(version));
  else {
    const manifest = kind === 'scorm12' ? manifest12(files, version) : manifest2004(files, version);
    entries['imsmanifest.xml'] = new TextEncoder().encode(manifest);
    for (const f of filesIn(SCHEMA_DIR[kind])) entries[f] = readFileSync(join(SCHEMA_DIR[kind], f));
  }
  for (const f of files) entries[f] = readFileSync(join(dist, f));
  entries['index.html'] = new TextEncoder().encode(markPackage(readFileSync(join(dist, 'index.html'), 'utf8'), kind));
  return zipSync(entries, { level: 9 });
}

/** The launch page, marked with the kind of package it is in (see `packageMark`). */
export function markPackage(html: string, kind: PackageKind): string {
  const marked = html.replace(
    '<meta charset="utf-8" />',
    `<meta charset="utf-8" />\n    <meta name="${PACKAGE_META}" content="${kind}" />`,
  );
  if (marked === html) throw new Error('the launch page has no <meta charset> to mark the package beside');
  return marked;
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The single file's Content-Security-Policy: nothing from anywhere, except its
 * own inline script and style (allowed by their hashes) and the pictures and
 * fonts inlined as data URLs.
 */
export function singleFileCsp(html: string): string {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    `style-src ${styles.join(' ')}`,
    'img-src data: blob:',
    'font-src data:',
    'media-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The single-file build with its policy written in. */
export function singleFile(html: string): string {
  return html.replace(
    '<meta charset="utf-8" />',
    `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${singleFileCsp(html)}" />`,
  );
}

function main(): void {
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  mkdirSync('packages', { recursive: true });
  for (const kind of ['scorm12', 'scorm2004', 'cmi5'] as const) {
    const zip = packageZip(kind, 'dist', version);
    const path = `packages/common-ground-${kind}.zip`;
    writeFileSync(path, zip);
    console.log(`${path}: ${(zip.length / 1024).toFixed(0)} kB`);
  }
  const single = singleFile(readFileSync('dist-single/index.html', 'utf8'));
  writeFileSync('packages/common-ground.html', single);
  console.log(`packages/common-ground.html: ${(single.length / 1024).toFixed(0)} kB`);
}

if (process.argv[1]?.endsWith('package.ts')) main();
