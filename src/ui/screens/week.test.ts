import { describe, expect, it } from 'vitest';
import { sameReasonTogether } from './week.ts';
import type { Explained } from '../../engine/read/explain.ts';

const item = (cause: string, detail?: string): Explained => ({
  key: cause,
  origin: { kind: 'intervention' } as Explained['origin'],
  decision: null,
  cause,
  ...(detail ? { detail } : {}),
  net: [],
  changes: [],
});

describe('the week summary’s reasons', () => {
  it('puts causes that share a reason together, each reason where it first came up', () => {
    const practice = 'aimed at the practice level';
    const department = 'aimed at the department level';
    const items = [item('a', practice), item('b', department), item('c'), item('d', practice), item('e')];
    expect(sameReasonTogether(items).map((e) => e.cause)).toEqual(['a', 'd', 'b', 'c', 'e']);
  });

  it('leaves causes with no reason where they were', () => {
    const items = [item('a'), item('b', 'x'), item('c'), item('d')];
    expect(sameReasonTogether(items).map((e) => e.cause)).toEqual(['a', 'b', 'c', 'd']);
  });
});
