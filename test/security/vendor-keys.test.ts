// Trust boundary: keys go only to their own vendor. What a scanned repository, a saved report or a vendor's
// reply says can neither choose where a key is sent nor put a key into an output.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import ipaddr from 'ipaddr.js';
import { afterEach, describe, expect, it } from 'vitest';
import { once, pinnedLookup, publicAddressOf } from '../../src/validate/http.js';
import { fakeKeys } from '../helpers/fake.js';
import { validateMemory } from '../helpers/validate.js';
import { maiagent, novamed, useEmulators } from '../helpers/vendor-emulator.js';

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
