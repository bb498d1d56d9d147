// The safety rules of validation: each key to its own vendor only, no unasked-for overrides, no private
// addresses, the rate cap.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { RateCap, overridesFromEnv, probe, publicAddressOf } from '../../src/validate/http.js';
import { VALIDATORS, httpOptions } from '../../src/validate/runner.js';
import { fakeKeys } from '../helpers/fake.js';
import { validateMemory } from '../helpers/validate.js';
import { keysSeen, maiagent, maxai, novamed, startEmulator, type Emulator } from '../helpers/vendor-emulator.js';

const running: Emulator[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(running.splice(0).map((e) => e.close()));
});

describe('validation safety', () => {
  test('no key is ever sent to another vendor', async () => {
    const keys = fakeKeys(51);
    const [maxKey, novaKey, maiKey] = [keys.maxProd(), keys.novamed(), keys.maiagent()];
    const all = { [maxKey]: 'valid', [novaKey]: 'valid', [maiKey]: 'valid' } as const;
    const max = await startEmulator(maxai(), all);
    const nova = await startEmulator(novamed(), all);
    const mai = await startEmulator(maiagent(), all);
    running.push(max, nova, mai);
    const endpoints = Object.fromEntries([
      ...VALIDATORS.maxai.origins.map((o) => [o, max.url]),
      ...VALIDATORS.novamed.origins.map((o) => [o, nova.url]),
      ...VALIDATORS.maiagent.origins.map((o) => [o, mai.url]),
    ]);
    const content = `MAXAI_API_KEY=${maxKey}\nNOVAMED_API_KEY=${novaKey}\nMAIAGENT_API_KEY=${maiKey}\n`;
    const found = await validateMemory([{ path: '.env', content }], endpoints);
    expect(found.map((f) => [f.vendor, f.validation!.status]).sort()).toEqual([
      ['maiagent', 'valid'],
      ['maxai', 'valid'],
      ['novamed', 'valid'],
    ]);
    const leaked = (e: Emulator, others: string[]) => keysSeen(e).some((h) => others.some((k) => h.includes(k)));
    expect(leaked(max, [novaKey, maiKey])).toBe(false);
    expect(leaked(nova, [maxKey, maiKey])).toBe(false);
    expect(leaked(mai, [maxKey, novaKey])).toBe(false);
  });

  test('a probe to an origin outside the vendor set is refused before any request', async () => {
    const api = await startEmulator(maxai());
    running.push(api);
    const options = {
      ...httpOptions({ env: {} }),
      endpointOverrides: new Map([['https://evil.example', api.url]]),
      allowInsecureTestEndpoints: true,
    };
    const reply = await probe(
      { origin: 'https://evil.example', path: '/v1/marketplace/me', headers: { authorization: 'Bearer x' } },
      new Set(VALIDATORS.maxai.origins),
      new RateCap(10),
      options,
    );
    expect(reply).toEqual({ ok: false, reason: 'refused' });
    expect(api.seen).toHaveLength(0);
  });

  test('an override is ignored unless insecure test endpoints are explicitly allowed', async () => {
    const api = await startEmulator(maxai());
    running.push(api);
    const options = {
      ...httpOptions({ env: {} }),
      endpointOverrides: new Map([['https://api.maxcare.ai', api.url]]),
      allowInsecureTestEndpoints: false,
    };
    const reply = await probe(
      { origin: 'https://api.maxcare.ai', path: '/v1/marketplace/me', headers: {} },
      new Set(VALIDATORS.maxai.origins),
      new RateCap(10),
      options,
    );
    expect(reply).toEqual({ ok: false, reason: 'refused' });
    expect(api.seen).toHaveLength(0);
  });

  test('environment overrides need KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS=1', () => {
    const origins = { maxai: ['https://api.maxcare.ai'], novamed: [], maiagent: [] };
    expect(() => overridesFromEnv({ KEYLINT_VALIDATION_BASE_URL_MAXAI: 'http://127.0.0.1:9' }, origins)).toThrow(
      UsageError,
    );
    const map = overridesFromEnv(
      { KEYLINT_VALIDATION_BASE_URL_MAXAI: 'http://127.0.0.1:9', KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS: '1' },
      origins,
    );
    expect([...map]).toEqual([['https://api.maxcare.ai', 'http://127.0.0.1:9']]);
    const pairs = overridesFromEnv(
      {
        KEYLINT_VALIDATION_ENDPOINTS:
          'https://api.maxcare.dev=http://127.0.0.1:7, https://feapi.novamed.care=http://127.0.0.1:8',
        KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS: '1',
      },
      origins,
    );
    expect([...pairs]).toEqual([
      ['https://api.maxcare.dev', 'http://127.0.0.1:7'],
      ['https://feapi.novamed.care', 'http://127.0.0.1:8'],
    ]);
  });

  test('a host that is or resolves to a loopback or private address is refused without the test override', async () => {
    const reply = await probe(
      { origin: 'https://localhost', path: '/', headers: {} },
      new Set(['https://localhost']),
      new RateCap(10),
      httpOptions({ env: {} }),
    );
    expect(reply).toEqual({ ok: false, reason: 'refused' });
    for (const host of ['127.0.0.1', '10.1.2.3', '192.168.0.1', '172.20.0.1', '169.254.169.254', '[::1]', 'localhost'])
      expect(await publicAddressOf(host)).toBeUndefined();
    for (const host of ['8.8.8.8', '[2001:4860::8888]']) expect(await publicAddressOf(host)).toBeDefined();
  });

  test('no more keys are checked at once than the concurrency allows', async () => {
    const keys = fakeKeys(52);
    const all = Array.from({ length: 6 }, () => keys.maxProd());
    const api = await startEmulator(maxai(), Object.fromEntries(all.map((k) => [k, 'valid' as const])), 30);
    running.push(api);
    const files = all.map((k, i) => ({ path: `s${i}/.env`, content: `MAXAI_API_KEY=${k}\n` }));
    const found = await validateMemory(files, { 'https://api.maxcare.ai': api.url }, { concurrency: 2 });
    expect(found.every((f) => f.validation?.status === 'valid')).toBe(true);
    expect(api.seen).toHaveLength(6);
    expect(api.maxInFlight).toBeLessThanOrEqual(2);
  });

  test('the rate cap holds the request beyond the per-minute budget until the window moves', async () => {
    vi.useFakeTimers();
    const cap = new RateCap(2);
    await cap.take();
    await cap.take();
    let third = false;
    const pending = cap.take().then(() => (third = true));
    await vi.advanceTimersByTimeAsync(59_000);
    expect(third).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    await pending;
    expect(third).toBe(true);
  });
});
