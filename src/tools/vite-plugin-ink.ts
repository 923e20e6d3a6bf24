/**
 * A small Vite plugin: `import story from '../../stories/main.ink'` compiles the
 * ink at build time and ships JSON. A compiler error or an unknown tag fails
 * the build with file and line.
 */
import type { Plugin } from 'vite';
import { compileInk, formatProblem } from './ink-compile.ts';

export function inkPlugin(): Plugin {
  return {
    name: 'common-ground-ink',
    load(id) {
      if (!id.endsWith('.ink')) return null;
      const result = compileInk(id);
      for (const file of result.files) this.addWatchFile(file);
      for (const w of result.warnings) this.warn(formatProblem(w));
      if (result.errors.length || !result.json) {
        const first = result.errors[0];
        this.error({
          message: `ink: ${result.errors.map(formatProblem).join('\n')}`,
          id: first?.file ?? id,
          loc: first ? { file: first.file, line: first.line, column: 0 } : undefined,
        });
      }
      return { code: `export default ${result.json};`, map: null };
    },
  };
}
