// A `binds` regex that stays on its line is searched only in the lines holding the names asked for: that search must
// give the matches a pass over the whole text gives on those lines. Checked on hand-picked syntax for `staysOnLine`,
// and on random texts made of binding pieces for every built-in `binds` regex.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSearch, staysOnLine } from '../../src/detect/line-search.js';
import { builtinRules } from '../helpers/scan.js';

/** A class that matches any character, newlines too (built from a string: linters flag it in a literal). */
const ANY = '[^]';

describe('staysOnLine', () => {
  it('sees every way a consumed character can be a newline, and ignores lookarounds', () => {
    const cases: Array<[RegExp, boolean]> = [
      [/a[ \t]*b/, true],
      [/a\nb/, false],
      [/a[^x]b/, false],
      [/a[^\n]b/, true],
      [/a\sb/, false],
      [/a\Sb/, true],
      [/a.b/, true],
      [/a.b/s, false],
      [/a\Wb/, false],
      [/a\Db/, false],
      [/[\x00-\x1f]/, false],
      [/[\t-\r]/, false],
      [/\x0a/, false],
      [/\u000A/, false],
      [/\cJ/, false],
      [new RegExp(ANY), false],
      [/(?<=^|\n)[ \t]*x/, true],
      [new RegExp(`x(?=${ANY}*y)`), true],
      [/(?<n>a)\k<n>/, true],
      [new RegExp(`(?=(?<n>${ANY}))\\k<n>`), false],
      [/(a)\1/, false],
    ];
    for (const [regex, expected] of cases) expect([regex, staysOnLine(regex)]).toEqual([regex, expected]);
  });

  it('holds for every built-in binds regex', () => {
    for (const rule of builtinRules().rules)
      for (const { binds } of rule.patterns)
        if (binds) expect(staysOnLine(new RegExp(binds.source.replaceAll('\\k<ref>', 'name'), binds.flags))).toBe(true);
  });
});

describe('LineSearch', () => {
  const piece = fc.constantFrom(
    'apiKey',
    'API_KEY',
    'this.apiKey',
    'var apiKey string',
    'export ',
    ' = ',
    ': ',
    ':= ',
    '"',
    "'",
    '`',
    'abcdefghij0123456789',
    'ABCDEFGHIJ0123456789xyz',
    '\n',
    '\r\n',
    ' ',
    ';',
    '{',
    '(',
    'get(',
    'apiKey = "',
    "API_KEY: '",
    'this.apikey=`',
    'export API_KEY=',
    'var apiKey string = "',
    '[apiKey] = "',
    '(apiKey, "',
  );
  const bindsRegexes = builtinRules()
    .rules.flatMap((rule) => rule.patterns.flatMap((p) => (p.binds ? [p.binds] : [])))
    .filter((b, i, all) => all.findIndex((o) => o.source === b.source) === i);

  it('finds on the lines holding a name what a whole-text pass finds there', () => {
    let matched = 0;
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 120 }),
        fc.constantFrom('apiKey', 'API_KEY', 'apikey'),
        (parts, name) => {
          const text = parts.join('');
          for (const binds of bindsRegexes) {
            let groups = 0;
            const source = binds.source.replaceAll('\\k<ref>', () => `(?<bound${groups++}>[A-Za-z_]\\w{0,127})`);
            const bound = (m: RegExpExecArray) =>
              Array.from({ length: groups }, (_, i) => m.groups![`bound${i}`]).find((v) => v !== undefined)!;
            const folded = binds.flags.includes('i');
            const same = (found: string) => (folded ? found.toLowerCase() === name.toLowerCase() : found === name);
            const whole = [...text.matchAll(new RegExp(source, binds.flags))]
              .filter((m) => same(bound(m)))
              .map((m) => m.index);
            const lines: number[] = [];
            new LineSearch(source, binds.flags, text, () => text.toLowerCase()).lines(name, (m, start) => {
              if (same(bound(m))) lines.push(start);
            });
            expect(lines.sort((a, b) => a - b)).toEqual(whole);
            matched += whole.length;
          }
        },
      ),
      { numRuns: 1000 },
    );
    // The pieces make bindings often enough for the comparison to mean something.
    expect(matched).toBeGreaterThan(20);
  });
});
