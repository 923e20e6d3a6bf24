/**
 * A learning platform for the browser tests (issue 13): a small web server
 * that unzips one of the real packages (`packageZip`, as `npm run package`
 * writes it) and serves it beside a harness page. The harness is the
 * platform: `scorm-again` provides the SCORM 1.2 or 2004 API in the top
 * window, and the packaged game runs in an iframe below it, as a learning
 * platform launches it. `launch(version, data, failing)` starts a session
 * (with the data a platform kept from the last one), `closeGame()` closes it.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { unzipSync } from 'fflate';
import { packageZip, type PackageKind } from '../../src/tools/package.ts';

/** Content types for the files a build holds. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

const HARNESS = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Learning platform</title>
<script src="/scorm-again/scorm12.min.js"></script>
<script src="/scorm-again/scorm2004.min.js"></script>
</head><body style="margin:0">
<div id="frame"></div>
<script>
  window.launch = function (version, data, failing) {
    delete window.API;
    delete window.API_1484_11;
    if (failing) {
      // A platform that opens the session, then refuses every call.
      var no = function () { return 'false'; };
      var api = { LMSInitialize: function () { return 'true'; }, LMSFinish: no, LMSGetValue: function () { return ''; },
        LMSSetValue: no, LMSCommit: no, LMSGetLastError: function () { return '101'; },
        LMSGetErrorString: function () { return 'General exception'; } };
      window.API = api;
    } else if (version === '1.2') {
      window.API = new Scorm12API({ logLevel: 5 });
      if (data) window.API.loadFromJSON(data);
    } else {
      window.API_1484_11 = new Scorm2004API({ logLevel: 5 });
      if (data) window.API_1484_11.loadFromJSON(data);
    }
    var f = document.createElement('iframe');
    f.src = '/pkg/index.html';
    f.title = 'Common Ground';
    f.style.cssText = 'width:1280px;height:860px;border:0';
    document.getElementById('frame').replaceChildren(f);
  };
  window.closeGame = function () { document.getElementById('frame').replaceChildren(); };
</script>
</body></html>`;

export async function servePlatform(kind: PackageKind): Promise<{ url: string; close: () => Promise<void> }> {
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  const files = unzipSync(packageZip(kind, 'dist', version));
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    let body: Uint8Array | string | undefined;
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (path === '/harness.html') body = HARNESS;
    else if (path.startsWith('/scorm-again/'))
      body = readFileSync(
        `node_modules/scorm-again/dist/${path.slice('/scorm-again/'.length).replace(/[^\w.-]/g, '')}`,
      );
    else if (path.startsWith('/pkg/')) body = files[path.slice('/pkg/'.length)];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
