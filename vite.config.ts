import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { inkPlugin } from './src/tools/vite-plugin-ink.ts';
import { cspPlugin } from './src/tools/vite-plugin-csp.ts';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { VitePWA } from 'vite-plugin-pwa';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ONE_FILE_NAME, singleFile } from './src/tools/package.ts';

/**
 * After the one-file build, a copy with its policy written in goes beside the hosted build (when there is
 * one), so a facilitator can download it from the workshop's setup page for a USB stick.
 */
const oneFileBesideHosted = (): Plugin => ({
  name: 'one-file-beside-hosted',
  apply: 'build',
  closeBundle() {
    if (existsSync('dist/index.html') && existsSync('dist-single/index.html'))
      writeFileSync(`dist/${ONE_FILE_NAME}`, singleFile(readFileSync('dist-single/index.html', 'utf8')));
  },
});

export default defineConfig(({ mode }) => ({
  // `--mode single`: the whole game in one HTML file that plays from file:// (a USB stick, an intranet share).
  plugins:
    mode === 'single'
      ? [inkPlugin(), viteSingleFile(), oneFileBesideHosted()]
      : [
          inkPlugin(),
          cspPlugin(),
          // Installable, and playable offline after the first visit: every file of the build is precached.
          VitePWA({
            registerType: 'prompt',
            injectRegister: false,
            manifest: {
              name: 'Common Ground: a leadership simulation for healthcare',
              short_name: 'Common Ground',
              description: 'Lead across the gap between clinicians and managers in a fictional English hospital.',
              lang: 'en-GB',
              theme_color: '#f6f1e7',
              background_color: '#f6f1e7',
              display: 'standalone',
              start_url: './',
              scope: './',
              icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
            },
            workbox: {
              globPatterns: ['**/*.{html,js,css,svg,woff2,woff,json,webmanifest}'],
              // The one-file copy is a download, not part of the app: never precached. Nor is the ink compiler a
              // facilitator checks a scene of their own with (in its worker, and on the page where there is no
              // worker: over a quarter of the build's files): no player needs it.
              globIgnores: ['common-ground.html', 'assets/compile-*.js', 'assets/check-worker-*.js'],
              maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
              cleanupOutdatedCaches: true,
              navigateFallback: 'index.html',
              // Downloading the one-file copy is a navigation: it must reach the file, not the game's page.
              navigateFallbackDenylist: [/common-ground\.html$/],
            },
          }),
        ],
  // The facilitator's scene checker runs in a module worker (src/ui/author/check-worker.ts), built as the game's
  // own chunks are: ink's ES build, not its CommonJS one.
  worker: { format: 'es' as const },
  publicDir: 'assets/public',
  // The single file has no service worker: its registration is a stub.
  // Nor can it reach a learning record store: its policy allows no request, so the clients stay out.
  // (Other files named compile.ts are imported by longer paths: only the author's pages import './compile.ts'.)
  resolve:
    mode === 'single'
      ? {
          alias: [
            { find: 'virtual:pwa-register', replacement: '/src/platform/no-offline.ts' },
            { find: '@xapi/xapi', replacement: '/src/platform/no-xapi.ts' },
            { find: '@xapi/cmi5', replacement: '/src/platform/no-xapi.ts' },
            // Nor the ink compiler a facilitator's own scene is checked with (src/ui/author/no-compile.ts).
            { find: /^\.\/compile\.ts$/, replacement: '/src/ui/author/no-compile.ts' },
            { find: /^\.\/check-worker\.ts\?worker$/, replacement: '/src/ui/author/no-compile.ts' },
          ],
        }
      : {},
  base: './',
  build:
    mode === 'single'
      ? { target: 'es2022', outDir: 'dist-single', chunkSizeWarningLimit: 4000, assetsInlineLimit: 100_000_000 }
      : {
          target: 'es2022',
          chunkSizeWarningLimit: 1600,
          rollupOptions: {
            output: {
              manualChunks(id: string) {
                if (id.includes('node_modules/phaser')) return 'phaser';
                return undefined;
              },
            },
          },
        },
  test: {
    // CI asks for a machine-readable summary as well as the usual output.
    reporters: process.env.VITEST_JSON_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON_REPORT ? { json: process.env.VITEST_JSON_REPORT } : undefined,
    // Vitest's default leaves a core idle on a two-core machine; use them all.
    maxWorkers: Math.max(1, Number(process.env.VITEST_MAX_WORKERS) || availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scenes/**/*.test.ts'],
          environment: 'node',
          // Small files of pure functions: one module graph for them all, not one each (36 s → 12 s alone).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'story',
          include: ['tests/story/**/*.test.ts'],
          environment: 'node',
          // The balance suite plays thousands of whole quarters (about 20 a second on one core).
          testTimeout: 900_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The soak: 10,000 random quarters per role, a file each so they run side by side (`npm run soak`).
          name: 'soak',
          include: ['tests/soak/**/*.test.ts'],
          environment: 'node',
          testTimeout: 1_800_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/server.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // One file after another in one worker, sharing what they import (Playwright's client, axe, the engine),
          // each file still with a browser of its own: imports 24 s → 7 s of the browser lane's CPU. No file mocks a module.
          isolate: false,
        },
      },
    ],
  },
}));
