/** A broken story fails the real Vite build, with the compiler's message, file and line. */
import { describe, expect, it } from 'vitest';
import { build } from 'vite';
import { inkPlugin } from '../../src/tools/vite-plugin-ink.ts';

describe('building with a broken story', () => {
  it('fails with file, line and the message for each problem', async () => {
    const attempt = build({
      configFile: false,
      logLevel: 'silent',
      plugins: [inkPlugin()],
      build: { write: false, lib: { entry: 'tests/fixtures/broken-entry.ts', formats: ['es'], fileName: 'x' } },
    });
    await expect(attempt).rejects.toThrow(/tests\/fixtures\/broken\.ink:3: Divert target not found: '-> nowhere'/);
    await expect(attempt).rejects.toThrow(
      /tests\/fixtures\/broken\.ink:2: tag "# budget plus five": "plus" is not a signed number/,
    );
  });
});
