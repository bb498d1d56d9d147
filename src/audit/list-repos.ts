// The repositories of an organisation or user, through the GitHub REST API: every page, with rate limits and
// transient failures handled by Octokit's own throttling and retry plugins.
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { UsageError } from '../errors.js';
import { compare } from '../findings.js';
import { collectPages, keepToOrigin, pagingErrorOf, timedFetch } from '../github-pages.js';

/** A repository to audit. */
export interface RepoRef {
  /** `owner/name`. */
  fullName: string;
  owner: string;
  name: string;
  /** The API's `clone_url`, when it gave one. */
  cloneUrl?: string;
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

const AuditOctokit = Octokit.plugin(throttling, retry);

/** Lists the repositories (every page), filtered, sorted by full name so that shards are deterministic. */
export async function listRepositories(options: ListOptions): Promise<RepoRef[]> {
  let refusedWait: number | undefined;
  // A primary (x-ratelimit-reset) or secondary (retry-after) limit: wait and retry when the wait is acceptable.
  const onLimit = (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number): boolean => {
    if (retryAfter <= options.maxRateWaitSeconds && retryCount < 3) return true;
    refusedWait = retryAfter;
    return false;
  };
  const octokit = new AuditOctokit({
    auth: options.token,
    baseUrl: options.apiUrl,
    userAgent: 'keylint-audit',
    log: { debug() {}, info() {}, warn() {}, error() {} },
    throttle: { onRateLimit: onLimit, onSecondaryRateLimit: onLimit },
    request: { fetch: timedFetch },
  });
  keepToOrigin(octokit, options.apiUrl);
  try {
    const pages =
      options.kind === 'org'
        ? octokit.paginate.iterator(octokit.repos.listForOrg, { org: options.owner, per_page: 100, type: 'all' })
        : octokit.paginate.iterator(octokit.repos.listForUser, {
            username: options.owner,
            per_page: 100,
            type: 'owner',
          });
    const repos = await collectPages(pages);
    return repos
      .filter((r) => (options.includeArchived || !r.archived) && (options.includeForks || !r.fork))
      .map((r) => ({ fullName: r.full_name, owner: r.owner.login, name: r.name, cloneUrl: r.clone_url || undefined }))
      .sort((a, b) => compare(a.fullName, b.fullName));
  } catch (error) {
    if (refusedWait !== undefined) {
      const until = new Date(Date.now() + refusedWait * 1000).toISOString().slice(0, 19);
      const limit = `more than --max-rate-wait ${options.maxRateWaitSeconds}s away`;
      throw new UsageError(`GitHub API rate limit exhausted until ${until}Z (${limit}); use a token or retry later`);
    }
    const paging = pagingErrorOf(error);
    if (paging) throw new UsageError(`${listing(options)}: ${paging.message}`);
    const status = (error as { status?: number }).status;
    const reason = `${status ? `HTTP ${status} ` : ''}${(error as Error).message.split('\n')[0]}`;
    throw new UsageError(`${listing(options)}: ${reason}`);
  }
}

function listing(options: ListOptions): string {
  return `cannot list the repositories of ${options.owner}`;
}

/**
 * Whether a repository has GitHub's own kind of names: letters, digits, `.`, `_`, `-`, never `.` or `..`. The names
 * come from the API's reply and become a clone directory: `../../somewhere` would clone outside the audit's temp folder.
 */
export function isGitHubName(repo: RepoRef): boolean {
  const name = (part: string) => /^[A-Za-z0-9._-]{1,100}$/.test(part) && part !== '.' && part !== '..';
  return name(repo.owner) && name(repo.name) && repo.fullName === `${repo.owner}/${repo.name}`;
}
