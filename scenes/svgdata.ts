/** Small helpers for putting SVG text into `data:` URLs Phaser's loader can read. */

/** Write every non-ASCII character as an XML character reference, so the text survives `btoa`. */
export function asciiSvg(svg: string): string {
  return svg.replace(/[^\x20-\x7e\t\n\r]/gu, (ch) => `&#${ch.codePointAt(0)};`);
}

/** A base64 `data:` URL for SVG text. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${btoa(asciiSvg(svg))}`;
}

/**
 * Phaser's loader reads `data:` URLs only in base64. Vite inlines small assets as
 * plain (percent-encoded) SVG data URLs, so re-encode those; other URLs pass through.
 */
export function loadableUrl(url: string): string {
  if (!url.startsWith('data:') || url.includes(';base64,')) return url;
  return svgDataUrl(decodeURIComponent(url.slice(url.indexOf(',') + 1)));
}
