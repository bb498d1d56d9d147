// Network safety gaps not covered by validate-safety: plain http is refused even for an allowed origin,
// and what a server answers (its body, any echo of the key) is never kept in a finding or report.
import { afterEach, describe, expect, test } from 'vitest';
import { REPORTERS } from '../../src/report/index.js';
import { RateCap, probe } from '../../src/validate/http.js';
import { VALIDATORS, httpOptions } from '../../src/validate/runner.js';
import { fakeKeys } from '../helpers/fake.js';
import { validateMemory } from '../helpers/validate.js';
import { startEmulator, type Emulator } from '../helpers/vendor-emulator.js';

const running: Emulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

describe('validation network safety', () => {
  test('an http:// origin is refused without the test override, even when allowed', async () => {
    const api = await startEmulator((_req, _keys, res) => res.end('{}'));
    running.push(api);
    const reply = await probe(
      { origin: api.url, path: '/v1/marketplace/me', headers: {} },
      new Set([api.url]),
      new RateCap(10),
      httpOptions({ env: {} }),
    );
    expect(reply).toEqual({ ok: false, reason: 'refused' });
    expect(api.seen).toHaveLength(0);
  });

  test('response bodies are never stored: no canary, no echoed key in findings or any format', async () => {
    const key = fakeKeys(61).maxProd();
    const canary = 'CANARY-' + 'body-must-not-leak';
    const api = await startEmulator((req, _keys, res) => {
      res.writeHead(req.headers.authorization?.includes(key) ? 200 : 401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ canary, echo: req.headers.authorization, data: { name: canary, id: canary } }));
    });
    running.push(api);
    const endpoints = Object.fromEntries(VALIDATORS.maxai.origins.map((o) => [o, api.url]));
    const found = await validateMemory([{ path: '.env', content: `MAXAI_API_KEY=${key}\n` }], endpoints);
    expect(api.seen.length).toBeGreaterThan(0);
    expect(found).toHaveLength(1);
    const report = { version: 1 as const, findings: found, notes: [], stats: { files: 1, bytes: 0, durationMs: 0 } };
    for (const text of [JSON.stringify(found), ...Object.values(REPORTERS).map((r) => r(report, { color: false }))]) {
      expect(text).not.toContain(canary);
      expect(text).not.toContain(key);
    }
  });
});
