// Adversarial input: near-matches of every built-in rule's examples, on one line, are scanned in bounded CPU time.
// The bound is generous (a linear scan takes a fraction of it); a catastrophic backtracking pattern
// takes minutes on such input, which is what this catches.
import { describe, expect, it } from 'vitest';
import { expandTemplate, seeded } from '../helpers/fake.js';
import { builtinRules, scanMemory } from '../helpers/scan.js';

const MEGABYTE = 1024 * 1024;
/**
 * Near-misses of each example: a quarter megabyte on one line is enough for a quadratic pattern to take tens of seconds,
 * and keeps the cost linear in the examples rules keep gaining.
 */
const NEAR_MISS_BYTES = MEGABYTE / 4;
const BOUND_MS = 10_000;
const rnd = seeded(5);

/** CPU milliseconds `scan` costs: unlike wall time, it does not stretch tenfold when the machine is loaded. */
async function cpuMs(scan: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await scan();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

/** Near-misses of an example: the key cut short, quotes unbalanced, separators doubled, no line breaks. */
function nearMisses(example: string): string {
  const text = expandTemplate(example, rnd).text.replace(/\n/g, ' ');
  const variants = [
    text.slice(0, -3),
    text.replace(/["']/g, ''),
    text.replace(/[:=]/g, '=='),
    text.replace(/[A-Za-z0-9]{8,}/g, (m) => m.slice(0, 5)),
  ];
  let out = '';
  while (out.length < NEAR_MISS_BYTES) out += variants[out.length % variants.length];
  return out;
}

describe('ReDoS resistance of the built-in rules', () => {
  const rules = builtinRules().rules.filter((r) => r.kind !== 'policy');
  it.each(rules.map((r) => [r.id, r] as const))(
    '%s scans near-matches of each example in bounded time',
    async (_id, rule) => {
      for (const example of rule.examples!.match) {
        const input = nearMisses(example.text);
        expect(await cpuMs(() => scanMemory([{ path: 'adversarial.txt', content: input }]))).toBeLessThan(BOUND_MS);
      }
    },
    // Each example has its own bound; a rule with many examples needs more than the default for all of them.
    900_000,
  );

  it('scans a megabyte of headers given distinct variables in bounded time', async () => {
    // Each variable a header is given is followed through the file: thousands of them must not mean thousands
    // of passes (a bundle of `{"x-api-key":v1}`, `{"x-api-key":v2}`… took six minutes before they were capped).
    let bundle = '';
    for (let i = 0; bundle.length < MEGABYTE / 2; i++)
      bundle += `h${i}={"x-api-key":v${i},Authorization:"Api-Key "+k${i}};`;
    while (bundle.length < MEGABYTE) bundle += `var filler${bundle.length}="abc";\n`;
    expect(await cpuMs(() => scanMemory([{ path: 'bundle.js', content: bundle }]))).toBeLessThan(BOUND_MS);
  });

  it('scans a megabyte of keyword soup without line breaks in bounded time', async () => {
    const keywords = rules.flatMap((r) => r.keywords);
    let soup = '';
    while (soup.length < MEGABYTE)
      soup += `${keywords[soup.length % keywords.length]}${'a'.repeat(soup.length % 40)}=:"' `;
    expect(await cpuMs(() => scanMemory([{ path: 'soup.txt', content: soup }]))).toBeLessThan(BOUND_MS);
  });
});
