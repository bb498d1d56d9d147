// The binding forms through the fast path find exactly what the exhaustive reference finds: a header or vendor name
// bound to a variable (`binds`, searched on the lines where the variable's name occurs), every value of a list
// (`more`), a value written before its name, and encoded views. Files are made from random mixes of those forms,
// with the lines and names that could trip a search by lines: CRLF, indentation, long lines, names that hold or
// overlap the variable's name, the name in other case.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanRunOptions } from '../../src/scan/run.js';
import { tempDir } from '../helpers/cli.js';
import { fakeKeys, seeded } from '../helpers/fake.js';
import { builtinRules, scanFolder } from '../helpers/scan.js';

const FILES = 240;

/** Names a header is bound to: plain, upper case, short, and ones that overlap themselves (`aa` in `aaa`). */
const REFS = ['apiKey', 'NOVA_KEY', 'token', 'k', 'aa', 'clientSecret', 'MAIAGENT_TOKEN'];

/** Lines that name the variable without binding a key to it, or bind one to a longer name holding it. */
function decoys(ref: string, key: string): string[] {
  return [
    `function send(${ref}) { return fetch(url, { headers: { x: ${ref} } }); }`,
    `const ${ref}Old = '${key}';`,
    `my${ref} = "${key}"`,
    `${ref.toUpperCase()} = "${key}"`,
    `${ref}${ref} = '${key}'`,
    `// ${ref} is read from the vault`,
  ];
}

/** Lines that bind a key to the variable, in the shapes of several languages. */
function definitions(ref: string, key: string): string[] {
  return [
    `const ${ref} = '${key}';`,
    `    ${ref} = "${key}"`,
    `\t\t${ref} = "${key}"`,
    `export ${ref}=${key}`,
    `set ${ref}=${key}`,
    `this.${ref} = '${key}';`,
    `${ref}: "${key}"`,
    `init(); const ${ref} = "${key}"; run(${ref});`,
    `${'x'.repeat(3000)} ${ref} = '${key}'`,
    `${ref} := "${key}"`,
  ];
}

/** Lines that bind a header or a vendor name to the variable. */
function uses(ref: string): string[] {
  return [
    `const res = await fetch(NOVAMED_URL, { headers: { 'x-api-key': ${ref} } });`,
    `curl -H "x-api-key: \${${ref}}" https://feapi.novamed.care/v1/patients`,
    `headers = {"Authorization": f"Api-Key {${ref}}"}  # maiagent`,
    `if (req.get('x-api-key') !== ${ref}) return deny();`,
    `novamedApiKey: ${ref},`,
    `x-api-key: {{${ref}}}`,
  ];
}

/** Forms without a variable: lists, a value before its name, encoded values. */
function others(keys: ReturnType<typeof fakeKeys>): string[] {
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  return [
    `novamed_api_keys:\n  - ${keys.novamed()}\n  - ${keys.novamed()}\n  - ${keys.novamed()}`,
    `NOVAMED_API_KEYS=${keys.novamed()},${keys.novamed()}`,
    `maiagent_keys = ["${keys.maiagent()}", "${keys.maiagent()}"]`,
    `env:\n  - value: ${keys.novamed()}\n    name: NOVAMED_API_KEY`,
    `{ value: '${keys.maiagent()}', name: 'MAIAGENT_API_KEY' }`,
    `NOVAMED_API_KEY_B64=${b64(keys.novamed())}`,
    `const key = atob('${b64(keys.maxProd())}');`,
    `apiVersion: v1\nkind: Secret\ndata:\n  NOVAMED_API_KEY: ${b64(keys.novamed())}`,
  ];
}

describe('binding forms through every detection mode', () => {
  let tmp: ReturnType<typeof tempDir>;
  const ruleSet = builtinRules();
  /** `file:line` of keys bound to a variable that only a header's binding can find (`aa`, `k`, `token`). */
  const boundOnly = new Set<string>();

  beforeAll(() => {
    tmp = tempDir('keylint-binding-forms-');
    const rnd = seeded(20);
    const keys = fakeKeys(20);
    const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)]!;
    const names = ['client.ts', 'settings.py', 'deploy.sh', 'values.yaml', 'novamed.env', 'request.http', 'Makefile'];
    for (let i = 0; i < FILES; i++) {
      const ref = pick(REFS);
      const key = rnd() < 0.5 ? keys.novamed() : keys.maiagent();
      const lines: string[] = [];
      const defined: number[] = [];
      for (let n = 2 + Math.floor(rnd() * 8); n > 0; n--) {
        const r = rnd();
        if (r < 0.3) {
          defined.push(lines.length + 1);
          lines.push(pick(definitions(ref, rnd() < 0.8 ? key : keys.novamed())));
        } else if (r < 0.5) lines.push(pick(uses(ref)));
        else if (r < 0.65) lines.push(pick(decoys(ref, keys.maiagent())));
        else if (r < 0.8) lines.push(pick(others(keys)));
        else lines.push(pick(['', 'import os', '  return res.json()', `log.info("ready")`, 'x'.repeat(200)]));
      }
      const text = lines.join(rnd() < 0.2 ? '\r\n' : '\n');
      const file = path.join(`case-${i}`, pick(names));
      fs.mkdirSync(path.join(tmp.dir, `case-${i}`), { recursive: true });
      fs.writeFileSync(path.join(tmp.dir, file), text);
      if (['aa', 'k', 'token'].includes(ref)) for (const line of defined) boundOnly.add(`${file}:${line}`);
    }
  }, 300_000);
  afterAll(() => tmp?.cleanup());

  const scan = (options: ScanRunOptions) => scanFolder(tmp.dir, ruleSet, options);

  it('finds the same with the second stage, without it, and in the exhaustive reference', async () => {
    const reference = await scan({ exhaustive: true });
    const secrets = reference.findings.filter((f) => f.kind === 'secret');
    // The mix holds many keys bound through a variable: a search that missed them would differ from the reference.
    expect(secrets.length).toBeGreaterThan(200);
    expect(secrets.filter((f) => boundOnly.has(`${f.file}:${f.line}`)).length).toBeGreaterThan(30);
    expect(await scan({ gating: 'always' })).toEqual(reference);
    expect(await scan({ gating: 'never' })).toEqual(reference);
  }, 600_000);
});
