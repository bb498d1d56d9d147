// Validation on every scanning command, keys found only in history validated from a saved report, and
// hints kept per occurrence: the built CLI against loopback vendor emulators.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { zipOf } from '../helpers/archive.js';
import { fakeKeys } from '../helpers/fake.js';
import { gitEnv, ROOT, useRepos } from '../helpers/git.js';
import { spawnAsync } from '../helpers/spawn-async.js';
import { type Emulator, maiagent, maxai, novamed, startEmulator } from '../helpers/vendor-emulator.js';

const CLI = path.join(ROOT, 'bin', 'keylint.js');
const repos = useRepos({ initial: true });
const running: Emulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

/** Emulators answering `valid` for `live`; the environment that points keylint at them. */
async function emulate(live: string[]) {
  const keys = Object.fromEntries(live.map((k) => [k, 'valid' as const]));
  const max = await startEmulator(maxai(), keys);
  running.push(max, await startEmulator(novamed(), keys), await startEmulator(maiagent(), keys));
  const [, nova, mai] = running.slice(-3);
  const env = {
    KEYLINT_VALIDATION_BASE_URL_MAXAI: max.url,
    KEYLINT_VALIDATION_BASE_URL_NOVAMED: nova!.url,
    KEYLINT_VALIDATION_BASE_URL_MAIAGENT: mai!.url,
    KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS: '1',
  };
  return { max, env };
}

function keylint(cwd: string, args: string[], env: Record<string, string>) {
  return spawnAsync(process.execPath, [CLI, ...args], { cwd, env: gitEnv(env) });
}

type Found = { file: string; commit?: string; validation?: { status: string; detail: Record<string, unknown> } };

describe('--validate and --fail-on-live on every scanning command', () => {
  it.each([
    ['git', () => ['git', '.']],
    ['staged', () => ['staged']],
    ['diff', (base: string) => ['diff', `${base}..HEAD`]],
  ])(
    '%s validates what it finds, and fails on a live key only with --fail-on-live',
    { timeout: 120_000 },
    async (name, args) => {
      const keys = fakeKeys(1802);
      const live = keys.maxProd();
      const dead = keys.maxDev();
      const r = repos();
      const base = r.git('rev-parse', 'HEAD');
      r.commit({ 'a.env': `MAXAI_API_KEY=${live}\n` });
      r.write('b.env', `MAXAI_API_KEY=${live}\n`);
      r.git('add', 'b.env');
      const emu = await emulate([live]);
      const validated = await keylint(r.dir, [...args(base), '--validate', '--format', 'json'], emu.env);
      expect(validated.code).toBe(1);
      const findings = JSON.parse(validated.stdout).findings as Found[];
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((f) => f.validation?.status === 'valid')).toBe(true);
      expect(validated.stdout).not.toContain(live);

      // The same place with a dead key: found (exit 1 by severity) but not live (exit 0 with --fail-on-live).
      r.git('rm', '-q', '--cached', 'b.env');
      r.commit({ 'a.env': `MAXAI_API_KEY=${dead}\n`, 'b.env': null });
      r.write('b.env', `MAXAI_API_KEY=${dead}\n`);
      r.git('add', 'b.env');
      const head = r.git('rev-parse', 'HEAD');
      const onlyDead = await keylint(r.dir, [...args(`${head}~1`), '--fail-on-live', '--format', 'json'], emu.env);
      const statuses = (JSON.parse(onlyDead.stdout).findings as Found[]).map((f) => f.validation?.status);
      if (name === 'git') {
        // History still holds the live key: the run fails.
        expect(statuses).toContain('valid');
        expect(onlyDead.code).toBe(1);
      } else {
        expect(statuses.length).toBeGreaterThan(0);
        expect(statuses).toEqual(statuses.map(() => 'invalid'));
        expect(onlyDead.code).toBe(0);
      }
    },
  );
});

describe('keys found only in history', () => {
  it('are validated from a saved report: the blob its commit and path name holds the key', {
    timeout: 120_000,
  }, async () => {
    const live = fakeKeys(1803).maxProd();
    const r = repos();
    r.commit({ 'old.env': `MAXAI_API_KEY=${live}\nMAXAI_ORG_ID=org_hist42\n` });
    r.commit({ 'old.env': null });
    const emu = await emulate([live]);
    const saved = await keylint(r.dir, ['git', '.', '--format', 'json', '-o', path.join(r.dir, '.git', 'r.json')], {});
    expect(saved.code).toBe(1);
    const checked = await keylint(r.dir, ['validate', path.join(r.dir, '.git', 'r.json'), '--format', 'json'], emu.env);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(1);
    const findings = JSON.parse(checked.stdout).findings as Found[];
    expect(findings.map((f) => [f.file, f.validation?.status])).toContainEqual(['old.env', 'valid']);
    // The hint beside the key in that blob went with the request.
    expect(emu.max.seen.map((s) => s.headers['x-organization-id'])).toContain('org_hist42');
  });
});

describe('keys found inside archives', () => {
  it('are validated from a saved report: the archive on disk is scanned again for them', {
    timeout: 120_000,
  }, async () => {
    const live = fakeKeys(1806).maxProd();
    const r = repos();
    r.write('bundle.zip', zipOf([{ name: 'app/.env', content: `MAXAI_API_KEY=${live}\n` }]));
    const emu = await emulate([live]);
    const report = path.join(r.dir, '.git', 'r.json');
    expect((await keylint(r.dir, ['scan', '.', '--format', 'json', '-o', report], {})).code).toBe(1);
    const checked = await keylint(r.dir, ['validate', report, '--format', 'json'], emu.env);
    expect(checked.code).toBe(1);
    const findings = JSON.parse(checked.stdout).findings as Found[];
    expect(findings.map((f) => [f.file, f.validation?.status])).toContainEqual(['bundle.zip!app/.env', 'valid']);
    expect(checked.stdout).not.toContain(live);
  });
});

describe('validation hints', () => {
  it('belong to each occurrence: the same key in two files is checked with the organisation beside each', {
    timeout: 120_000,
  }, async () => {
    const live = fakeKeys(1804).maxProd();
    const r = repos();
    r.write('team-a/.env', `MAXAI_API_KEY=${live}\nMAXAI_ORG_ID=org_teama1\n`);
    r.write('team-b/.env', `MAXAI_API_KEY=${live}\nMAXAI_ORG_ID=org_teamb2\n`);
    const emu = await emulate([live]);
    const run = await keylint(r.dir, ['scan', '.', '--validate', '--format', 'json'], emu.env);
    expect(run.code).toBe(1);
    const orgs = emu.max.seen.map((s) => s.headers['x-organization-id']).sort();
    expect(orgs).toEqual(['org_teama1', 'org_teamb2']);
  });
});
