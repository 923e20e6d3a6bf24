/**
 * The Content-Security-Policy of the hosted build (issue 13), as a meta tag
 * written into `index.html` at build time (the development server injects
 * its own styles and scripts, so it goes without). Everything the game loads
 * comes from its own origin; pictures and fonts may also be inlined as data
 * URLs, and the world draws from blob URLs; there is no inline script and no
 * inline style. The one request that leaves the origin is to a learning record
 * store a launch names (issue 13): any https address, or one on this computer. A host that can send headers should send the same policy,
 * with `frame-ancestors` for the learning platforms allowed to frame it.
 */
import type { Plugin } from 'vite';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function cspPlugin(policy: string = CSP): Plugin {
  return {
    name: 'common-ground-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="utf-8" />',
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        ),
    },
  };
}
