// Review comments on the exact lines of a pull request, one per finding, updated in place on later pushes.
import { Octokit } from '@octokit/rest';
import type { Finding } from '../types.js';
import type { PullRequestEvent } from './event.js';

/** What happened to the review comments. */
export interface CommentOutcome {
  created: number;
  updated: number;
  /** Why comments were skipped or partly failed; empty when all went through. */
  notes: string[];
}

/** The hidden marker that recognises keylint's own comment for a finding. */
export function commentMarker(finding: Finding): string {
  return `<!-- keylint:${finding.fingerprint} path=${finding.file} -->`;
}

/** The comment body: marker, rule, redacted secret, why and what to do. */
export function commentBody(finding: Finding): string {
  return [
    commentMarker(finding),
    `**keylint** \`${finding.ruleId}\` (${finding.severity})${finding.secret ? `: \`${finding.secret}\`` : ''}`,
    '',
    finding.message,
    '',
    `**What to do:** ${finding.fix}`,
  ].join('\n');
}

/** A client for the runner's API (`GITHUB_API_URL`, GitHub Enterprise included). */
export function githubClient(token: string, baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com'): Octokit {
  return new Octokit({
    auth: token,
    baseUrl,
    userAgent: 'keylint-action',
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
}

/**
 * Creates or updates one comment per finding. A 403/404 (read-only token, missing permission) ends the
 * commenting with a note instead of failing the run; a 422 (line outside the diff) skips that finding.
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
    const existing = await octokit.paginate(octokit.pulls.listReviewComments, { ...target, per_page: 100 });
    const byMarker = new Map<string, number>();
    for (const c of existing) {
      const marker = /<!-- keylint:[^>]*-->/.exec(c.body ?? '')?.[0];
      if (marker && !byMarker.has(marker)) byMarker.set(marker, c.id);
    }
    for (const finding of findings) {
      const body = commentBody(finding);
      const id = byMarker.get(commentMarker(finding));
      try {
        if (id !== undefined) {
          await octokit.pulls.updateReviewComment({ owner: pr.owner, repo: pr.repo, comment_id: id, body });
          outcome.updated += 1;
        } else {
          await octokit.pulls.createReviewComment({
            ...target,
            body,
            commit_id: pr.headSha,
            path: finding.file,
            line: finding.line,
            side: 'RIGHT',
          });
          outcome.created += 1;
        }
      } catch (error) {
        if (statusOf(error) !== 422) throw error;
        outcome.notes.push(
          `no review comment for ${finding.file}:${finding.line}: the line is not part of the pull request's diff`,
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
        `review comments failed: ${status ? `HTTP ${status}` : (error as Error).message.split('\n')[0]}; findings are in the annotations and this summary`,
      );
    }
  }
  return outcome;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}
