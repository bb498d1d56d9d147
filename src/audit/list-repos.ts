// The repositories of an organisation or user, through the GitHub REST API, rate-limit aware.
import { Octokit } from '@octokit/rest';
import { UsageError } from '../errors.js';

/** A repository to audit. */
export interface RepoRef {
  /** `owner/name`. */
  fullName: string;
  owner: string;
  name: string;
}

/** Whose repositories, and which. */
export interface ListOptions {
  owner: string;
  kind: 'org' | 'user';
  token?: string;
  apiUrl: string;
  includeArchived: boolean;
  includeForks: boolean;
  /** Longest wait for a rate-limit reset before giving up with a clear error. */
  maxRateWaitSeconds: number;
}

/** Lists the repositories (every page), filtered, sorted by full name so that shards are deterministic. */
export async function listRepositories(options: ListOptions): Promise<RepoRef[]> {
  const octokit = new Octokit({ auth: options.token, baseUrl: options.apiUrl, userAgent: 'keylint-audit', log: { debug() {}, info() {}, warn() {}, error() {} } });
  octokit.hook.after('request', async (response) => {
    await waitForRateLimit(response.headers as Record<string, string | undefined>, Date.now(), options.maxRateWaitSeconds);
  });
  const repos =
    options.kind === 'org'
      ? await octokit.paginate(octokit.repos.listForOrg, { org: options.owner, per_page: 100, type: 'all' })
      : await octokit.paginate(octokit.repos.listForUser, { username: options.owner, per_page: 100, type: 'owner' });
  return repos
    .filter((r) => (options.includeArchived || !r.archived) && (options.includeForks || !r.fork))
    .map((r) => ({ fullName: r.full_name, owner: r.owner.login, name: r.name }))
    .sort((a, b) => (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0));
}

/**
 * When a response says no requests remain, sleeps until `x-ratelimit-reset` (epoch seconds), or throws when
 * that is further away than `maxWaitSeconds`.
 */
export async function waitForRateLimit(headers: Record<string, string | undefined>, now: number, maxWaitSeconds: number): Promise<void> {
  if (headers['x-ratelimit-remaining'] !== '0') return;
  const reset = Number(headers['x-ratelimit-reset']);
  const waitMs = Number.isFinite(reset) ? Math.max(0, reset * 1000 - now) + 1000 : 60_000;
  if (waitMs > maxWaitSeconds * 1000) {
    throw new UsageError(`GitHub API rate limit exhausted until ${new Date(reset * 1000).toISOString()} (more than --max-rate-wait ${maxWaitSeconds}s away); use a token or retry later`);
  }
  await new Promise((resolve) => setTimeout(resolve, waitMs));
}
