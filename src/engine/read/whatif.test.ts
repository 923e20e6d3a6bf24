import { describe, expect, it } from 'vitest';
import { bestWhatIf, type Alternative, type Outcome, type WhatIf } from './whatif.ts';

const zero = { budget: 0, care: 0, trust: 0 };

function option(index: number, total: Outcome['total'], chosen = false, wellbeing = 0): Alternative {
  const outcome: Outcome = {
    now: total,
    later: zero,
    slow: zero,
    total,
    wellbeing,
    hours: 0,
    people: {},
    peopleLater: {},
    arcs: [],
    builds: [],
    intervene: null,
    ending: null,
  };
  return { index, text: `option ${index}`, chosen, outcome };
}

describe('the what-if the glance puts forward', () => {
  it('is never one that trades a meter away, however much it gains in all', () => {
    const found: WhatIf[] = [
      {
        decision: 0,
        alternatives: [
          option(0, { budget: 0, care: 0, trust: 0 }, true),
          // Seven budget points for two of patient care: more in all, but not the game's verdict to give.
          option(1, { budget: 7, care: -2, trust: 0 }),
          option(2, { budget: 1, care: 1, trust: 0 }),
        ],
      },
    ];
    expect(bestWhatIf(found)).toMatchObject({ instead: { index: 2 }, gain: 2 });
  });

  it('is the one that gains most of those that cost nothing, across decisions', () => {
    const found: WhatIf[] = [
      { decision: 0, alternatives: [option(0, zero, true), option(1, { budget: 1, care: 1, trust: 1 })] },
      {
        decision: 4,
        alternatives: [option(0, { budget: -2, care: 0, trust: 0 }, true), option(1, { budget: 0, care: 2, trust: 1 })],
      },
    ];
    expect(bestWhatIf(found)).toMatchObject({ decision: 4, gain: 5 });
  });

  it('is none when every better total costs some meter', () => {
    const found: WhatIf[] = [
      { decision: 0, alternatives: [option(0, zero, true), option(1, { budget: -1, care: 0, trust: 9 })] },
    ];
    expect(bestWhatIf(found)).toBeNull();
  });

  it('is never one that would have worn the staff down more, though wellbeing is hidden while playing', () => {
    const found: WhatIf[] = [
      {
        decision: 0,
        alternatives: [
          option(0, zero, true),
          // A night shift on the ward: more care and trust, and a tired team.
          option(1, { budget: 0, care: 3, trust: 2 }, false, -2),
          option(2, { budget: 0, care: 1, trust: 0 }, false, 0),
        ],
      },
    ];
    expect(bestWhatIf(found)).toMatchObject({ instead: { index: 2 }, gain: 1 });
  });
});
