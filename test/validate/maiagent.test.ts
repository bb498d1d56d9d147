// MaiAgent live checks: Api-Key scheme, the user route then the chatbot list, and private deployments.
import { describe, expect, test } from 'vitest';
import { fakeKeys } from '../helpers/fake.js';
import { validateMemory } from '../helpers/validate.js';
import { keysSeen, maiagent, useEmulators } from '../helpers/vendor-emulator.js';

const OFFICIAL = 'https://api.maiagent.ai';
const PRIVATE = 'https://maiagent.clinic-intranet.example';
const start = useEmulators();

const envFile = (key: string, extra = '') => [{ path: 'bot/.env', content: `MAIAGENT_API_KEY=${key}\n${extra}` }];

describe('MaiAgent validation', () => {
  test('200 on the current user is valid with only the user id kept (never apiKeys, never the email)', async () => {
    const key = fakeKeys(41).maiagent();
    const api = await start(maiagent(), { [key]: 'valid' });
    const [f] = await validateMemory(envFile(key), { [OFFICIAL]: api.url });
    expect(f!.validation).toMatchObject({ status: 'valid', detail: { host: OFFICIAL, userId: 'user-42' } });
    expect(api.seen.map((s) => s.path)).toEqual(['/api/v1/users/current/']);
    expect(api.seen[0]!.headers.authorization).toBe(`Api-Key ${key}`);
    const text = JSON.stringify(f);
    expect(text).not.toContain(key);
    expect(text).not.toContain('apiKeys');
    expect(text).not.toContain('owner@example.com');
  });

  test('user route refused but chatbot list allowed → valid-limited', async () => {
    const key = fakeKeys(42).maiagent();
    const api = await start(maiagent(), { [key]: 'limited' });
    const [f] = await validateMemory(envFile(key), { [OFFICIAL]: api.url });
    expect(f!.validation).toMatchObject({ status: 'valid-limited', detail: { checkedWith: 'chatbots' } });
    expect(api.seen.map((s) => s.path)).toEqual(['/api/v1/users/current/', '/api/v1/chatbots/?page=1&pageSize=1']);
  });

  test('refused on both routes → invalid', async () => {
    const key = fakeKeys(43).maiagent();
    const api = await start(maiagent());
    const [f] = await validateMemory(envFile(key), { [OFFICIAL]: api.url });
    expect(f!.validation).toMatchObject({ status: 'invalid', detail: { host: OFFICIAL } });
  });

  test('a base URL next to the key is never asked: the key stays off that host', async () => {
    const key = fakeKeys(44).maiagent();
    const publicApi = await start(maiagent());
    const privateApi = await start(maiagent(), { [key]: 'valid' });
    const [f] = await validateMemory(envFile(key, `MAIAGENT_BASE_URL=${PRIVATE}/api\n`), {
      [OFFICIAL]: publicApi.url,
      [PRIVATE]: privateApi.url,
    });
    expect(privateApi.seen).toHaveLength(0);
    expect(publicApi.seen).toHaveLength(2);
    // Refused by the public host is no proof of death for a private deployment's key.
    expect(f!.validation).toMatchObject({
      status: 'unknown',
      detail: { reason: 'inconclusive', privateBaseUrlSeen: PRIVATE },
    });
  });

  test("the user's private deployment gets the key, and only it; the output names it", async () => {
    const key = fakeKeys(45).maiagent();
    const publicApi = await start(maiagent(), { [key]: 'valid' });
    const privateApi = await start(maiagent(), { [key]: 'valid' });
    const [f] = await validateMemory(
      envFile(key),
      { [OFFICIAL]: publicApi.url, [PRIVATE]: privateApi.url },
      { maiagentBaseUrl: `${PRIVATE}/api` },
    );
    expect(f!.validation).toMatchObject({ status: 'valid', detail: { host: PRIVATE, privateBaseUrl: PRIVATE } });
    expect(keysSeen(privateApi)).toEqual([`Api-Key ${key}`]);
    expect(publicApi.seen).toHaveLength(0);
  });

  test('a plain-http private base URL is never used', async () => {
    const key = fakeKeys(46).maiagent();
    const publicApi = await start(maiagent(), { [key]: 'valid' });
    const [f] = await validateMemory(
      envFile(key),
      { [OFFICIAL]: publicApi.url },
      { maiagentBaseUrl: 'http://maiagent.clinic-intranet.example/api' },
    );
    expect(f!.validation).toMatchObject({ status: 'valid', detail: { host: OFFICIAL } });
  });
});
