// A random alphanumeric key without a digit is rare (about 1 in 300 for 32 characters) but real: it must be found,
// while identifiers and words bound in the same places stay quiet.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../helpers/prng.mjs';
import { scanMemory } from '../helpers/scan.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function letters(n: number, rnd: () => number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += LETTERS[Math.floor(rnd() * LETTERS.length)];
  return s;
}

/** The rule ids of the findings in one file, each with the bound text it covers. */
async function findingsOf(path: string, content: string): Promise<string[]> {
  const { report } = await scanMemory([{ path, content }]);
  const lines = content.split('\n');
  return report.findings.map((f) => `${f.ruleId} ${lines[f.line - 1]!.slice(f.column - 1)}`);
}

describe('keys drawn from letters alone', () => {
  it('most random letter-only NovaMed and MaiAgent keys are found where they are bound', async () => {
    const rnd = mulberry32(4242);
    let found = 0;
    const tries = 40;
    for (let i = 0; i < tries; i++) {
      const novamed = letters(40, rnd);
      const maiagent = `${letters(8, rnd)}.${letters(32, rnd)}`;
      const env = `NOVAMED_API_KEY=${novamed}\n`;
      const code = `const res = await fetch('https://api.maiagent.ai/api/v1/chatbots', {\n  headers: { Authorization: 'Api-Key ${maiagent}' },\n});\n`;
      const findings = [...(await findingsOf('.env', env)), ...(await findingsOf('src/chat.ts', code))];
      if (findings.some((f) => f.startsWith(`novamed-api-key ${novamed}`))) found++;
      if (findings.some((f) => f.startsWith(`maiagent-api-key ${maiagent}`))) found++;
    }
    expect(found / (2 * tries)).toBeGreaterThan(0.8);
  });

  it('identifiers and words in the same bindings are not keys', async () => {
    const words = [
      'NovaMedApiKeyProduction',
      'HTTPServerURLConfigHandler',
      'ReadableStreamDefaultReader',
      'InternalServerErrorException',
      'AbstractSingletonProxyFactoryBean',
      'XMLHttpRequestEventTargetHandler',
    ];
    for (const word of words) {
      expect(await findingsOf('.env', `NOVAMED_API_KEY=${word}\n`)).toEqual([]);
      expect(await findingsOf('src/chat.ts', `headers['Authorization'] = 'Api-Key ${word}.${word}';\n`)).toEqual([]);
    }
  });
});
