import { describe, expect, it } from 'vitest';
import { partOf, sharesOf, type CpuProfile } from './cpu-shares.ts';

const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({
  id,
  callFrame: { functionName, url },
  children,
});

describe('cpu-shares', () => {
  it('names the part a frame belongs to from where its code lives', () => {
    expect(partOf('file:///w/node_modules/inkjs/dist/ink.mjs', 'Continue')).toBe('ink');
    expect(partOf('file:///w/node_modules/xstate/dist/raise-1.cjs.js', 'microstep')).toBe('machine (xstate)');
    expect(partOf('file:///w/src/engine/rules/rules.ts', 'applyMeter')).toBe('rules');
    expect(partOf('file:///w/src/engine/run/story.ts', 'continue')).toBe('stepping and runner');
    expect(partOf('file:///w/src/engine/run/game.ts', 'send')).toMatch(/^the rest of the run/);
    expect(partOf('', '(garbage collector)')).toBe('garbage collection');
    expect(partOf('', 'get')).toBeNull();
  });

  it('puts a native frame down to the part that called it, and gives each part its share of the time', () => {
    // root → rules.applyMeter → (native) Map.get ; root → ink.Continue ; root → GC
    const profile: CpuProfile = {
      nodes: [
        frame(1, '(root)', '', [2, 4, 5]),
        frame(2, 'applyMeter', 'file:///w/src/engine/rules/rules.ts', [3]),
        frame(3, 'get', ''),
        frame(4, 'Continue', 'file:///w/node_modules/inkjs/dist/ink.mjs'),
        frame(5, '(garbage collector)', ''),
      ],
      samples: [3, 3, 4, 4, 4, 4, 5, 1],
      timeDeltas: [10, 10, 10, 10, 10, 10, 10, 10],
    };
    expect(sharesOf(profile)).toEqual([
      { part: 'ink', share: 0.5 },
      { part: 'rules', share: 0.25 },
      { part: 'garbage collection', share: 0.125 },
      { part: 'other (loader, Node)', share: 0.125 },
    ]);
  });
});
