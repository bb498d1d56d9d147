// A config pattern is bounded when it compiles: unbounded repetitions capped, numbered backreferences named (so that
// the engine can search it near each keyword hit, where the time budget can stop it).
import { describe, expect, it } from 'vitest';
import { boundConfigPattern } from '../../src/backtracking.js';

describe('boundConfigPattern', () => {
  it('caps unbounded repetitions at 1000', () => {
    expect(boundConfigPattern('aaa[a-z]*X', '')).toBe('aaa[a-z]{0,1000}X');
    expect(boundConfigPattern('a+?b{2,}', '')).toBe('a{1,1000}?b{2,1000}');
  });

  it('turns numbered backreferences into named ones, naming the group only when it has no name', () => {
    expect(boundConfigPattern('(a)\\1', '')).toBe('(?<keylintGroup1>a)\\k<keylintGroup1>');
    expect(boundConfigPattern('(?<secret>(["\'])x\\2)', '')).toBe(
      '(?<secret>(?<keylintGroup2>["\'])x\\k<keylintGroup2>)',
    );
    expect(boundConfigPattern('(?<q>")x\\1', '')).toBe('(?<q>")x\\k<q>');
    expect(boundConfigPattern('(\\1a)', '')).toBe('(?<keylintGroup1>\\k<keylintGroup1>a)');
  });

  it('matches what the written pattern matches', () => {
    // A string, as a config gives it (biome misnumbers the groups of a regex literal).
    const source = `(?<secret>(["'])[a-z]+\\2)\\s*=\\s*(x)\\3*`;
    const written = new RegExp(source, 'g');
    const bounded = new RegExp(boundConfigPattern(source, ''), 'g');
    const text = `"abc" = xxx 'de" = x 'fg' =x "h'`;
    expect([...text.matchAll(bounded)].map((m) => [m.index, m[0]])).toEqual(
      [...text.matchAll(written)].map((m) => [m.index, m[0]]),
    );
  });
});
