// The corpus scorer itself: what counts as found, missed and false, so that a perfect score means what it says.
import { describe, expect, it } from 'vitest';
import type { Planted } from './helpers/corpus-cases.js';
import { formatScore, isPerfect, scoreCorpus, type ScoredFinding } from './helpers/corpus-score.js';
import { parseToken } from './helpers/corpus-values.js';
import { fakeKeys } from './helpers/fake.js';

const key = (file: string, line: number, value: string, body: string): Planted => ({
  file,
  line,
  value,
  token: parseToken('key', body, 'spec'),
  cls: file.split('/')[0]!,
});

const secret = (file: string, line: number, value: string, ruleId: string, extra: Partial<ScoredFinding> = {}) =>
  ({ kind: 'secret', ruleId, file, line, secret: value, ...extra }) satisfies ScoredFinding;

const policy = (file: string, line: number, ruleId: string): ScoredFinding => ({
  kind: 'policy',
  ruleId,
  file,
  line,
  secret: '',
});
const hasWrongConfirmation = (planted: Planted, confirmed?: boolean) => {
  const extra = confirmed === undefined ? {} : { vendorConfirmed: confirmed };
  const finding = secret(planted.file, planted.line, planted.value, 'novamed-api-key', extra);
  return !isPerfect(scoreCorpus([planted], [finding]));
};

describe('scoreCorpus', () => {
  const keys = fakeKeys(5);
  const nova = keys.novamed();
  const file = 'header/case/a.py';

  it('counts a finding with the right file, secret and rule as found, and nothing else', () => {
    const score = scoreCorpus([key(file, 3, nova, 'novamed')], [secret(file, 3, nova, 'novamed-api-key')]);
    expect(isPerfect(score)).toBe(true);
    expect(score.classes.get('header')).toEqual({ keys: 1, decoys: 0, found: 1, falsePositives: 0 });
  });

  it('takes a wrong rule as a false positive and a miss', () => {
    const score = scoreCorpus([key(file, 3, nova, 'novamed')], [secret(file, 3, nova, 'maiagent-api-key')]);
    expect(score.misses).toHaveLength(1);
    expect(score.falsePositives).toEqual([expect.stringContaining('(wrong rule or twice)')]);
  });

  it('takes a truncated secret as a false positive and a miss', () => {
    const score = scoreCorpus([key(file, 3, nova, 'novamed')], [secret(file, 3, nova.slice(0, 20), 'novamed-api-key')]);
    expect(score.misses).toHaveLength(1);
    expect(score.falsePositives).toEqual([expect.stringContaining('unplanted')]);
  });

  it('checks vendorConfirmed: absent counts as true, `unconfirmed` needs false, `confirmation=any` takes both', () => {
    const plain = key(file, 1, nova, 'novamed');
    const wrong = scoreCorpus([plain], [secret(file, 1, nova, 'novamed-api-key', { vendorConfirmed: false })]);
    expect(wrong.misses).toEqual([expect.stringContaining('vendorConfirmed false, expected true')]);
    expect(hasWrongConfirmation(plain)).toBe(false);
    const hostless = key(file, 1, nova, 'novamed unconfirmed');
    expect(hasWrongConfirmation(hostless)).toBe(true);
    expect(hasWrongConfirmation(hostless, false)).toBe(false);
    const open = key(file, 1, nova, 'novamed confirmation=any');
    expect(hasWrongConfirmation(open, false)).toBe(false);
    expect(hasWrongConfirmation(open, true)).toBe(false);
  });

  it('matches policies by file, line and rule, each expected once', () => {
    const env = 'files/c/.env.local';
    const planted = [key(env, 2, keys.maxProd(), 'maxai-prd policies=prod-key-in-dev-config')];
    const found = [secret(env, 2, planted[0]!.value, 'maxai-prod-key')];
    const devPolicy = (line: number) => policy(env, line, 'prod-key-in-dev-config');
    expect(isPerfect(scoreCorpus(planted, [...found, devPolicy(2)]))).toBe(true);
    expect(scoreCorpus(planted, [...found, devPolicy(3)]).policy).toEqual({ expected: 1, found: 0, falsePositives: 1 });
    expect(scoreCorpus(planted, [...found, devPolicy(2), devPolicy(2)]).policy.falsePositives).toBe(1);
  });

  it('names a decoy that was reported, and never prints a whole secret', () => {
    const token = parseToken('decoy', 'alnum:40', 'spec');
    const decoy: Planted = { file, line: 4, value: nova, token, cls: 'header' };
    const score = scoreCorpus([decoy], [secret(file, 4, nova, 'novamed-api-key')]);
    expect(score.falsePositives).toEqual([expect.stringContaining('decoy:alnum:40')]);
    expect(formatScore(score)).not.toContain(nova);
  });

  it('refuses tokens it does not know', () => {
    expect(() => parseToken('key', 'novamed-typo', 'spec')).toThrow(/unknown key kind/);
    expect(() => parseToken('key', 'novamed policy=x', 'spec')).toThrow(/unknown option/);
  });
});
