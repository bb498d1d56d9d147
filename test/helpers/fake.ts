// Fake keys built at run time, so that the repository itself never holds a key-shaped literal.
import { mulberry32 } from './prng.mjs';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;

/** A small seeded PRNG: the same seed gives the same fakes in every run. */
export const seeded: (seed: number) => () => number = mulberry32;

/** A random string of `n` characters from `set`, with upper, lower and digit when the set has them. */
export function randomString(n: number, rnd: () => number, set = ALNUM): string {
  for (;;) {
    let s = '';
    for (let i = 0; i < n; i++) s += set[Math.floor(rnd() * set.length)];
    if (set !== ALNUM || n < 8 || (/[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s))) return s;
  }
}

/** Fake keys of each vendor's shape. */
export function fakeKeys(seed = 1) {
  const rnd = seeded(seed);
  return {
    maxProd: () => 'max_prd_' + 'ak_' + randomString(32, rnd),
    maxDev: () => 'max_dev_' + 'ak_' + randomString(32, rnd),
    novamed: () => randomString(40, rnd),
    maiagent: () => `${randomString(8, rnd)}.${randomString(32, rnd)}`,
    alnum: (n: number) => randomString(n, rnd),
  };
}

/**
 * Expands `{{alnum:N}}` and `{{hex:N}}` (random), `{{repeat:c:N}}` and `{{sequence:N}}` (placeholder
 * shapes) in rule examples; `{{0}}`, `{{1}}`… in `secret` refer to the random values of the text, in order.
 */
export function expandTemplate(
  text: string,
  rnd: () => number,
  values: string[] = [],
): { text: string; values: string[] } {
  const out = text.replace(
    /\{\{(?:(alnum|hex):(\d+)|repeat:(.):(\d+)|sequence:(\d+)|(\d+))\}\}/g,
    (...m: Array<string | undefined>) => {
      const [, kind, n, char, times, length, ref] = m;
      if (ref !== undefined) return values[Number(ref)] ?? '';
      if (char !== undefined) return char.repeat(Number(times));
      if (length !== undefined)
        return Array.from({ length: Number(length) }, (_, i) => ALNUM[(26 + i) % ALNUM.length]).join('');
      const value = randomString(Number(n), rnd, kind === 'hex' ? '0123456789abcdef' : ALNUM);
      values.push(value);
      return value;
    },
  );
  return { text: out, values };
}
