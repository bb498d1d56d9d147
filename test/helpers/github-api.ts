// A loopback server speaking the slices of the GitHub REST API keylint uses: PR review comments and repo listing.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A review comment as the fake API stores it. */
export interface StoredComment {
  id: number;
  body: string;
  path: string;
  line: number;
  side: string;
  commit_id: string;
  pull: string;
  /** Who wrote it: the identity of the token that posted it. */
  user: { login: string };
}

/** A repository of the fake listing. */
export interface FakeRepo {
  name: string;
  owner: string;
  archived?: boolean;
  fork?: boolean;
  /** The listing's `clone_url`; omitted from the listing when unset. */
  cloneUrl?: string;
}

/** What a test can configure and inspect. */
export interface FakeGitHub {
  url: string;
  comments: StoredComment[];
  requests: Array<{ method: string; path: string; authorization?: string }>;
  repos: FakeRepo[];
  /** Answer every request whose path starts with this with the given status (e.g. 403). */
  deny: Array<{ prefix: string; status: number }>;
  /**
   * The first listing page says no requests remain, with a reset this many seconds ahead; until then every
   * request is answered 403 with the same headers, as GitHub does.
   */
  exhaustAfterFirstPage?: number;
  /**
   * Answer this many requests whose path starts with `prefix` with the status (and message and headers, e.g. a
   * secondary rate limit's `retry-after`), then serve normally.
   */
  failNext: Array<{
    prefix: string;
    status: number;
    times: number;
    message?: string;
    headers?: Record<string, string>;
  }>;
  /** Requests whose path starts with one of these never get an answer (a hung server). */
  stall: string[];
  /** File paths whose new review comments are answered 422, as GitHub answers a line outside the diff. */
  outsideDiff: string[];
  /**
   * Identities by token, for `GET /user` and as the author of the comments a token posts. A token not listed is
   * an Actions token: `GET /user` answers 403 and its comments are written by github-actions[bot].
   */
  users: Record<string, string>;
  close(): Promise<void>;
}

const PAGE = 2;

/** Starts the fake API on 127.0.0.1 with an ephemeral port. */
export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000;
  const state: Omit<FakeGitHub, 'url' | 'close'> = {
    comments: [],
    requests: [],
    repos: [],
    deny: [],
    failNext: [],
    stall: [],
    outsideDiff: [],
    users: {},
  };
  let exhaustedUntil = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      state.requests.push({ method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization });
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(data));
      };
      if (state.stall.some((prefix) => url.pathname.startsWith(prefix))) return;
      const denied = state.deny.find((d) => url.pathname.startsWith(d.prefix));
      if (denied) return send(denied.status, { message: 'Resource not accessible by integration' });
      const failing = state.failNext.find((f) => f.times > 0 && url.pathname.startsWith(f.prefix));
      if (failing) {
        failing.times -= 1;
        return send(failing.status, { message: failing.message ?? 'Server Error' }, failing.headers);
      }
      if (state.exhaustAfterFirstPage !== undefined && Date.now() < exhaustedUntil) {
        const reset = String(Math.ceil(exhaustedUntil / 1000));
        return send(
          403,
          { message: 'API rate limit exceeded' },
          { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
        );
      }
      const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
      const login = state.users[token];
      if (url.pathname === '/user' && req.method === 'GET') {
        return login
          ? send(200, { login, type: 'User' })
          : send(403, { message: 'Resource not accessible by integration' });
      }
      let m: RegExpExecArray | null;
      if ((m = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/comments$/.exec(url.pathname))) {
        const pull = `${m[1]}#${m[2]}`;
        if (req.method === 'GET')
          return send(
            200,
            state.comments.filter((c) => c.pull === pull),
          );
        if (req.method === 'POST') {
          if (state.outsideDiff.includes(body.path))
            return send(422, { message: 'Validation Failed', errors: ['pull_request_review_thread.line'] });
          const user = { login: login ?? 'github-actions[bot]' };
          const comment = {
            id: nextId++,
            pull,
            body: body.body,
            path: body.path,
            line: body.line,
            side: body.side,
            commit_id: body.commit_id,
            user,
          };
          state.comments.push(comment);
          return send(201, comment);
        }
      }
      if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/.exec(url.pathname)) && req.method === 'PATCH') {
        const comment = state.comments.find((c) => c.id === Number(m![1]));
        if (!comment) return send(404, { message: 'Not Found' });
        // As GitHub: only a comment's author may edit it.
        if (comment.user.login !== (login ?? 'github-actions[bot]')) return send(403, { message: 'Forbidden' });
        comment.body = body.body;
        return send(200, comment);
      }
      if ((m = /^\/(orgs|users)\/([^/]+)\/repos$/.exec(url.pathname)) && req.method === 'GET') {
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        if (state.exhaustAfterFirstPage !== undefined && (url.searchParams.get('page') ?? '1') === '1') {
          exhaustedUntil = (Math.floor(Date.now() / 1000) + state.exhaustAfterFirstPage) * 1000;
        }
        return sendRepoPage(url, m[2]!, state, send, base);
      }
      send(404, { message: `Not Found: ${req.method} ${url.pathname}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        // Stalled requests would otherwise hold the server open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** One page of an owner's repositories, `PAGE` at a time, with a `Link` header to the next and last pages. */
function sendRepoPage(
  url: URL,
  owner: string,
  state: Omit<FakeGitHub, 'url' | 'close'>,
  send: (s: number, d: unknown, h?: Record<string, string>) => void,
  base: string,
): void {
  const all = state.repos.filter((r) => r.owner === owner);
  const page = Number(url.searchParams.get('page') ?? '1');
  const last = Math.max(1, Math.ceil(all.length / PAGE));
  const slice = all.slice((page - 1) * PAGE, page * PAGE).map((r) => ({
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    owner: { login: r.owner },
    archived: !!r.archived,
    fork: !!r.fork,
    ...(r.cloneUrl ? { clone_url: r.cloneUrl } : {}),
  }));
  const link = (p: number, rel: string) => `<${base}${url.pathname}?per_page=${PAGE}&page=${p}>; rel="${rel}"`;
  const headers: Record<string, string> = {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
  };
  if (page < last) headers.link = [link(page + 1, 'next'), link(last, 'last')].join(', ');
  if (page === 1 && state.exhaustAfterFirstPage !== undefined) {
    headers['x-ratelimit-remaining'] = '0';
    headers['x-ratelimit-reset'] = String(Math.floor(Date.now() / 1000) + state.exhaustAfterFirstPage);
  }
  send(200, slice, headers);
}
