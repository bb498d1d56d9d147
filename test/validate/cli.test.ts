// End to end: the built CLI with vendor origins pointed at loopback emulators through the environment.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeKeys } from '../helpers/fake.js';
import { maiagent, maxai, novamed, startEmulator, type Emulator } from '../helpers/vendor-emulator.js';

const BIN = path.resolve('bin/keylint.js');
const running: Emulator[] = [];
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-validate-'));
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI asynchronously (the emulators live in this process and must keep answering). */
function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Emulators for every vendor, and the environment that points keylint at them. */
async function emulate(keys: Record<string, 'valid' | 'limited'>) {
  const max = await startEmulator(maxai(), keys);
  const nova = await startEmulator(novamed(), keys);
  const mai = await startEmulator(maiagent(), keys);
  running.push(max, nova, mai);
  const env = {
    KEYLINT_VALIDATION_BASE_URL_MAXAI: max.url,
    KEYLINT_VALIDATION_BASE_URL_NOVAMED: nova.url,
    KEYLINT_VALIDATION_BASE_URL_MAIAGENT: mai.url,
    KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS: '1',
  };
  return { max, nova, mai, env, requests: () => max.seen.length + nova.seen.length + mai.seen.length };
}

function write(file: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
}

describe('keylint validation CLI', () => {
  test('scan without --validate never sends a request and carries no validation', async () => {
    const key = fakeKeys(61).maxProd();
    write('.env', `MAXAI_API_KEY=${key}\n`);
    const emu = await emulate({ [key]: 'valid' });
    const { code, stdout } = await run(['scan', '.', '--format', 'json'], emu.env);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings[0].validation).toBeUndefined();
    expect(emu.requests()).toBe(0);
  });

  test('scan --validate puts validation in the JSON; --fail-on-live fails only on live keys', async () => {
    const keys = fakeKeys(62);
    const live = keys.maxProd();
    const dead = keys.novamed();
    write('api/.env', `MAXAI_API_KEY=${live}\nMAXAI_ORG_ID=org_abc123\n`);
    write('worker/.env', `NOVAMED_API_KEY=${dead}\n`);
    const emu = await emulate({ [live]: 'valid' });
    const json = await run(['scan', '.', '--validate', '--format', 'json', '--validation-timeout', '2000'], emu.env);
    const findings = JSON.parse(json.stdout).findings as Array<{
      file: string;
      validation: { status: string; detail: Record<string, unknown> };
    }>;
    expect(findings.map((f) => [f.file, f.validation.status])).toEqual([
      ['api/.env', 'valid'],
      ['worker/.env', 'invalid'],
    ]);
    expect(findings[0]!.validation.detail).toMatchObject({
      organizationId: 'org_abc123',
      app: { slug: 'my-healthcare-app' },
    });
    expect(json.stdout).not.toContain(live);
    expect((await run(['scan', '.', '--fail-on-live', '--format', 'json'], emu.env)).code).toBe(1);
    expect((await run(['scan', 'worker', '--fail-on-live', '--format', 'json'], emu.env)).code).toBe(0);
    const human = await run(['scan', '.', '--validate', '--format', 'human'], emu.env);
    expect(human.stdout).toContain('live check: valid');
    expect(human.stdout).toContain('live check: invalid');
  });

  test('validate <report.json> recovers keys by fingerprint from the files and never writes them', async () => {
    const key = fakeKeys(63).maiagent();
    write('bot/.env', `MAIAGENT_API_KEY=${key}\n`);
    const emu = await emulate({ [key]: 'limited' });
    expect((await run(['scan', '.', '--format', 'json', '--output', 'report.json'], emu.env)).code).toBe(1);
    expect(emu.requests()).toBe(0);
    const result = await run(['validate', 'report.json', '--format', 'json', '--output', 'validated.json'], emu.env);
    expect(result.code).toBe(1);
    const text = fs.readFileSync(path.join(dir, 'validated.json'), 'utf8');
    expect(text).not.toContain(key);
    expect(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).not.toContain(key);
    expect(JSON.parse(text).findings[0].validation).toMatchObject({ status: 'valid-limited' });
  });

  test('validate says unknown when a report key can no longer be found in its file', async () => {
    const key = fakeKeys(64).maxDev();
    write('.env', `MAXAI_API_KEY=${key}\n`);
    const emu = await emulate({});
    await run(['scan', '.', '--format', 'json', '--output', 'report.json'], emu.env);
    write('.env', 'MAXAI_API_KEY=\n');
    const result = await run(['validate', 'report.json', '--format', 'json'], emu.env);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).findings[0].validation).toMatchObject({
      status: 'unknown',
      detail: { reason: 'inconclusive', cause: 'secret-not-recovered' },
    });
    expect(emu.requests()).toBe(0);
  });

  // Seven CLI runs, each validating: more than the default timeout on a loaded machine.
  test('revoke prints a ticket per live key with the vendor steps; --verify reports dead keys after revocation', {
    timeout: 120_000,
  }, async () => {
    const keys = fakeKeys(65);
    const maxKey = keys.maxProd();
    const novaKey = keys.novamed();
    write('a/.env', `MAXAI_API_KEY=${maxKey}\n`);
    write('b/.env', `MAXAI_API_KEY=${maxKey}\nNOVAMED_API_KEY=${novaKey}\n`);
    const emu = await emulate({ [maxKey]: 'valid', [novaKey]: 'valid' });
    const tickets = await run(['revoke', '.'], emu.env);
    expect(tickets.code).toBe(1);
    expect(tickets.stdout).toContain(`maxai key …${maxKey.slice(-4)} [valid]`);
    expect(tickets.stdout).toContain('Marketplace → Your App → Settings → API Keys');
    expect(tickets.stdout).toContain('app.maxcare.ai');
    expect(tickets.stdout).toContain('api@nimbus-os.com');
    expect(tickets.stdout).toContain('found in: a/.env:1, b/.env:1');
    expect(tickets.stdout).toContain('2 live keys to revoke');
    expect(tickets.stdout).not.toContain(maxKey);
    expect(tickets.stdout).not.toContain(novaKey);
    const asJson = JSON.parse((await run(['revoke', '.', '--format', 'json'], emu.env)).stdout);
    expect(asJson.tickets.map((t: { vendor: string }) => t.vendor).sort()).toEqual(['maxai', 'novamed']);

    // A validated report remembers which keys were live.
    expect((await run(['scan', '.', '--validate', '--format', 'json', '-o', 'before.json'], emu.env)).code).toBe(1);

    // The owners revoke: the emulators now refuse the keys.
    emu.max.keys.clear();
    emu.nova.keys.clear();
    const verify = await run(['revoke', '--report', 'before.json', '--verify'], emu.env);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain(`maxai key …${maxKey.slice(-4)} [now dead]`);
    expect(verify.stdout).toContain('0 live keys to revoke, 2 revoked.');
    // Without a record of them live, refused keys are only invalid: nothing is counted as revoked.
    const unrecorded = await run(['revoke', '.', '--verify'], emu.env);
    expect(unrecorded.code).toBe(0);
    expect(unrecorded.stdout).toContain(`maxai key …${maxKey.slice(-4)} [invalid]`);
    expect(unrecorded.stdout).toContain('0 live keys to revoke, 0 revoked, 2 invalid, not known to have been live.');
  });

  test('revoke --verify exits 1 while a key has no answer (a timeout is not a dead key)', async () => {
    const keys = fakeKeys(68);
    const maxKey = keys.maxProd();
    write('.env', `MAXAI_API_KEY=${maxKey}\n`);
    const emu = await emulate({});
    emu.max.keys.set(maxKey, 'server-error');
    const verify = await run(['revoke', '.', '--verify', '--validation-timeout', '500'], emu.env);
    expect(verify.stdout).toContain(`maxai key …${maxKey.slice(-4)} [unknown:`);
    expect(verify.code).toBe(1);
    // Without --verify, only a live key keeps the exit at 1.
    expect((await run(['revoke', '.', '--validation-timeout', '500'], emu.env)).code).toBe(0);
  });

  test('a configured revoke endpoint is called only with --yes', async () => {
    const key = fakeKeys(66).maxProd();
    write('.env', `MAXAI_API_KEY=${key}\n`);
    write('.keylint.json', JSON.stringify({ revoke: { maxai: 'https://api.maxcare.ai/v1/keys/revoke' } }));
    const emu = await emulate({ [key]: 'valid' });
    await run(['revoke', '.'], emu.env);
    expect(emu.max.seen.filter((s) => s.method === 'POST')).toHaveLength(0);
    const yes = await run(['revoke', '.', '--yes'], emu.env);
    expect(emu.max.seen.filter((s) => s.method === 'POST').map((s) => s.path)).toEqual(['/v1/keys/revoke']);
    expect(yes.stderr).toContain('revoke endpoint answered 404');
  });

  test('overrides without the explicit insecure opt-in are a usage error (exit 2)', async () => {
    write('.env', `MAXAI_API_KEY=${fakeKeys(67).maxProd()}\n`);
    const result = await run(['scan', '.', '--validate', '--format', 'json'], {
      KEYLINT_VALIDATION_BASE_URL_MAXAI: 'http://127.0.0.1:9',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS=1');
  });
});
