import { MAXAI_KEY, MAIAGENT_KEY } from '../src/keyFormat';

describe('key format', () => {
  it('rejects truncated keys', () => {
    expect(MAXAI_KEY.test('max_prd_ak_abc')).toBe(false);
    expect(MAIAGENT_KEY.test('abcd.efgh')).toBe(false);
  });
  it('masks keys in logs', () => {
    expect(mask('max_prd_ak_' + 'A'.repeat(32))).toBe('max_prd_ak_AAAA…AAAA');
    expect(mask('{{decoy:lit:max_dev_ak_****************************1a2b}}')).toMatch(/1a2b$/);
  });
});
