// Trust boundary: keys go only to their own vendor. What a scanned repository, a saved report or a vendor's
// reply says can neither choose where a key is sent nor put a key into an output.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import ipaddr from 'ipaddr.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/types.js';
import { once, pinnedLookup, publicAddressOf } from '../../src/validate/http.js';
import { useTempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';
import { ROOT } from '../helpers/git.js';
import { spawnAsync } from '../helpers/spawn-async.js';
import { validateMemory } from '../helpers/validate.js';
import { keysSeen, maiagent, maxai, novamed, useEmulators } from '../helpers/vendor-emulator.js';

const servers: http.Server[] = [];
afterEach(() => Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done)))));

describe('addresses a key may be sent to', () => {
  it('refuses every special range, however the address is written', async () => {
    const special = [
      '[::ffff:7f00:1]', // loopback, IPv4-mapped in hex
      '[::ffff:a00:1]', // 10.0.0.1, IPv4-mapped in hex
      '224.0.0.1', // multicast
      '255.255.255.255', // broadcast
      '198.18.0.1', // benchmarking
      '192.0.0.8', // IETF protocol assignments
      '[64:ff9b::7f00:1]', // NAT64 of loopback
      '[2002:7f00:1::]', // 6to4 of loopback
      '[ff02::1]', // IPv6 multicast
      '0.1.2.3', // "this network"
    ];
    for (const host of special) expect(await publicAddressOf(host), host).toBeUndefined();
    expect((await publicAddressOf('93.184.215.14'))?.toString()).toBe('93.184.215.14');
  });

  it('connects to the address that was checked: the host name is not looked up again', async () => {
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(`${req.headers.host} ${req.url}`);
      res.end('{"ok":true}');
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // `.invalid` never resolves (RFC 6761): the request arrives only if the pinned address is used.
    const url = new URL(`http://vendor.invalid:${port}/v1/me`);
    const answer = await once({ url, pinned: pinnedLookup(ipaddr.parse('127.0.0.1')) }, 'GET', {}, 5_000);
    expect(answer).toMatchObject({ ok: true, status: 200, json: { ok: true } });
    expect(seen).toEqual([`vendor.invalid:${port} /v1/me`]);
  });
});

describe("a vendor's reply", () => {
  const emulator = useEmulators();

  it('cannot put the key, or markup, into the identity facts copied from it', async () => {
    const key = fakeKeys(1721).maxProd();
    const other = fakeKeys(1722).maxProd();
    // A hostile or broken endpoint echoes the key (and another key) in every identity field.
    const echo = await emulator((_req, _keys, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const app = { id: key, slug: '<img src=x onerror=alert(1)>' };
      res.end(
        JSON.stringify({
          code: 'success',
          data: { app, organization: { id: `org_${other}` }, scopes: [key, 'read:x'] },
        }),
      );
    });
    const [finding] = await validateMemory([{ path: '.env', content: `MAXAI_API_KEY=${key}\n` }], {
      'https://api.maxcare.ai': echo.url,
    });
    expect(finding?.validation?.status).toBe('valid');
    const detail = JSON.stringify(finding?.validation?.detail);
    expect(detail).not.toContain(key.slice(11, 27));
    expect(detail).not.toContain(other.slice(11, 27));
    expect(detail).not.toContain('<img');
    expect((finding!.validation!.detail as { app: { id: string } }).app.id).toMatch(/^ma…..$/);
    expect((finding!.validation!.detail as { scopes: string[] }).scopes[1]).toBe('read:x');
  });

  it('cannot put a part of the key into them either: the body, the secret half, a lower-cased copy', async () => {
    const keys = fakeKeys(1723);
    const key = keys.maxProd();
    const mai = keys.maiagent();
    const body = key.slice('max_prd_ak_'.length);
    const secretHalf = mai.split('.')[1]!;
    // Before: app.id and userId kept the key's body and MaiAgent's secret half as they came.
    const echo = await emulator((req, _keys, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url?.startsWith('/api/v1/users/current')) return res.end(JSON.stringify({ id: secretHalf }));
      const app = { id: body, slug: key.toLowerCase().slice(11) };
      res.end(JSON.stringify({ code: 'success', data: { app, scopes: [body.slice(0, 14), 'read:x'] } }));
    });
    const findings = await validateMemory(
      [{ path: '.env', content: `MAXAI_API_KEY=${key}\nMAIAGENT_API_KEY=${mai}\n` }],
      { 'https://api.maxcare.ai': echo.url, 'https://api.maiagent.ai': echo.url },
    );
    expect(findings.map((f) => f.validation?.status)).toEqual(['valid', 'valid']);
    const detail = JSON.stringify(findings.map((f) => f.validation?.detail)).toLowerCase();
    for (const secret of [body, secretHalf])
      for (let i = 0; i + 12 <= secret.length; i++) expect(detail).not.toContain(secret.slice(i, i + 12).toLowerCase());
    expect(detail).toContain('read:x');
  });
});

describe('keys whose vendor is not confirmed', () => {
  const emulator = useEmulators();

  it('are never sent: a host-less x-api-key and an unnamed Api-Key are unknown, vendor-unconfirmed', async () => {
    const keys = fakeKeys(1731);
    const header = keys.novamed();
    const scheme = keys.maiagent();
    const nova = await emulator(novamed(), {});
    const mai = await emulator(maiagent(), {});
    const content = `headers = {"x-api-key": "${header}"}\nauth = {"Authorization": "Api-Key ${scheme}"}\n`;
    const findings = await validateMemory([{ path: 'client.py', content }], {
      'https://feapi.novamed.care': nova.url,
      'https://api.maiagent.ai': mai.url,
    });
    const secrets = findings.filter((f) => f.kind === 'secret');
    expect(secrets.map((f) => [f.ruleId, f.vendorConfirmed])).toEqual([
      ['novamed-api-key', false],
      ['maiagent-api-key', false],
    ]);
    for (const f of secrets)
      expect(f.validation).toMatchObject({ status: 'unknown', detail: { reason: 'vendor-unconfirmed' } });
    expect(nova.seen).toEqual([]);
    expect(mai.seen).toEqual([]);
  });

  it('are sent once the vendor is named beside them', async () => {
    const key = fakeKeys(1732).novamed();
    const nova = await emulator(novamed(), { [key]: 'valid' });
    const content = `# NovaMed partner client\nheaders = {"x-api-key": "${key}"}\n`;
    const [finding] = await validateMemory([{ path: 'client.py', content }], {
      'https://feapi.novamed.care': nova.url,
    });
    expect(finding?.vendorConfirmed).toBe(true);
    expect(finding?.validation?.status).toBe('valid');
  });
});

/** Runs the built CLI without blocking this process, whose loopback emulators must keep answering. */
function keylint(args: string[], cwd: string, env: Record<string, string>) {
  const bin = path.join(ROOT, 'bin', 'keylint.js');
  return spawnAsync(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
}

describe('a saved report given to keylint validate', () => {
  const emulator = useEmulators();
  const tempRoot = useTempDir('keylint-sec-saved-report-');

  it('chooses neither the vendor, nor the confirmation, nor the file a key’s hints are read from', async () => {
    const root = tempRoot();
    const keys = fakeKeys(1741);
    const [nova, hostless, max] = [keys.novamed(), keys.novamed(), keys.maxProd()];
    writeTree(root, {
      'worker/.env': `NOVAMED_API_KEY=${nova}\n`,
      'client.py': `headers = {"x-api-key": "${hostless}"}\n`,
      'api/.env': `MAXAI_API_KEY=${max}\nMAXAI_ORG_ID=org_real01\n`,
      'decoy/.env': 'MAXAI_ORG_ID=org_attacker\n',
    });
    const servers = {
      max: await emulator(maxai(), { [max]: 'valid' }),
      nova: await emulator(novamed(), { [nova]: 'valid', [hostless]: 'valid' }),
      mai: await emulator(maiagent(), { [nova]: 'valid' }),
    };
    const env = {
      KEYLINT_VALIDATION_BASE_URL_MAXAI: servers.max.url,
      KEYLINT_VALIDATION_BASE_URL_NOVAMED: servers.nova.url,
      KEYLINT_VALIDATION_BASE_URL_MAIAGENT: servers.mai.url,
      KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS: '1',
    };
    const scan = await keylint(['scan', '.', '-f', 'json'], root, env);
    expect(scan.code).toBe(1);
    const report = JSON.parse(scan.stdout) as Report;
    const secretIn = (file: string) => report.findings.find((f) => f.kind === 'secret' && f.file === file)!;
    // The tampering: the NovaMed key relabelled as MaiAgent's, the unconfirmed key confirmed, and a copy of
    // the Max AI finding placed in a file whose organisation id the attacker chose.
    secretIn('worker/.env').vendor = 'maiagent';
    secretIn('client.py').vendorConfirmed = true;
    report.findings.push({ ...secretIn('api/.env'), file: 'decoy/.env', line: 1 } as Finding);
    fs.writeFileSync(path.join(root, 'report.json'), JSON.stringify(report));

    const run = await keylint(['validate', 'report.json', '-f', 'json', '--validation-timeout', '2000'], root, env);
    expect(run.stderr).toBe('');
    const validated = JSON.parse(run.stdout) as Report;
    expect(servers.mai.seen).toEqual([]);
    expect(keysSeen(servers.nova)).toContain(nova);
    expect(keysSeen(servers.nova)).not.toContain(hostless);
    expect(servers.max.seen.map((s) => s.headers['x-organization-id'])).toEqual(['org_real01']);
    const byFile = (file: string) => validated.findings.filter((f) => f.kind === 'secret' && f.file === file);
    expect(byFile('worker/.env')).toMatchObject([{ vendor: 'novamed', validation: { status: 'valid' } }]);
    expect(byFile('client.py')).toMatchObject([
      { vendorConfirmed: false, validation: { status: 'unknown', detail: { reason: 'vendor-unconfirmed' } } },
    ]);
    expect(byFile('decoy/.env')).toEqual([]);
    expect(run.stdout).not.toContain(max);
  });
});

describe('a MaiAgent base URL', () => {
  const emulator = useEmulators();
  const tempRoot = useTempDir('keylint-sec-base-url-');
  const ATTACKER = 'https://maiagent.attacker.example';
  const DEPLOYMENT = 'https://maiagent.clinic-intranet.example';

  it('beside a key in scanned content is never where the key goes, even with --allow-private-base-url', async () => {
    const root = tempRoot();
    const key = fakeKeys(1751).maiagent();
    // What a pull request can add: a real-looking key and a base URL of its choosing beside it.
    writeTree(root, { 'bot/.env': `MAIAGENT_API_KEY=${key}\nMAIAGENT_BASE_URL=${ATTACKER}/api\n` });
    const official = await emulator(maiagent(), { [key]: 'valid' });
    const attacker = await emulator(maiagent(), { [key]: 'valid' });
    const deployment = await emulator(maiagent(), { [key]: 'valid' });
    const env = {
      KEYLINT_VALIDATION_BASE_URL_MAIAGENT: official.url,
      KEYLINT_VALIDATION_ENDPOINTS: `${ATTACKER}=${attacker.url},${DEPLOYMENT}=${deployment.url}`,
      KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS: '1',
    };
    const validate = async (...extra: string[]) => {
      const run = await keylint(['scan', '.', '--validate', '-f', 'json', ...extra], root, env);
      expect(run.stderr).toBe('');
      return (JSON.parse(run.stdout) as Report).findings.find((f) => f.kind === 'secret')!.validation!;
    };
    expect(await validate('--allow-private-base-url')).toMatchObject({
      status: 'valid',
      detail: { host: 'https://api.maiagent.ai' },
    });
    expect(attacker.seen).toEqual([]);

    // The user's own choices still work: the flag, or the config's maiagentBaseUrl with the opt-in.
    expect(await validate('--maiagent-base-url', `${DEPLOYMENT}/api`)).toMatchObject({
      status: 'valid',
      detail: { host: DEPLOYMENT, privateBaseUrl: DEPLOYMENT },
    });
    fs.writeFileSync(path.join(root, '.keylint.json'), JSON.stringify({ maiagentBaseUrl: DEPLOYMENT }));
    expect(await validate('--allow-private-base-url')).toMatchObject({ detail: { host: DEPLOYMENT } });
    expect(keysSeen(deployment)).toEqual([`Api-Key ${key}`, `Api-Key ${key}`]);
    expect(attacker.seen).toEqual([]);
  });
});

describe('revoke --yes', () => {
  const emulator = useEmulators();
  const tempRoot = useTempDir('keylint-sec-revoke-');

  it("calls a revoke endpoint only for keys of that endpoint's environment", async () => {
    const root = tempRoot();
    const keys = fakeKeys(1761);
    const [staging, production, nova] = [keys.maxDev(), keys.maxProd(), keys.novamed()];
    writeTree(root, {
      'api/.env': `MAXAI_API_KEY=${staging}\n`,
      'api/prod.env': `MAXAI_API_KEY=${production}\n`,
      'worker/.env': `NOVAMED_API_KEY=${nova}\n`,
      // One endpoint per vendor, each on an official host of one environment.
      '.keylint.json': JSON.stringify({
        revoke: {
          maxai: 'https://api.maxcare.ai/v1/keys/revoke',
          novamed: 'https://novamed-feapidev.stackmod.info/api/external/keys/revoke',
        },
      }),
    });
    const max = {
      production: await emulator(maxai(), { [production]: 'valid' }),
      staging: await emulator(maxai(), { [staging]: 'valid' }),
    };
    const novaProduction = await emulator(novamed(), { [nova]: 'valid' });
    const novaDevelopment = await emulator(novamed(), {});
    const endpoints = {
      'https://api.maxcare.ai': max.production.url,
      'https://api.maxcare.dev': max.staging.url,
      'https://feapi.novamed.care': novaProduction.url,
      'https://novamed-feapidev.stackmod.info': novaDevelopment.url,
      'https://novamed-feapidev.nimbushealthcaretest.com': novaDevelopment.url,
    };
    const env = {
      KEYLINT_VALIDATION_ENDPOINTS: Object.entries(endpoints)
        .map(([origin, url]) => `${origin}=${url}`)
        .join(','),
      KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS: '1',
    };
    const run = await keylint(['revoke', '.', '--yes', '--validation-timeout', '2000'], root, env);
    expect(run.code).toBe(1);
    const posts = (server: { seen: Array<{ method: string; headers: http.IncomingHttpHeaders }> }) =>
      server.seen.filter((s) => s.method === 'POST').map((s) => s.headers.authorization ?? s.headers['x-api-key']);
    // The production key reaches the production endpoint; the staging key never does (nor any other host).
    expect(posts(max.production)).toEqual([`Bearer ${production}`]);
    expect(posts(max.staging)).toEqual([]);
    // A production NovaMed key is never posted to the development host's endpoint.
    expect(posts(novaDevelopment)).toEqual([]);
    expect(posts(novaProduction)).toEqual([]);
    expect(run.stderr).toContain(`maxai key …${staging.slice(-4)}: revoke endpoint not called`);
    expect(run.stderr).toContain(`novamed key …${nova.slice(-4)}: revoke endpoint not called`);
  });
});
