// `keylint audit --org ORG | --user USER`: every repository of an owner, optionally one shard of them.
import path from 'node:path';
import { UsageError } from '../errors.js';
import { defineCommand } from './command.js';
import { emitSavedReport, parseFormat, parseSeverity, withOutputFlags } from './output.js';

/** The `audit` command. */
export const auditCommand = defineCommand({
  command: 'audit',
  describe: 'Clone and scan every repository of a GitHub organisation or user (token from GITHUB_TOKEN)',
  builder: (yargs) =>
    withOutputFlags(yargs)
      .option('org', { type: 'string', describe: 'GitHub organisation' })
      .option('user', { type: 'string', describe: 'GitHub user' })
      .conflicts('org', 'user')
      .option('include-archived', { type: 'boolean', default: false, describe: 'Also audit archived repositories' })
      .option('include-forks', { type: 'boolean', default: false, describe: 'Also audit forks' })
      .option('history', {
        type: 'boolean',
        default: false,
        describe: 'Full clones scanned with `keylint git` (default: shallow working trees)',
      })
      .option('shard', { type: 'string', describe: 'Audit only shard k of n (k/n) of the sorted repository list' })
      .option('api-url', {
        type: 'string',
        describe: 'GitHub API base (default: $GITHUB_API_URL or https://api.github.com)',
      })
      .option('git-url-base', {
        type: 'string',
        describe:
          "Clone URL base or template with {owner}, {repo}, {full_name} (default: $KEYLINT_GIT_URL_BASE, else the API's " +
          'clone_url)',
      })
      .option('max-rate-wait', {
        type: 'number',
        default: 900,
        describe: 'Longest wait in seconds for a rate-limit reset before failing',
      })
      .option('trust-repo-config', {
        type: 'boolean',
        default: false,
        describe:
          "Apply each repository's own .keylint.json (by default ignored: a repository must not silence its audit)",
      })
      .option('repo-timeout', {
        type: 'number',
        default: 1800,
        describe: 'Longest clone and scan of one repository, in seconds; a slower one becomes a note',
      }),
  run: async (argv) => {
    const format = parseFormat(argv.format);
    const failOn = parseSeverity(argv['fail-on']);
    const owner = argv.org ?? argv.user;
    if (!owner) throw new UsageError('name whose repositories to audit: --org ORG or --user USER');
    const { parseShard } = await import('../audit/shard.js');
    const { runAudit } = await import('../audit/audit.js');
    const report = await runAudit({
      owner,
      kind: argv.org ? 'org' : 'user',
      token: process.env.KEYLINT_GITHUB_TOKEN || process.env.GITHUB_TOKEN || undefined,
      apiUrl: argv['api-url'] ?? (process.env.GITHUB_API_URL || 'https://api.github.com'),
      gitUrlBase: argv['git-url-base'] || process.env.KEYLINT_GIT_URL_BASE || undefined,
      includeArchived: argv['include-archived'],
      includeForks: argv['include-forks'],
      maxRateWaitSeconds: argv['max-rate-wait'],
      repoTimeoutSeconds: positiveSeconds(argv['repo-timeout']),
      history: argv.history,
      trustRepoConfig: argv['trust-repo-config'],
      shard: argv.shard === undefined ? undefined : parseShard(argv.shard),
      scanFlags: [
        ...(argv.config ? ['--config', path.resolve(argv.config)] : []),
        ...(argv['show-secrets'] ? ['--show-secrets'] : []),
      ],
    });
    return emitSavedReport(report, { format, output: argv.output, failOn, color: argv.color });
  },
});

function positiveSeconds(value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new UsageError(`--repo-timeout must be a number of seconds above 0, not ${value}`);
  }
  return value;
}
