import { describe, expect, it } from 'vitest';
import { pairSummary } from './pair.ts';
import type { RunRecord } from '../../engine/read/record.ts';

type Decision = RunRecord['decisions'][number];
const decision = (lead: string, partner: string, text: string): Decision =>
  ({ proposals: { lead, partner }, text }) as Decision;
const run = (decisions: Decision[]): Pick<RunRecord, 'role' | 'run' | 'decisions'> =>
  ({ role: 'manager', run: { pair: 'clinician' }, decisions }) as Pick<RunRecord, 'role' | 'run' | 'decisions'>;

describe('a pair’s summary', () => {
  it('names only the ways they went where they differed, counted in words', () => {
    const text = pairSummary(
      run([decision('a', 'a', 'a'), decision('a', 'b', 'b'), decision('c', 'd', 'd'), decision('e', 'f', 'e')]),
    );
    expect(text).toBe(
      'You proposed the same thing at 1 of 4 decisions and differed at 3. Where you differed, you went with the operational manager’s proposal once and the clinician leader’s proposal twice.',
    );
    expect(text).not.toContain('something else');
  });

  it('says when they never differed, and asks what that meant', () => {
    expect(pairSummary(run([decision('a', 'a', 'a'), decision('b', 'b', 'b')]))).toBe(
      'You proposed the same thing at all 2 decisions. Was that agreement each time, or did one of you go along with the other?',
    );
  });

  it('counts an agreement that was neither proposal', () => {
    expect(pairSummary(run([decision('a', 'b', 'c')]))).toContain('you went with something else once.');
  });
});
