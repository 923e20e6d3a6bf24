import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { inkPlugin } from './src/tools/vite-plugin-ink.ts';
import { cspPlugin } from './src/tools/vite-plugin-csp.ts';
import { viteSingleFile } from 'vite-plugin-singlefile';

export default defineConfig(({ mode }) => ({
  // `--mode single`: the whole game in one HTML file that plays from file:// (a USB stick, an intranet share).
  plugins: mode === 'single' ? [inkPlugin(), viteSingleFile()] : [inkPlugin(), cspPlugin()],
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
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scenes/**/*.test.ts'], environment: 'node' },
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
        },
      },
    ],
  },
}));
