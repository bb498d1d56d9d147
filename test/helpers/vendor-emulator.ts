// Loopback emulators of the three vendor APIs, behaving as the seeds document. Each records the requests
// it received (method, path, headers) so tests can check what was sent where.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

/** How the emulator treats one key. */
export type Behaviour =
  | 'valid'
  | 'limited'
  | 'slow'
  | 'server-error'
  | 'rate-limited'
  | { retryAfter: number; times: number }
  | { resetAfter: number; times: number }
  | { redirectTo: string };

/** A request as the emulator saw it. */
export interface Seen {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A running emulator. */
export interface Emulator {
  url: string;
  seen: Seen[];
  keys: Map<string, Behaviour>;
  /** Most requests open at the same time. */
  maxInFlight: number;
  close(): Promise<void>;
}

type Respond = (
  req: Seen,
  keys: Map<string, Behaviour>,
  res: http.ServerResponse,
  count: (key: string) => number,
) => void;

/** Starts a server on 127.0.0.1 with the given vendor logic; `delayMs` holds every answer back. */
export async function startEmulator(
  respond: Respond,
  keys: Record<string, Behaviour> = {},
  delayMs = 0,
): Promise<Emulator> {
  const seen: Seen[] = [];
  const map = new Map(Object.entries(keys));
  const counts = new Map<string, number>();
  let inFlight = 0;
  const server = http.createServer((req, res) => {
    inFlight++;
    emulator.maxInFlight = Math.max(emulator.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const entry = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      seen.push(entry);
      const answer = () =>
        respond(entry, map, res, (key) => {
          const n = (counts.get(key) ?? 0) + 1;
          counts.set(key, n);
          return n;
        });
      if (delayMs > 0) setTimeout(answer, delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const emulator: Emulator = {
    url: `http://127.0.0.1:${port}`,
    seen,
    keys: map,
    maxInFlight: 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return emulator;
}

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Shared handling of the transport behaviours; returns true when it answered. */
function transport(
  key: string,
  behaviour: Behaviour | undefined,
  res: http.ServerResponse,
  count: (key: string) => number,
  limited: () => void,
): boolean {
  const tooMany = (retryAfter: number) =>
    json(
      res,
      429,
      { code: 'rate_limit_exceeded', message: 'Too many requests', trace_id: 't' },
      { 'retry-after': String(retryAfter) },
    );
  if (behaviour === 'slow') setTimeout(() => !res.destroyed && json(res, 200, {}), 2_000).unref();
  else if (behaviour === 'server-error')
    json(res, 503, { code: 'internal_error', message: 'Internal error', trace_id: 't' });
  else if (behaviour === 'rate-limited') tooMany(0);
  else if (behaviour === 'limited') limited();
  else if (typeof behaviour === 'object' && 'redirectTo' in behaviour) {
    res.writeHead(302, { location: `${behaviour.redirectTo}/steal` });
    res.end();
  } else if (typeof behaviour === 'object' && 'retryAfter' in behaviour && count(key) <= behaviour.times)
    tooMany(behaviour.retryAfter);
  else if (typeof behaviour === 'object' && 'resetAfter' in behaviour && count(key) <= behaviour.times) {
    // Max AI's rate-limit headers without Retry-After: the window resets at a Unix time.
    json(
      res,
      429,
      { code: 'rate_limit_exceeded', message: 'Too many requests', trace_id: 't' },
      { 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + behaviour.resetAfter) },
    );
  } else return false;
  return true;
}

/** Max AI: `/marketplace/me` under the given version prefixes only; other versions 404 outside the envelope. */
export function maxai(versions = ['v1']): Respond {
  return (req, keys, res, count) => {
    const route = /^\/(v\d)\/marketplace\/me$/.exec(req.path);
    if (!route || !versions.includes(route[1]!)) {
      res.writeHead(404, { 'content-type': 'text/html' });
      return res.end('<h1>Not Found</h1>');
    }
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const org = req.headers['x-organization-id'];
    const behaviour = auth ? keys.get(auth) : undefined;
    if (!auth || !org || !behaviour)
      return json(res, 401, { code: 'unauthorized', message: 'Invalid or missing API key', trace_id: 't' });
    const limited = () =>
      json(res, 403, { code: 'forbidden', message: 'Insufficient scope. Required: read:marketplace', trace_id: 't' });
    if (transport(auth, behaviour, res, count, limited)) return;
    json(res, 200, {
      code: 'success',
      data: {
        app: { id: 'app_01J5K8N2XRQV3M7YGWT4HB6E9C', slug: 'my-healthcare-app', liveVersionId: 'ver_1' },
        organization: { id: org },
        scopes: ['read:marketplace', 'read:patients'],
      },
    });
  };
}

/** NovaMed: write routes only; a bodiless GET with a known key fails validation (400), an unknown key 401. */
export function novamed(controlStatus = 401): Respond {
  return (req, keys, res, count) => {
    if (req.path !== '/api/external/practitioner')
      return json(res, 404, { success: false, error: { message: 'Resource not found' } });
    const key = req.headers['x-api-key'] as string | undefined;
    const behaviour = key ? keys.get(key) : undefined;
    if (!behaviour) {
      if (controlStatus !== 401)
        return json(res, controlStatus, { success: false, error: { message: 'Method not allowed' } });
      return json(res, 401, {
        success: false,
        error: {
          code: 'UNAUTHORIZED',
          message: 'Unauthorized. This can happen if the access token is invalid, expired or has been revoked',
        },
      });
    }
    const limited = () => json(res, 403, { success: false, error: { code: 'FORBIDDEN', message: 'Forbidden' } });
    if (transport(key!, behaviour, res, count, limited)) return;
    json(res, 405, { success: false, error: { message: 'Method GET not allowed' } });
  };
}

/** MaiAgent: `Api-Key` scheme; the user route answers with `apiKeys` in the body (never to be logged). */
export function maiagent(): Respond {
  return (req, keys, res, count) => {
    const key = /^Api-Key (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const behaviour = key ? keys.get(key) : undefined;
    if (!key) return json(res, 401, { detail: 'Authentication credentials were not provided.' });
    if (!behaviour) return json(res, 401, { detail: 'Invalid API key format.' });
    const limited = () =>
      req.path.startsWith('/api/v1/chatbots/')
        ? json(res, 200, { count: 1, results: [{ id: 'bot1' }] })
        : json(res, 403, { detail: 'You do not have permission to perform this action.' });
    if (transport(key, behaviour, res, count, limited)) return;
    if (req.path === '/api/v1/users/current/')
      return json(res, 200, { id: 'user-42', name: 'Owner', email: 'owner@example.com', apiKeys: [{ key }] });
    if (req.path.startsWith('/api/v1/chatbots/')) return json(res, 200, { count: 0, results: [] });
    json(res, 404, { detail: 'Not found.' });
  };
}

/** Every key-bearing header value an emulator received. */
export function keysSeen(emulator: Emulator): string[] {
  return emulator.seen.flatMap((s) =>
    [s.headers.authorization, s.headers['x-api-key']].filter((v): v is string => typeof v === 'string'),
  );
}

/** Starts emulators for one test file and closes them after each test. */
export function useEmulators(): (...args: Parameters<typeof startEmulator>) => Promise<Emulator> {
  const running: Emulator[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((e) => e.close()));
  });
  return async (...args) => {
    const e = await startEmulator(...args);
    running.push(e);
    return e;
  };
}
