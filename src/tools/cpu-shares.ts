/**
 * `npx tsx src/tools/cpu-shares.ts <profile or folder>`: where a headless run's CPU time went, by part of
 * the game. Reads a V8 CPU profile (`node --cpu-prof`, or `npx tsx --cpu-prof …`; given a folder, its
 * largest `.cpuprofile`) and puts each sample down to the nearest frame on its stack that belongs to a
 * part: ink, the rules, stepping and the story runner, the rest of the run (the `Game`), the machine
 * (xstate), the store, the headless drivers, or garbage collection. A native function (a Map lookup, a
 * regular expression) counts for whichever part called it. The README's account of the simulator's time
 * comes from this, run on `npm run simulate -- --strategy random --runs 400` under `--cpu-prof`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/** The parts of a V8 `.cpuprofile` this reads. */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The part of the game a frame belongs to, or null for a frame that counts for its caller's. */
export function partOf(url: string, functionName: string): string | null {
  if (url.includes('/inkjs/')) return 'ink';
  if (url.includes('/xstate/')) return 'machine (xstate)';
  if (url.includes('/zustand/')) return 'store';
  if (url.includes('/engine/rules/')) return 'rules';
  if (url.includes('/engine/run/step.ts') || url.includes('/engine/run/story.ts')) return 'stepping and runner';
  if (url.includes('/engine/run/')) return 'the rest of the run (Game, save, machine setup)';
  if (url.includes('/engine/drive/')) return 'drivers';
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(idle)' || functionName === '(program)') return functionName;
  return null;
}

/** Each part's share of the profile's time, largest first. */
export function sharesOf(profile: CpuProfile): { part: string; share: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // A node's part does not change from sample to sample: worked out once per node.
  const parts = new Map<number, string>();
  const partAt = (id: number): string => {
    const known = parts.get(id);
    if (known) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const part =
      (node && partOf(node.callFrame.url, node.callFrame.functionName)) ??
      (up === undefined ? 'other (loader, Node)' : partAt(up));
    parts.set(id, part);
    return part;
  };
  const time = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const part = partAt(id);
    time.set(part, (time.get(part) ?? 0) + dt);
  });
  return [...time].map(([part, t]) => ({ part, share: total ? t / total : 0 })).sort((a, b) => b.share - a.share);
}

function largestProfile(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const files = readdirSync(path)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(path, f))
    // tsx writes one for its loader's thread too, nearly all idle: the main thread's is the largest.
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!files[0]) throw new Error(`no .cpuprofile in ${path}`);
  return files[0];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2];
  if (!path || path === '--help') {
    console.log('npx tsx src/tools/cpu-shares.ts <file.cpuprofile or a folder of them>');
    console.log(
      'For the simulator: npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof src/tools/simulate-cli.ts --strategy random --runs 400',
    );
    process.exit(path ? 0 : 1);
  }
  const file = largestProfile(path);
  console.log(`CPU time by part of the game, ${file}:`);
  for (const { part, share } of sharesOf(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile))
    console.log(`${(100 * share).toFixed(1).padStart(6)}%  ${part}`);
}
