/**
 * A build packaged for a learning platform carries a mark in its page (written by `npm run package`): the
 * kind of package it is. Opened where it cannot reach its platform (its files served from another site
 * than the platform's own pages, which a browser will not let it reach), the game can then say so, rather
 * than play on as if it had never come from one.
 */
export const PACKAGE_META = 'common-ground-package';

export type PackageMark = 'scorm12' | 'scorm2004' | 'cmi5';

/** The package this page was built into, or null for the hosted game and the one-file copy. */
export function packageMark(doc: Pick<Document, 'querySelector'> = document): PackageMark | null {
  const content = doc.querySelector(`meta[name="${PACKAGE_META}"]`)?.getAttribute('content');
  return content === 'scorm12' || content === 'scorm2004' || content === 'cmi5' ? content : null;
}

/** What the learner is told when a packaged game cannot reach its platform. */
export const NOT_CONNECTED =
  'This course came from your learning platform, but it cannot reach the platform from this page, so the platform will not record your progress or your completion. Your game is saved in this browser as usual. Please tell your learning administrator: the course’s files may be served from a different web address than the platform’s own pages.';
