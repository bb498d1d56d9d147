// What keylint takes from a GitHub API's replies when it pages through a list (an organisation's repositories, a pull
// request's review comments): the API is not keylint's, and Octokit follows whatever next-page link it sends.
import type { Octokit } from '@octokit/rest';

/** Pages of 100 items: 100,000 items, more than any organisation holds repositories or a pull request comments. */
const MAX_PAGES = 1000;

/**
 * How long one request may take, its body included. Octokit sets no limit: an API that accepts the connection and
 * never answers kept an audit (and an Action's review comments) waiting for ever.
 */
const REQUEST_TIMEOUT_MS = 30_000;

/** A reply that would send keylint elsewhere or keep it waiting or paging for ever; the message says which. */
export class PagingError extends Error {
  override name = 'PagingError';
}

/** The PagingError behind `error`, which Octokit may have wrapped in a RequestError (as its `cause`). */
export function pagingErrorOf(error: unknown): PagingError | undefined {
  if (error instanceof PagingError) return error;
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  return cause instanceof PagingError ? cause : undefined;
}

/** Statuses whose Response may have no body. */
const NO_BODY = new Set([101, 204, 205, 304]);

/** Octokit's `request.fetch`: the global fetch, ended after REQUEST_TIMEOUT_MS. */
export async function timedFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  try {
    const response = await fetch(input, { ...init, signal });
    // The body is read after this returns: read it here, under the same limit, and hand Octokit a whole reply.
    const body = NO_BODY.has(response.status) ? null : await response.arrayBuffer();
    const whole = new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    // Octokit names each page by its response's URL, which a constructed Response lacks (collectPages needs it).
    return Object.defineProperty(whole, 'url', { value: response.url });
  } catch (error) {
    if (timeout.aborted) throw new PagingError(`the API did not answer within ${REQUEST_TIMEOUT_MS / 1000} s`);
    throw error;
  }
}

/**
 * Refuses, before anything is sent, every request of `octokit` to an origin other than `apiUrl`'s: Octokit would send
 * its Authorization header to whatever URL a page links to.
 */
export function keepToOrigin(octokit: Octokit, apiUrl: string): void {
  const origin = new URL(apiUrl).origin;
  octokit.hook.before('request', (request) => {
    const url = new URL(octokit.request.endpoint.parse(request).url);
    if (url.origin !== origin)
      throw new PagingError(
        `the API sent keylint to another origin (${url.origin}); the token is sent only to the API's own`,
      );
  });
}

/** Every item of `pages` (octokit.paginate.iterator); a next-page link back to a page already read, or too many pages, end it. */
export async function collectPages<T>(pages: AsyncIterable<{ url: string; data: T[] }>): Promise<T[]> {
  const items: T[] = [];
  const read = new Set<string>();
  for await (const page of pages) {
    if (read.has(page.url)) throw new PagingError(`the API's next-page links loop back to ${page.url}`);
    if (read.size === MAX_PAGES) throw new PagingError(`the API sent more than ${MAX_PAGES} pages`);
    read.add(page.url);
    items.push(...page.data);
  }
  return items;
}
