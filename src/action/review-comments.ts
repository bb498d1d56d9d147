// Review comments on the exact lines of a pull request, one per location (a key and the policies about it
// together), updated in place on later pushes.
import { createHash } from 'node:crypto';
import { Octokit } from '@octokit/rest';
import { collectPages, keepToOrigin, pagingErrorOf, timedFetch } from '../github-pages.js';
import type { Finding } from '../types.js';
import type { PullRequestEvent } from './event.js';
import { plainMarkdown } from './markdown.js';

/** What happened to the review comments. */
export interface CommentOutcome {
  created: number;
  updated: number;
  /** Why comments were skipped or partly failed; empty when all went through. */
  notes: string[];
}

/**
 * The hidden marker that recognises keylint's own comment for a finding: a hash of its fingerprint and path, so
 * that no file name (one holding `-->`, say) can end the HTML comment early or pose as another finding's marker.
 */
export function commentMarker(finding: Finding): string {
  const id = createHash('sha256')
    .update(`keylint-review-comment\0${finding.fingerprint}\0${finding.file}`)
    .digest('hex')
    .slice(0, 32);
  return `<!-- keylint:${id} -->`;
}

/** The findings at one line of one file: a key and the policies and lints about it, shown in one comment. */
export interface CommentGroup {
  file: string;
  line: number;
  /** Secrets first, then policies, then usage lints; in report order within each kind. */
  findings: Finding[];
}

const KIND_ORDER: Record<Finding['kind'], number> = { secret: 0, policy: 1, usage: 2 };

/**
 * One group per location. A production key in `.env.development` is a secret finding and a policy finding on
 * the same line: two comments there would say the same thing twice, so they share one.
 */
export function groupByLocation(findings: Finding[]): CommentGroup[] {
  const groups = new Map<string, CommentGroup>();
  for (const finding of findings) {
    const key = `${finding.file}\0${finding.line}`;
    const group = groups.get(key);
    if (group) group.findings.push(finding);
    else groups.set(key, { file: finding.file, line: finding.line, findings: [finding] });
  }
  for (const group of groups.values())
    group.findings = group.findings
      .map((finding, index) => ({ finding, index }))
      .sort((x, y) => KIND_ORDER[x.finding.kind] - KIND_ORDER[y.finding.kind] || x.index - y.index)
      .map(({ finding }) => finding);
  return [...groups.values()];
}

/**
 * The comment body: the marker of the location's first finding, then for each finding its rule, redacted
 * secret, why and what to do. Messages and fixes of custom rules come from a config file and the secret from
 * scanned content: all are shown as plain text.
 */
export function commentBody(findings: Finding[]): string {
  const sections = findings.map((finding) =>
    [
      `**keylint** ${plainMarkdown(finding.ruleId)} (${plainMarkdown(finding.severity)})${finding.secret ? `: ${plainMarkdown(finding.secret)}` : ''}`,
      '',
      plainMarkdown(finding.message),
      '',
      `**What to do:** ${plainMarkdown(finding.fix)}`,
    ].join('\n'),
  );
  return [commentMarker(findings[0]!), sections.join('\n\n---\n\n')].join('\n');
}

/**
 * Who the token writes as: `GET /user` for a user's token; an Actions or app installation token may not read
 * it (403) and writes as github-actions[bot].
 */
export async function tokenIdentity(octokit: Octokit): Promise<string> {
  try {
    return (await octokit.users.getAuthenticated()).data.login;
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) return 'github-actions[bot]';
    throw error;
  }
}

/** A client for the runner's API (`GITHUB_API_URL`, GitHub Enterprise included). */
export function githubClient(token: string, baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com'): Octokit {
  const octokit = new Octokit({
    auth: token,
    baseUrl,
    userAgent: 'keylint-action',
    log: { debug() {}, info() {}, warn() {}, error() {} },
    request: { fetch: timedFetch },
  });
  keepToOrigin(octokit, baseUrl);
  return octokit;
}

/**
 * Creates or updates one comment per location (see groupByLocation). A 403/404 (read-only token, missing
 * permission) ends the commenting with a note instead of failing the run; a 422 (line outside the diff) skips
 * that location.
 */
export async function upsertReviewComments(
  octokit: Octokit,
  pr: PullRequestEvent,
  findings: Finding[],
): Promise<CommentOutcome> {
  const outcome: CommentOutcome = { created: 0, updated: 0, notes: [] };
  if (findings.length === 0) return outcome;
  const target = { owner: pr.owner, repo: pr.repo, pull_number: pr.number };
  try {
    const existing = await collectPages(
      octokit.paginate.iterator(octokit.pulls.listReviewComments, { ...target, per_page: 100 }),
    );
    const self = await tokenIdentity(octokit);
    const byMarker = new Map<string, number>();
    // Anyone can comment on a pull request: only comments this token wrote are keylint's to update.
    for (const c of existing.filter((c) => c.user?.login === self)) {
      const marker = /<!-- keylint:[0-9a-f]{32} -->/.exec(c.body ?? '')?.[0];
      if (marker && !byMarker.has(marker)) byMarker.set(marker, c.id);
    }
    for (const group of groupByLocation(findings)) {
      const body = commentBody(group.findings);
      // Any finding's marker finds the location's comment: earlier releases wrote one comment per finding.
      const id = group.findings.map((f) => byMarker.get(commentMarker(f))).find((found) => found !== undefined);
      try {
        if (id !== undefined) {
          await octokit.pulls.updateReviewComment({ owner: pr.owner, repo: pr.repo, comment_id: id, body });
          outcome.updated += 1;
        } else {
          await octokit.pulls.createReviewComment({
            ...target,
            body,
            commit_id: pr.headSha,
            path: group.file,
            line: group.line,
            side: 'RIGHT',
          });
          outcome.created += 1;
        }
      } catch (error) {
        if (statusOf(error) !== 422) throw error;
        outcome.notes.push(
          `no review comment for ${group.file}:${group.line}: the line is not part of the pull request's diff`,
        );
      }
    }
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404 || status === 401) {
      outcome.notes.push(
        `review comments skipped: the token may not write pull requests (HTTP ${status}); grant "pull-requests: write" — findings are in the annotations and this summary`,
      );
    } else {
      outcome.notes.push(
        `review comments failed: ${pagingErrorOf(error)?.message ?? (status ? `HTTP ${status}` : (error as Error).message.split('\n')[0])}; findings are in the annotations and this summary`,
      );
    }
  }
  return outcome;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}
