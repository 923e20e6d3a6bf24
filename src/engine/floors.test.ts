// @vitest-environment node
/**
 * The engine's floors (issue 11): the rules (pure functions of the game
 * state), running a game (the machine, the ink runner, the store, saves),
 * reading a finished run (the debrief, causes, what-ifs) and the headless
 * drivers (explorer, simulator). Each floor may use only those below it; the
 * engine uses no view code; and nothing in the game imports in a circle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const FLOORS = ['rules', 'run', 'read', 'drive'] as const;
// `inkjs/engine/SimpleJson` is ink's own writer, which the runner's bookmarks keep ink's state with.
const ENGINE_PACKAGES = new Set([
  'xstate',
  'inkjs',
  'inkjs/engine/SimpleJson',
  'zustand/vanilla',
  'zustand/middleware',
  'valibot',
]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.(test|d)\.ts$/.test(name) ? [path] : [];
  });
}

interface Edge {
  to: string;
  typeOnly: boolean;
}

function importsOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  const out: Edge[] = [];
  const re = /^(import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'|import\('([^']+)'\)/gm;
  for (const m of text.matchAll(re)) {
    const spec = m[3] ?? m[4]!;
    const typeOnly = Boolean(m[2]);
    out.push({
      to: spec.startsWith('.') ? normalize(join(dirname(file), spec.replace(/\?.*$/, ''))) : spec,
      typeOnly,
    });
  }
  return out;
}

const files = [...sources('src'), ...sources('scenes')];
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const floorOf = (file: string): string | null => /^src\/engine\/([^/]+)\//.exec(file)?.[1] ?? null;

describe('the engine’s floors', () => {
  it('has every engine file on one of its floors', () => {
    const engine = files.filter((f) => f.startsWith('src/engine/'));
    expect(engine.length).toBeGreaterThan(20);
    for (const f of engine) expect(FLOORS, f).toContain(floorOf(f));
  });

  it('lets each floor use only the floors below it, and no view code or Phaser', () => {
    const wrong: string[] = [];
    for (const [file, edges] of graph) {
      const floor = floorOf(file);
      if (!floor) continue;
      for (const { to } of edges) {
        if (!to.startsWith('src/') && !to.startsWith('scenes/') && !to.startsWith('stories/')) {
          if (!ENGINE_PACKAGES.has(to)) wrong.push(`${file} uses the package ${to}`);
          continue;
        }
        const other = floorOf(to);
        if (!other) wrong.push(`${file} uses ${to}, outside the engine`);
        else if (FLOORS.indexOf(other as (typeof FLOORS)[number]) > FLOORS.indexOf(floor as (typeof FLOORS)[number]))
          wrong.push(`${file} (${floor}) uses ${relative('src/engine', to)} on a floor above it`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the engine, the story and the cast out of the title drawn before the game loads (7–8 kB of script)', () => {
    // What main.ts loads at once: its static imports and theirs, not types, not what it loads behind the title.
    const dynamic = (file: string): Set<string> => {
      const text = readFileSync(file, 'utf8');
      return new Set(
        [...text.matchAll(/import\('([^']+)'\)/g)].map((m) =>
          normalize(join(dirname(file), m[1]!.replace(/\?.*$/, ''))),
        ),
      );
    };
    const seen = new Set<string>();
    const walk = (file: string): void => {
      if (seen.has(file) || !graph.has(file)) return;
      seen.add(file);
      const later = dynamic(file);
      for (const { to, typeOnly } of graph.get(file)!) if (!typeOnly && !later.has(to)) walk(to);
    };
    walk('src/main.ts');
    expect(seen.has('src/ui/shell.ts')).toBe(true);
    expect([...seen].filter((f) => f.startsWith('src/engine/') || f.startsWith('scenes/'))).toEqual([]);
  });

  it('has no import cycles in the game (types included)', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      path.push(file);
      for (const { to } of graph.get(file) ?? []) {
        if (!graph.has(to)) continue;
        if (state.get(to) === 'open') cycles.push([...path.slice(path.indexOf(to)), to].join(' → '));
        else if (!state.has(to)) visit(to);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
