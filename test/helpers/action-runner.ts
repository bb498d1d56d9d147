// Runs the bundled Action entry point (dist/action.js) in a simulated runner environment.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnAsync } from './spawn-async.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = path.join(ROOT, 'dist', 'action.js');

/** What one Action run left behind. */
export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs the Action in `workspace` for `eventName` with `payload`; `inputs` become `INPUT_*` variables.
 * Asynchronous, so that a loopback API served by this same process can answer.
 */
export async function runAction(options: {
  workspace: string;
  runnerTemp: string;
  eventName: string;
  payload: unknown;
  inputs: Record<string, string>;
  apiUrl?: string;
  /** The Action's entry point; default this checkout's dist/action.js. */
  main?: string;
}): Promise<ActionRun> {
  const dir = fs.mkdtempSync(path.join(options.runnerTemp, 'run-'));
  const eventPath = path.join(dir, 'event.json');
  const outputPath = path.join(dir, 'output');
  const summaryPath = path.join(dir, 'summary.md');
  fs.writeFileSync(eventPath, JSON.stringify(options.payload));
  fs.writeFileSync(outputPath, '');
  fs.writeFileSync(summaryPath, '');
  // The host's own runner variables must not leak into the simulated run.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('INPUT_')),
  );
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, {
    NO_COLOR: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'acme/clinic-web',
    ...(options.apiUrl ? { GITHUB_API_URL: options.apiUrl } : {}),
  });
  const run = await spawnAsync(process.execPath, [options.main ?? MAIN], { cwd: options.workspace, env });
  const outputs = parseOutputs(fs.readFileSync(outputPath, 'utf8'));
  return {
    code: run.code,
    stdout: run.stdout,
    stderr: run.stderr,
    outputs,
    summary: fs.readFileSync(summaryPath, 'utf8'),
  };
}

/**
 * The runner's output file: `name=value` lines, and the `name<<DELIMITER` … `DELIMITER` blocks that @actions/core
 * writes.
 */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const end = lines.indexOf(block[2]!, i + 1);
      outputs[block[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** A `pull_request` event payload. */
export function pullRequestPayload(options: { number: number; baseSha: string; headSha: string; headRepo?: string }) {
  return {
    number: options.number,
    pull_request: {
      number: options.number,
      base: { sha: options.baseSha, repo: { full_name: 'acme/clinic-web' } },
      head: { sha: options.headSha, repo: { full_name: options.headRepo ?? 'acme/clinic-web' } },
    },
  };
}
