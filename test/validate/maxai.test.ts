// Max AI live checks against a loopback emulator: every status, version fallback, hosts, retries, safety.
import { describe, expect, test } from 'vitest';
import { fakeKeys } from '../helpers/fake.js';
import { FAST, validateMemory } from '../helpers/validate.js';
import { keysSeen, maxai, useEmulators } from '../helpers/vendor-emulator.js';

const PROD = 'https://api.maxcare.ai';
const DEV = 'https://api.maxcare.dev';
const start = useEmulators();

const envFile = (key: string, extra = '') => [{ path: 'app/.env', content: `MAXAI_API_KEY=${key}\n${extra}` }];

describe('Max AI validation', () => {
  test('200 is valid with app, organisation and scopes; the org id near the key is sent', async () => {
    const key = fakeKeys(11).maxProd();
    const api = await start(maxai(), { [key]: 'valid' });
    const [f] = await validateMemory(envFile(key, 'MAXAI_ORG_ID=org_abc123\n'), { [PROD]: api.url });
    expect(f!.validation).toMatchObject({
      status: 'valid',
      detail: {
        host: PROD,
        apiVersion: 'v1',
        organizationGuessed: false,
        app: { id: 'app_01J5K8N2XRQV3M7YGWT4HB6E9C', slug: 'my-healthcare-app' },
        organizationId: 'org_abc123',
        scopes: ['read:marketplace', 'read:patients'],
      },
    });
    expect(Date.parse(f!.validation!.checkedAt)).not.toBeNaN();
    expect(api.seen).toHaveLength(1);
    expect(api.seen[0]!.method).toBe('GET');
    expect(api.seen[0]!.headers.authorization).toBe(`Bearer ${key}`);
    expect(api.seen[0]!.headers['x-organization-id']).toBe('org_abc123');
    expect(JSON.stringify(f)).not.toContain(key);
  });

  test('without an org id nearby a random UUID is sent and the detail says so', async () => {
    const key = fakeKeys(12).maxProd();
    const api = await start(maxai(), { [key]: 'valid' });
    const [f] = await validateMemory(envFile(key), { [PROD]: api.url });
    expect(f!.validation!.detail.organizationGuessed).toBe(true);
    expect(api.seen[0]!.headers['x-organization-id']).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  test('403 forbidden (scope) is valid-limited; 401 is invalid', async () => {
    const keys = fakeKeys(13);
    const limited = keys.maxProd();
    const revoked = keys.maxProd();
    const api = await start(maxai(), { [limited]: 'limited' });
    const found = await validateMemory(
      [...envFile(limited), { path: 'other/.env', content: `MAXAI_API_KEY=${revoked}\n` }],
      { [PROD]: api.url },
    );
    const byFile = Object.fromEntries(found.map((f) => [f.file, f.validation]));
    expect(byFile['app/.env']).toMatchObject({
      status: 'valid-limited',
      detail: { httpStatus: 403, requiredScope: 'read:marketplace' },
    });
    expect(byFile['other/.env']).toMatchObject({ status: 'invalid', detail: { host: PROD } });
  });

  test('a version that answers 404 outside the envelope falls back: /v1, then /v3, then /v2', async () => {
    const key = fakeKeys(14).maxProd();
    const api = await start(maxai(['v2']), { [key]: 'valid' });
    const [f] = await validateMemory(envFile(key), { [PROD]: api.url });
    expect(f!.validation).toMatchObject({ status: 'valid', detail: { apiVersion: 'v2' } });
    expect(api.seen.map((s) => s.path)).toEqual(['/v1/marketplace/me', '/v3/marketplace/me', '/v2/marketplace/me']);
  });

  test('no version answering at all is unknown (inconclusive)', async () => {
    const key = fakeKeys(15).maxProd();
    const api = await start(maxai([]), { [key]: 'valid' });
    const [f] = await validateMemory(envFile(key), { [PROD]: api.url });
    expect(f!.validation).toMatchObject({ status: 'unknown', detail: { reason: 'inconclusive' } });
  });

  test('staging keys go to the staging host, production keys to production', async () => {
    const keys = fakeKeys(16);
    const prodKey = keys.maxProd();
    const devKey = keys.maxDev();
    const prod = await start(maxai(), { [prodKey]: 'valid', [devKey]: 'valid' });
    const dev = await start(maxai(), { [prodKey]: 'valid', [devKey]: 'valid' });
    const found = await validateMemory(
      [
        { path: 'p/.env', content: `MAXAI_API_KEY=${prodKey}\n` },
        { path: 'd/.env', content: `MAXAI_API_KEY=${devKey}\n` },
      ],
      { [PROD]: prod.url, [DEV]: dev.url },
    );
    expect(
      found.map((f) => [f.file, f.validation!.status, f.validation!.detail.host, f.validation!.detail.environment]),
    ).toEqual([
      ['d/.env', 'valid', DEV, 'staging'],
      ['p/.env', 'valid', PROD, 'production'],
    ]);
    expect(keysSeen(prod)).toEqual([`Bearer ${prodKey}`]);
    expect(keysSeen(dev)).toEqual([`Bearer ${devKey}`]);
  });

  test('429 with Retry-After is retried after the wait, then answered', async () => {
    const key = fakeKeys(17).maxProd();
    const api = await start(maxai(), { [key]: { retryAfter: 1, times: 1 } });
    const [f] = await validateMemory(envFile(key), { [PROD]: api.url });
    expect(f!.validation!.status).toBe('valid');
    expect(api.seen).toHaveLength(2);
  });

  test('429 without Retry-After waits for X-RateLimit-Reset, then is answered', async () => {
    const key = fakeKeys(23).maxProd();
    const api = await start(maxai(), { [key]: { resetAfter: 1, times: 1 } });
    const [f] = await validateMemory(envFile(key), { [PROD]: api.url });
    expect(f!.validation!.status).toBe('valid');
    expect(api.seen).toHaveLength(2);
  });

  test('429 after every retry is unknown (rate-limited); a Retry-After beyond the cap stops early', async () => {
    const keys = fakeKeys(18);
    const always = keys.maxProd();
    const tooLong = keys.maxProd();
    const api = await start(maxai(), { [always]: 'rate-limited', [tooLong]: { retryAfter: 3600, times: 99 } });
    const found = await validateMemory(
      [...envFile(always), { path: 'x/.env', content: `MAXAI_API_KEY=${tooLong}\n` }],
      { [PROD]: api.url },
    );
    for (const f of found)
      expect(f.validation).toMatchObject({ status: 'unknown', detail: { reason: 'rate-limited', httpStatus: 429 } });
    const count = (k: string) => keysSeen(api).filter((h) => h === `Bearer ${k}`).length;
    expect(count(always)).toBe(FAST.retries + 1);
    expect(count(tooLong)).toBe(1);
  });

  test('5xx after retries is unknown (server-error); a slow answer is unknown (timeout)', async () => {
    const keys = fakeKeys(19);
    const broken = keys.maxProd();
    const slow = keys.maxProd();
    const api = await start(maxai(), { [broken]: 'server-error', [slow]: 'slow' });
    const found = await validateMemory(
      [...envFile(broken), { path: 'slow/.env', content: `MAXAI_API_KEY=${slow}\n` }],
      { [PROD]: api.url },
      { retries: 1 },
    );
    const byFile = Object.fromEntries(found.map((f) => [f.file, f.validation!.detail]));
    expect(byFile['app/.env']).toMatchObject({ reason: 'server-error', httpStatus: 503 });
    expect(byFile['slow/.env']).toMatchObject({ reason: 'timeout' });
    expect(keysSeen(api).filter((h) => h.endsWith(broken))).toHaveLength(2);
  });

  test('a refused connection is unknown (network)', async () => {
    const key = fakeKeys(20).maxProd();
    const api = await start(maxai());
    const url = api.url;
    await api.close();
    const [f] = await validateMemory(envFile(key), { [PROD]: url }, { retries: 0 });
    expect(f!.validation).toMatchObject({ status: 'unknown', detail: { reason: 'network' } });
  });

  test('a redirect is never followed: the other host never receives the key', async () => {
    const key = fakeKeys(21).maxProd();
    const thief = await start(maxai(), { [key]: 'valid' });
    const api = await start(maxai(), { [key]: { redirectTo: thief.url } });
    const [f] = await validateMemory(envFile(key), { [PROD]: api.url });
    expect(f!.validation).toMatchObject({ status: 'unknown', detail: { reason: 'redirect', httpStatus: 302 } });
    expect(thief.seen).toHaveLength(0);
    expect(api.seen).toHaveLength(1);
  });

  test('the same key in many places is checked once (single flight)', async () => {
    const key = fakeKeys(22).maxProd();
    const api = await start(maxai(), { [key]: 'valid' });
    const files = ['a', 'b', 'c', 'config/dev'].map((dir) => ({
      path: `${dir}/.env`,
      content: `MAXAI_API_KEY=${key}\n`,
    }));
    const found = await validateMemory(files, { [PROD]: api.url }, { concurrency: 4 });
    expect(found).toHaveLength(4);
    expect(found.every((f) => f.validation?.status === 'valid')).toBe(true);
    expect(api.seen).toHaveLength(1);
  });
});
