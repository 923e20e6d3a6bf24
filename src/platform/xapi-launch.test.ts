import { describe, expect, it } from 'vitest';
import { basicAuth, learnerOfLaunch, readXapiLaunch, type XapiLaunch } from './xapi-launch.ts';

const REG = 'f1e2d3c4-b5a6-4978-8877-665544332211';
const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe('reading a record store from the address', () => {
  it('is null when no store is named', () => {
    expect(readXapiLaunch('?join=WABCDE-ABC234')).toBeNull();
  });

  it('reads a launch link: the address, the key (with or without its Basic), the learner and the registration', () => {
    const read = readXapiLaunch(
      q({
        endpoint: 'https://lrs.example.nhs.uk/xapi/',
        auth: 'Basic dXNlcjpwYXNz',
        actor: JSON.stringify({
          name: ['Sam'],
          account: [{ accountServiceHomePage: 'https://lms.example', accountName: '42' }],
        }),
        registration: REG,
        activity_id: 'https://lms.example/course/cg',
      }),
    );
    expect(read).toEqual({
      ok: true,
      launch: {
        kind: 'link',
        endpoint: 'https://lrs.example.nhs.uk/xapi/',
        auth: 'Basic dXNlcjpwYXNz',
        actor: { objectType: 'Agent', name: 'Sam', account: { homePage: 'https://lms.example', name: '42' } },
        registration: REG,
        activityId: 'https://lms.example/course/cg',
      },
    });
    expect(readXapiLaunch(q({ endpoint: 'https://lrs.example/', auth: 'dXNlcjpwYXNz' }))).toMatchObject({
      ok: true,
      launch: { auth: 'Basic dXNlcjpwYXNz' },
    });
  });

  it('reads a cmi5 launch, and who it says is playing', () => {
    const actor = JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://lms.example', name: '42' } });
    const read = readXapiLaunch(
      q({
        endpoint: 'https://lrs.example/xapi/',
        fetch: 'https://lms.example/fetch/123',
        actor,
        registration: REG,
        activityId: 'https://lms.example/au/1',
      }),
    );
    expect(read).toEqual({
      ok: true,
      launch: {
        kind: 'cmi5',
        endpoint: 'https://lrs.example/xapi/',
        fetch: 'https://lms.example/fetch/123',
        registration: REG,
        learner: actor,
      },
    });
    // Learners on one browser are told apart by it (a shared PC: see storage.ts).
    expect(learnerOfLaunch((read as { launch: XapiLaunch }).launch)).toBe(actor);
    const link = readXapiLaunch(q({ endpoint: 'https://lrs.example/xapi/', auth: 'Basic x' }));
    expect(learnerOfLaunch((link as { launch: XapiLaunch }).launch)).toBeNull();
  });

  it('refuses a broken link with a reason a learner can pass on', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ endpoint: 'javascript:alert(1)', auth: 'x' }, /must be an https address/],
      // The page's policy lets the game reach no other: a plain-http store elsewhere would fail for ever.
      [{ endpoint: 'http://lrs.intranet/xapi/', auth: 'x' }, /must be an https address/],
      [{ endpoint: 'https://lrs.example/' }, /no key/],
      [{ endpoint: 'https://lrs.example/', auth: 'x', registration: 'nope' }, /registration/],
      [{ endpoint: 'https://lrs.example/', auth: 'x', actor: '{"name":"no identifier"}' }, /learner/],
      [{ endpoint: 'https://lrs.example/', auth: 'x', actor: '{not json' }, /learner/],
      [{ endpoint: 'https://lrs.example/', fetch: 'https://lms.example/f', registration: REG }, /incomplete/],
      // A cmi5 launch with no store's address: said, not played on unrecorded in silence.
      [{ fetch: 'https://lms.example/f', registration: REG, actor: '{}', activityId: 'https://a/1' }, /incomplete/],
    ];
    for (const [params, reason] of cases) {
      const read = readXapiLaunch(q(params));
      expect(read?.ok, JSON.stringify(params)).toBe(false);
      if (read && !read.ok) expect(read.reason).toMatch(reason);
    }
  });

  it('turns a key and secret into the Basic value a store takes, over their UTF-8 bytes', () => {
    expect(basicAuth('workshop', 'secret')).toBe('Basic d29ya3Nob3A6c2VjcmV0');
    const value = basicAuth('sœur', 'clé £5');
    expect(Buffer.from(value.slice('Basic '.length), 'base64').toString('utf8')).toBe('sœur:clé £5');
  });
});
