// The vendors' own documentation: no secret (their placeholders are not keys), and the one genuine
// misuse in it is reported as a usage lint without failing the run unless --fail-on-usage.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'seeds');
const available = fs.existsSync(SEEDS);
if (!available && process.env.CI) throw new Error(`${SEEDS} is missing: CI runs with shared/ beside the repository`);

describe.skipIf(!available)('keylint scan ../shared/seeds', () => {
  it('reports no secret and exits 0', () => {
    const run = runCli(['scan', SEEDS, '--format', 'json'], process.cwd());
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.filter((f) => f.kind !== 'usage')).toEqual([]);
    // NovaMed's "Create a Patient" example posts a name and date of birth to its development host,
    // which the same page forbids: a true positive of the usage lint.
    expect(report.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual([
      'novamed-phi-to-dev-host 003_e6053736a33e31a2.txt',
    ]);
  });

  it('fails on usage lints only when asked', () => {
    expect(runCli(['scan', SEEDS, '--format', 'json', '--fail-on-usage'], process.cwd()).code).toBe(1);
  });
});
