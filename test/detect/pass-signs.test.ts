// The views' pass signs (`H4sI`, `SDRzSU`, `"flags":`, `encoding:`, `!!binary`, `=> Send `) are found by the keyword
// pass, not by a search of their own: the item's view signs must say a sign is there exactly when the bytes hold it in
// its case, in the fast pass (with and without the prefilter's gates) and in the exhaustive reference, wherever it
// sits and whatever surrounds it.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ItemScanner, createDetector } from '../../src/detect/engine.js';
import { PASS_SIGNS, sawSign } from '../../src/detect/views.js';
import { scanSource } from '../../src/scan/run.js';
import { memorySource } from '../../src/sources/memory.js';
import { fakeKeys, randomString, seeded } from '../helpers/fake.js';
import { builtinRules } from '../helpers/scan.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PIECES = [
  'H4sI',
  'SDRzSU',
  'h4si',
  'H4SI',
  'h4sI',
  'sdrzsu',
  'SDRZSU',
  'SDRzS',
  'H4s',
  '4sI',
  'DRzSU',
  'H4sH4sI',
];

describe('view signs in the keyword pass', () => {
  it('are seen exactly where the bytes hold one in its case', () => {
    const rnd = seeded(4242);
    const detectors = [
      createDetector(builtinRules(), { gating: 'never' }),
      createDetector(builtinRules(), { gating: 'always' }),
      createDetector(builtinRules(), { exhaustive: true }),
    ];
    for (let round = 0; round < 400; round++) {
      const parts: string[] = [];
      const count = Math.floor(rnd() * 6);
      for (let i = 0; i < count; i++) {
        parts.push(randomString(Math.floor(rnd() * 40), rnd, rnd() < 0.5 ? B64 : `${B64} "=:!>\n`));
        parts.push(PIECES[Math.floor(rnd() * PIECES.length)]!);
      }
      const bytes = Buffer.from(parts.join(''), 'latin1');
      const expected = PASS_SIGNS.map((sign) => bytes.includes(sign));
      for (const detector of detectors) {
        const scanner = new ItemScanner(detector, 'config/seed.json');
        scanner.feed(bytes, true);
        const seen = PASS_SIGNS.map((sign) => sawSign(scanner.viewSigns, sign));
        expect(seen, JSON.stringify(parts)).toEqual(expected);
      }
    }
  });

  it('finds what the exhaustive reference finds in gzipped config values, and nothing in look-alikes', async () => {
    const keys = fakeKeys(91);
    const gz = (text: string) => gzipSync(text).toString('base64');
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    const helm = Buffer.from(gz(`novamed:\n  apiKey: ${keys.novamed()}\n`)).toString('base64');
    const files = [
      { path: 'seed.json', content: `{"seed": "${gz(`maiagent:\n  api_key: ${keys.maiagent()}\n`)}"}\n` },
      { path: 'release.yaml', content: `kind: Secret\ndata:\n  release: ${helm}\n` },
      {
        path: 'env.sh',
        content: `SEED=${gz(`MAXAI_API_KEY=${keys.maxDev()}\n`)}\necho "$SEED" | base64 -d | gunzip\n`,
      },
      {
        path: 'lower.json',
        content: `{"seed": "${gz(`NOVAMED_API_KEY=${keys.novamed()}\n`).replace('H4sI', 'h4si')}"}\n`,
      },
      { path: 'code.ts', content: `const seed = '${gz(`NOVAMED_API_KEY=${keys.novamed()}\n`)}';\n` },
      { path: 'tagged.yaml', content: `novamed:\n  api_key: !!binary ${b64(keys.novamed())}\n` },
      {
        path: 'user-data.yaml',
        content: `write_files:\n  - path: /etc/m.env\n    encoding: b64\n    content: ${b64(`MAIAGENT_API_KEY=${keys.maiagent()}\n`)}\n`,
      },
    ];
    const scan = async (exhaustive: boolean) => {
      const { report } = await scanSource(memorySource(files), builtinRules(), { exhaustive });
      return report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);
    };
    const fast = await scan(false);
    expect(fast).toEqual(await scan(true));
    expect(new Set(fast.map((f) => f.split(':')[0]))).toEqual(
      new Set(['seed.json', 'release.yaml', 'env.sh', 'tagged.yaml', 'user-data.yaml']),
    );
  });
});
