/** Serves the production build (dist/) for the browser tests. `npm test` builds it first. */
import { existsSync } from 'node:fs';
import { preview, type Plugin } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/**
 * Vite's preview server gzips every response as it sends it. Over the loopback that buys nothing, and
 * the browser suites load the whole game (about 2.7 MB) some hundred times: the files go as
 * they are. Asking without `Accept-Encoding` is a request like any other, so nothing else changes.
 */
const asIs: Plugin = {
  name: 'common-ground:uncompressed',
  configurePreviewServer(server) {
    // Middleware added here runs before the preview server's own, compression included.
    server.middlewares.use((request, _response, next) => {
      delete request.headers['accept-encoding'];
      next();
    });
  },
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html'))
    throw new Error('No production build: run `npm run build` (npm test does) first.');
  const server = await preview({
    plugins: [asIs],
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report an address');
  project.provide('baseURL', url);
  return async () => {
    await server.close();
  };
}
