// `keylint staged` writes its report through the descriptor (src/stdout.ts), never building process.stdout: the
// report must still arrive whole into a slow reader, also when the descriptor is non-blocking, and a reader that
// stops early must not turn findings into a crash.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fakeKeys } from '../helpers/fake.js';
import { gitEnv, ROOT, useRepos } from '../helpers/git.js';

const keys = fakeKeys(19);
const NODE = `"${process.execPath}"`;
const CLI = `${NODE} "${ROOT}/bin/keylint.js" staged --format json`;
const HAS_PERL = spawnSync('perl', ['-e', '1']).status === 0;
/** Far more JSON than a pipe holds (64 KB). */
const MANY = 400;

describe('keylint staged writing its report', () => {
  const repo = useRepos({ initial: true });

  const stagedKeys = () => {
    const r = repo();
    r.write('keys.env', Array.from({ length: MANY }, (_, i) => `KEY_${i}_MAXAI_API_KEY=${keys.maxProd()}`).join('\n'));
    r.git('add', '-A');
    return r.dir;
  };
  const bash = (dir: string, line: string) =>
    spawnSync('bash', ['-c', `set -o pipefail; ${line}`], { cwd: dir, env: gitEnv(), encoding: 'utf8' });

  it('arrives whole into a reader that waits before reading', () => {
    const run = bash(stagedKeys(), `${CLI} | (sleep 1; cat)`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).findings).toHaveLength(MANY);
  });

  // perl sets O_NONBLOCK on the pipe and execs keylint, which inherits it so (a Node parent would not do: libuv
  // makes a child's stdio blocking again).
  it.skipIf(!HAS_PERL)('arrives whole through a non-blocking descriptor (EAGAIN once the pipe is full)', () => {
    const nonBlocking = `perl -MFcntl -e 'fcntl(STDOUT, F_SETFL, fcntl(STDOUT, F_GETFL, 0) | O_NONBLOCK) or die; exec @ARGV'`;
    const run = bash(stagedKeys(), `${nonBlocking} ${CLI} | (sleep 1; cat)`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).findings).toHaveLength(MANY);
  });

  it('drops the rest for a reader that stops early, and still exits 1', () => {
    const run = bash(stagedKeys(), `${CLI} | head -c 1 >/dev/null`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });
});
