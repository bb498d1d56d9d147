// End to end: a realistic mini repository built at run time gives exactly the expected findings.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { runCli, tempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';

const keys = fakeKeys(7);
const prod = keys.maxProd();
const dev = keys.maxDev();
const bundled = keys.maxDev();
const mapOnly = keys.maxProd();
const nova = keys.novamed();
const mai = keys.maiagent();
const viteKey = keys.maxProd();
const goNova = keys.novamed();
const javaKey = keys.maxProd();
const yamlKey = keys.maxDev();
const allowed = keys.maxProd();

const sourceMap = JSON.stringify({
  version: 3,
  file: 'app.js',
  sources: ['../../src/api.ts'],
  sourcesContent: [
    `import { call } from './http';\n\nconst KEY = "${mapOnly}";\nexport const ask = () => call(KEY);\n`,
  ],
  mappings: 'AAAA',
});

const files: Record<string, string> = {
  '.gitignore': 'node_modules/\nlogs/\n',
  'package.json': '{ "name": "clinic-web", "private": true }\n',
  '.env.development': `# local development\nMAXAI_API_URL=https://api.maxcare.ai\nMAXAI_API_KEY=${prod}\n`,
  '.env.example':
    'MAXAI_API_KEY=max_prd_ak_<random_string>\nNOVAMED_API_KEY=your-api-key-here\nMAIAGENT_API_KEY=YOUR_API_KEY_HERE\n',
  '.env': `VITE_MAXAI_KEY=${viteKey}\n`,
  'src/api.ts': `import { call } from './http';\n\nexport const headers = {\n  'X-Organization-Id': 'org_abc123',\n  Authorization: \`Bearer \${process.env.MAXAI_API_KEY}\`,\n};\nconst staging = '${dev}'; // rotate me\n`,
  'dist/assets/app.js': `/*! app */\n!function(){var a=1,k="${bundled}";fetch("/x",{headers:{a:k}})}();\n//# sourceMappingURL=app.js.map\n`,
  'dist/assets/app.js.map': sourceMap,
  'services/clients/novamed.py': `import requests\n\nBASE = "https://feapi.novamed.care"\n\ndef create(body):\n    headers = {"x-api-key": "${nova}", "Content-Type": "application/json"}\n    return requests.post(f"{BASE}/api/external/patient", json=body, headers=headers)\n`,
  'services/clients/maiagent.go': `package clients\n\nimport "net/http"\n\nfunc Ask(req *http.Request) {\n\treq.Header.Set("Authorization", "Api-Key ${mai}")\n\treq.Header.Set("x-api-key", "${goNova}")\n}\n`,
  'services/clients/MaxClient.java': `class MaxClient {\n    // keylint:allow rotated 2026-01, kept for the regression suite\n    String old = "${allowed}"; // keylint:allow\n    String key = "${javaKey}";\n}\n`,
  'deploy/staging.yaml': `env:\n  - name: MAXAI_API_KEY\n    value: ${yamlKey}\n`,
  'docs/integration.md': [
    '# Integrations',
    '',
    '```bash',
    'curl -X GET "https://api.maxcare.ai/v1/marketplace/me" \\',
    '  -H "Authorization: Bearer max_prd_ak_SBA...01S" \\',
    '  -H "X-Organization-Id: org_abc123"',
    'curl -H "x-api-key: $NOVAMED_API_KEY" https://feapi.novamed.care/api/external/practitioner',
    '```',
    '',
    'Set `Authorization: Api-Key YOUR_API_KEY_HERE` for MaiAgent.',
    '',
  ].join('\n'),
  'logs/debug.log': `MAXAI_API_KEY=${keys.maxProd()}\n`,
  'assets/logo.png': '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' + prod,
};

describe('keylint scan on a realistic repository', () => {
  let root: string;
  let cleanup: () => void;
  let report: Report;
  let code: number;

  beforeAll(() => {
    ({ dir: root, cleanup } = tempDir());
    writeTree(root, files);
    const run = runCli(['scan', '.', '--format', 'json'], root);
    code = run.code;
    report = JSON.parse(run.stdout) as Report;
  });
  afterAll(() => cleanup());

  it('reports exactly the expected findings', () => {
    const got = report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`).sort();
    const at = (file: string, secret: string) => {
      const text = files[file]!;
      const offset = text.indexOf(secret);
      const before = text.slice(0, offset);
      return `${file}:${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
    };
    expect(got).toEqual(
      [
        `maxai-prod-key ${at('.env.development', prod)}`,
        `prod-key-in-dev-config ${at('.env.development', prod)}`,
        `maxai-prod-key ${at('.env', viteKey)}`,
        `key-in-client-bundle ${at('.env', viteKey)}`,
        `maxai-dev-key ${at('src/api.ts', dev)}`,
        `maxai-dev-key ${at('dist/assets/app.js', bundled)}`,
        `key-in-client-bundle ${at('dist/assets/app.js', bundled)}`,
        // The key exists only inside sourcesContent: reported at the map's own line.
        `maxai-prod-key ${at('dist/assets/app.js.map', mapOnly)}`,
        `key-in-client-bundle ${at('dist/assets/app.js.map', mapOnly)}`,
        `novamed-api-key ${at('services/clients/novamed.py', nova)}`,
        `maiagent-api-key ${at('services/clients/maiagent.go', mai)}`,
        `novamed-api-key ${at('services/clients/maiagent.go', goNova)}`,
        `maxai-prod-key ${at('services/clients/MaxClient.java', javaKey)}`,
        `maxai-dev-key ${at('deploy/staging.yaml', yamlKey)}`,
      ].sort(),
    );
    expect(code).toBe(1);
  });

  it('names the original source of a key found in a source map', () => {
    const inMap = report.findings.find((f) => f.file === 'dist/assets/app.js.map' && f.kind === 'secret');
    expect(inMap?.original).toEqual({ file: '../../src/api.ts', line: 3, column: 14 });
  });

  it('gives NovaMed keys the environment of the host their file names', () => {
    const novamed = report.findings.find((f) => f.ruleId === 'novamed-api-key' && f.file.endsWith('.py'));
    expect(novamed?.environment).toBe('production');
  });

  it('skips binaries by content and says so', () => {
    expect(report.notes).toContainEqual({ file: 'assets/logo.png', reason: 'binary file skipped' });
  });

  it('gives the same secret the same fingerprint wherever it is', () => {
    const secretFindings = report.findings.filter((f) => f.kind === 'secret');
    expect(new Set(secretFindings.map((f) => f.fingerprint)).size).toBe(secretFindings.length);
    const again = JSON.parse(runCli(['scan', path.join(root, 'src'), '--format', 'json'], root).stdout) as Report;
    const staging = report.findings.find((f) => f.file === 'src/api.ts');
    expect(again.findings[0]?.fingerprint).toBe(staging?.fingerprint);
    expect(again.findings[0]?.file).toBe('api.ts');
  });

  it('scans gitignored files with --no-ignore', () => {
    const all = JSON.parse(runCli(['scan', '.', '--format', 'json', '--no-ignore'], root).stdout) as Report;
    expect(all.findings.filter((f) => f.file === 'logs/debug.log').map((f) => f.ruleId)).toEqual(['maxai-prod-key']);
  });

  it('passes when nothing reaches --fail-on', () => {
    const run = runCli(['scan', 'deploy', '--fail-on', 'critical', '--format', 'json'], root);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Report).findings).toHaveLength(1);
  });
});
