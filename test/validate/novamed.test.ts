// NovaMed's differential probe against loopback emulators of its production and development hosts.
import { afterEach, describe, expect, test } from 'vitest';
import { controlKey } from '../../src/validate/novamed.js';
import { fakeKeys } from '../helpers/fake.js';
import { validateMemory } from '../helpers/validate.js';
import { keysSeen, novamed, startEmulator, type Behaviour, type Emulator } from '../helpers/vendor-emulator.js';

const PROD = 'https://feapi.novamed.care';
const DEV1 = 'https://novamed-feapidev.stackmod.info';
const DEV2 = 'https://novamed-feapidev.nimbushealthcaretest.com';
const running: Emulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

/** Production and both development hosts, each with its own keys. */
async function hosts(
  prodKeys: Record<string, Behaviour> = {},
  devKeys: Record<string, Behaviour> = {},
  controlStatus = 401,
) {
  const prod = await startEmulator(novamed(controlStatus), prodKeys);
  const dev1 = await startEmulator(novamed(), {});
  const dev2 = await startEmulator(novamed(), devKeys);
  running.push(prod, dev1, dev2);
  return { prod, dev1, dev2, endpoints: { [PROD]: prod.url, [DEV1]: dev1.url, [DEV2]: dev2.url } };
}

const envFile = (key: string) => [
  { path: 'server/.env', content: `NOVAMED_API_KEY=${key}\nNOVAMED_CLINIC_ID=7e2c8cfe-b7a9-4deb-986d-e7012589e72b\n` },
];

describe('NovaMed differential probe', () => {
  test('control 401, candidate other → valid on production, dev hosts untouched, never a body', async () => {
    const key = fakeKeys(31).novamed();
    const { prod, dev1, dev2, endpoints } = await hosts({ [key]: 'valid' });
    const [f] = await validateMemory(envFile(key), endpoints);
    expect(f!.validation).toMatchObject({
      status: 'valid',
      detail: { host: PROD, probe: 'differential', httpStatus: 405 },
    });
    expect(prod.seen.map((s) => [s.method, s.path, s.body])).toEqual([
      ['GET', '/api/external/practitioner', ''],
      ['GET', '/api/external/practitioner', ''],
    ]);
    // The control goes first and has the key's shape but not its value.
    const [control, candidate] = keysSeen(prod);
    expect(candidate).toBe(key);
    expect(control).not.toBe(key);
    expect(control).toHaveLength(key.length);
    expect(dev1.seen.length + dev2.seen.length).toBe(0);
  });

  test('candidate 403 → valid-limited', async () => {
    const key = fakeKeys(32).novamed();
    const { endpoints } = await hosts({ [key]: 'limited' });
    const [f] = await validateMemory(envFile(key), endpoints);
    expect(f!.validation).toMatchObject({ status: 'valid-limited', detail: { httpStatus: 403 } });
  });

  test('rejected by production, accepted by a development host → valid there', async () => {
    const key = fakeKeys(33).novamed();
    const { dev1, dev2, endpoints } = await hosts({}, { [key]: 'valid' });
    const [f] = await validateMemory(envFile(key), endpoints);
    expect(f!.validation).toMatchObject({ status: 'valid', detail: { host: DEV2, environment: 'development' } });
    expect(keysSeen(dev1)).toContain(key);
    expect(keysSeen(dev2)).toContain(key);
  });

  test('control 401 and candidate 401 everywhere → invalid', async () => {
    const key = fakeKeys(34).novamed();
    const { endpoints } = await hosts();
    const [f] = await validateMemory(envFile(key), endpoints);
    expect(f!.validation).toMatchObject({ status: 'invalid', detail: { host: PROD, alsoRejectedBy: [DEV1, DEV2] } });
  });

  test('a control that is not refused makes the probe inconclusive, and the real key is never sent', async () => {
    const key = fakeKeys(35).novamed();
    const { prod, endpoints } = await hosts({ [key]: 'valid' }, {}, 405);
    const [f] = await validateMemory(envFile(key), endpoints);
    expect(f!.validation).toMatchObject({ status: 'unknown', detail: { reason: 'inconclusive', controlStatus: 405 } });
    expect(keysSeen(prod)).not.toContain(key);
  });

  test('5xx on the candidate is unknown (server-error), not invalid', async () => {
    const key = fakeKeys(36).novamed();
    const { endpoints } = await hosts({ [key]: 'server-error' });
    const [f] = await validateMemory(envFile(key), endpoints, { retries: 0 });
    expect(f!.validation).toMatchObject({ status: 'unknown', detail: { reason: 'server-error', host: PROD } });
  });

  test('the clinic id (an identifier) is never sent and never reported as a secret', async () => {
    const key = fakeKeys(37).novamed();
    const { prod, endpoints } = await hosts({ [key]: 'valid' });
    const found = await validateMemory(envFile(key), endpoints);
    expect(found).toHaveLength(1);
    expect(JSON.stringify(prod.seen)).not.toContain('7e2c8cfe');
  });

  test('control keys keep the shape: same length, same character classes, same separators', () => {
    const key = 'Ab3-' + fakeKeys(38).alnum(20);
    const control = controlKey(key);
    expect(control).not.toBe(key);
    expect(control.replace(/[A-Z]/g, 'A').replace(/[a-z]/g, 'a').replace(/\d/g, '0')).toBe(
      key.replace(/[A-Z]/g, 'A').replace(/[a-z]/g, 'a').replace(/\d/g, '0'),
    );
  });
});
