/**
 * A loopback learning record store for the browser tests (issue 13): a small
 * web server that speaks enough of xAPI 1.0.3 for the game and the room
 * dashboard (statements in and out, the state a cmi5 platform keeps, a cmi5
 * token service) and is strict where a real store is strict: every statement
 * is checked with `xapi-validation` and a batch with one bad statement is
 * refused whole; a statement id it already holds is taken again only when
 * the statement is the same (otherwise 409); a wrong key gets 401. It keeps
 * what arrived, in order, for the tests to read.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import validation from 'xapi-validation';
import type { Statement } from '../../src/platform/xapi-data.ts';

/** The validator (a CommonJS module: under plain Node its default export arrives wrapped once more). */
const validate: typeof validation =
  typeof validation === 'function' ? validation : (validation as unknown as { default: typeof validation }).default;

export interface Lrs {
  /** The statements endpoint's base, e.g. `http://127.0.0.1:4567/xapi/`. */
  endpoint: string;
  /** The `Authorization` header value that writes and reads. */
  auth: string;
  /** Every statement stored, in the order it arrived. */
  stored: Statement[];
  /** Requests refused, with the reason (a test asserts there are none). */
  refused: string[];
  /** A cmi5 launch's `fetch` address: hands out one token, once (another launch adds its own query). */
  fetchUrl: string;
  /** What a cmi5 platform keeps as `LMS.LaunchData`. */
  launchData: Record<string, unknown>;
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
  'access-control-expose-headers': 'X-Experience-API-Version, X-Experience-API-Consistent-Through',
};

function reply(res: ServerResponse, status: number, body?: unknown): void {
  res.writeHead(status, {
    ...CORS,
    'x-experience-api-version': '1.0.3',
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
  });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startLrs(): Promise<Lrs> {
  const key = `Basic ${Buffer.from('workshop:secret').toString('base64')}`;
  const tokens = new Set<string>();
  const fetched = new Set<string>();
  const byId = new Map<string, Statement>();
  const lrs: Lrs = {
    endpoint: '',
    auth: key,
    stored: [],
    refused: [],
    fetchUrl: '',
    launchData: {},
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://lrs');
      if (req.method === 'OPTIONS') return reply(res, 204);
      if (url.pathname === '/fetch') {
        // cmi5's token service: one token per launch, never twice (cmi5 §8.2.3).
        if (req.method !== 'POST') return reply(res, 405);
        if (fetched.has(url.search)) return reply(res, 200, { 'error-code': '1', 'error-text': 'already fetched' });
        fetched.add(url.search);
        const token = Buffer.from(`token:${Date.now()}`).toString('base64');
        tokens.add(`Basic ${token}`);
        return reply(res, 200, { 'auth-token': token });
      }
      if (!url.pathname.startsWith('/xapi/')) return reply(res, 404);
      const auth = req.headers.authorization ?? '';
      if (auth !== key && !tokens.has(auth)) {
        lrs.refused.push(`401 ${req.method} ${url.pathname}`);
        return reply(res, 401);
      }
      const path = url.pathname.slice('/xapi'.length);
      if (path === '/about') return reply(res, 200, { version: ['1.0.3'] });
      if (path === '/activities/state') {
        if (url.searchParams.get('stateId') === 'LMS.LaunchData') return reply(res, 200, lrs.launchData);
        return reply(res, 404);
      }
      // The learner's preferences, as a cmi5 platform keeps them (cmi5 §11).
      if (path === '/agents/profile' && url.searchParams.get('profileId') === 'cmi5LearnerPreferences')
        return reply(res, 200, { languagePreference: 'en-GB', audioPreference: 'off' });
      if (path !== '/statements') return reply(res, 404);

      if (req.method === 'GET') {
        const registration = url.searchParams.get('registration');
        const verb = url.searchParams.get('verb');
        const since = url.searchParams.get('since');
        const found = lrs.stored.filter(
          (s) =>
            (!registration || s.context?.registration === registration) &&
            (!verb || s.verb.id === verb) &&
            (!since || (s.stored ?? '') > since),
        );
        return reply(res, 200, {
          statements: url.searchParams.get('ascending') === 'true' ? found : [...found].reverse(),
          more: '',
        });
      }
      if (req.method !== 'POST' && req.method !== 'PUT') return reply(res, 405);
      let batch: Statement[];
      try {
        const parsed = JSON.parse(await bodyOf(req)) as Statement | Statement[];
        batch = Array.isArray(parsed) ? parsed : [parsed];
      } catch {
        lrs.refused.push('400 not JSON');
        return reply(res, 400, { message: 'not JSON' });
      }
      for (const s of batch) {
        const warnings = validate(s);
        if (warnings.length) {
          lrs.refused.push(`400 ${JSON.stringify(warnings).slice(0, 500)}`);
          return reply(res, 400, { message: 'invalid statement', warnings });
        }
        const held = s.id ? byId.get(s.id) : undefined;
        if (held && !isDeepStrictEqual(withoutStored(held), s)) {
          lrs.refused.push(`409 ${s.id}`);
          return reply(res, 409, { message: `statement ${s.id} already exists and differs` });
        }
      }
      const ids: string[] = [];
      for (const s of batch) {
        ids.push(s.id!);
        if (byId.has(s.id!)) continue;
        const kept = { ...s, stored: new Date().toISOString() };
        byId.set(s.id!, kept);
        lrs.stored.push(kept);
      }
      return reply(res, req.method === 'PUT' ? 204 : 200, req.method === 'PUT' ? undefined : ids);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  lrs.endpoint = `http://127.0.0.1:${port}/xapi/`;
  lrs.fetchUrl = `http://127.0.0.1:${port}/fetch`;
  return lrs;
}

function withoutStored(s: Statement): Statement {
  const { stored: _stored, ...rest } = s as Statement & { stored?: string };
  return rest;
}
