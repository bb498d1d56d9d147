// Runs the real scan and validation over in-memory files, with vendor origins pointed at loopback emulators.
import { hintsFor, occurrenceOf } from '../../src/validate/hints.js';
import { validateFindings, type ValidateOptions } from '../../src/validate/runner.js';
import type { Hints } from '../../src/validate/vendor.js';
import { scanMemory } from './scan.js';

/** Official origin → emulator URL. */
export type Endpoints = Record<string, string>;

/** Short times so that retries and timeouts cost milliseconds. */
export const FAST = { timeoutMs: 200, backoffMs: 5, retries: 2, maxRetryAfterMs: 2_000 } as const;

/** Scans `files`, validates every vendor finding against `endpoints`, returns the findings. */
export async function validateMemory(
  files: Array<{ path: string; content: string }>,
  endpoints: Endpoints,
  options: ValidateOptions = {},
) {
  const { report, secrets } = await scanMemory(files);
  const hints = new Map<string, Hints>();
  for (const f of report.findings)
    hints.set(occurrenceOf(f), hintsFor(f, files.find((x) => x.path === f.file)!.content));
  await validateFindings(report.findings, secrets, {
    ...FAST,
    hints,
    endpointOverrides: new Map(Object.entries(endpoints)),
    allowInsecureTestEndpoints: true,
    env: {},
    ...options,
  });
  return report.findings.filter((f) => f.kind === 'secret');
}
