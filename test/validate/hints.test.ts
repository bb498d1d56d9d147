// Hints read next to a key: the Max AI organisation id nearest the key, a MaiAgent base URL seen there.
import { describe, expect, test } from 'vitest';
import { hintsFor } from '../../src/validate/hints.js';
import type { Finding } from '../../src/types.js';

const at = (vendor: Finding['vendor'], line: number) => ({ vendor, line }) as Finding;

describe('validation hints', () => {
  test('the organisation id bound nearest the key wins over farther ones and over bare UUIDs', () => {
    const text = [
      'ORG_ID=org_first1',
      'x',
      'x',
      'x',
      'x',
      'x',
      'x',
      'key here',
      'headers: { "X-Organization-Id": "org_second2" }',
      'clinic = "7e2c8cfe-b7a9-4deb-986d-e7012589e72b"',
    ].join('\n');
    expect(hintsFor(at('maxai', 8), text)).toEqual({ organizationId: 'org_second2' });
    expect(hintsFor(at('maxai', 1), text)).toEqual({ organizationId: 'org_first1' });
  });

  test('an org_ id or a UUID anywhere is used when nothing is bound to an organisation name', () => {
    expect(hintsFor(at('maxai', 1), 'const org = "org_abc123";')).toEqual({ organizationId: 'org_abc123' });
    expect(hintsFor(at('maxai', 1), "tenant: '7e2c8cfe-b7a9-4deb-986d-e7012589e72b'")).toEqual({
      organizationId: '7e2c8cfe-b7a9-4deb-986d-e7012589e72b',
    });
    expect(hintsFor(at('maxai', 1), 'nothing here')).toEqual({});
  });

  test('a MaiAgent base URL in the same file is seen for MaiAgent keys only (never a destination)', () => {
    const text = 'MAIAGENT_BASE_URL=https://api.sungcheng.example/api\n';
    expect(hintsFor(at('maiagent', 2), text)).toEqual({ baseUrlSeen: 'https://api.sungcheng.example/api' });
    expect(hintsFor(at('maxai', 2), text)).toEqual({});
  });
});
