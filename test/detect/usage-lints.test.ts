// Usage lints end to end: a small app per language yields exactly the expected findings, nothing else.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { redact } from '../../src/redact.js';
import { compileRuleFiles, loadRuleSet } from '../../src/rules.js';
import { fakeKeys } from '../helpers/fake.js';
import { scanMemory } from '../helpers/scan.js';

const keys = fakeKeys(7);
const maxProd = keys.maxProd();
const novamed = keys.novamed();

/** A fixture: its files, and each expected finding as [ruleId, path, a substring of its line]. */
interface Fixture {
  files: Array<{ path: string; content: string }>;
  expected: Array<[ruleId: string, path: string, line: string]>;
}

const fixtures: Record<string, Fixture> = {
  'JS/TS': {
    files: [
      {
        path: 'src/clients.ts',
        content: `import { MaxAI } from './maxai-sdk';
const MAXAI_BASE = 'https://api.maxcare.ai/v1';

export async function listPatients(org: string) {
  const res = await fetch(\`\${MAXAI_BASE}/patients\`, {
    headers: {
      Authorization: \`Bearer \${process.env.MAXAI_API_KEY}\`,
      'X-Organization-Id': org,
    },
  });
  return res.json();
}

export function pageSize(): number {
  return 50;
}

export async function whoAmI() {
  const res = await fetch(\`\${MAXAI_BASE}/marketplace/me\`, {
    headers: { Authorization: process.env.MAXAI_API_KEY },
  });
  console.log('Max AI key:', process.env.MAXAI_API_KEY);
  return res.json();
}

export async function chatbots() {
  return fetch('https://api.maiagent.ai/api/v1/chatbots/?page=1', {
    headers: { Authorization: \`Bearer \${process.env.MAIAGENT_API_KEY}\` },
  });
}

export const fallbackKey = process.env.MAXAI_API_KEY ?? '${maxProd}';
`,
      },
    ],
    expected: [
      ['maxai-missing-bearer-prefix', 'src/clients.ts', 'headers: { Authorization: process.env'],
      ['maxai-missing-org-header', 'src/clients.ts', 'headers: { Authorization: process.env'],
      ['vendor-key-logged', 'src/clients.ts', 'console.log'],
      ['maiagent-bearer-scheme', 'src/clients.ts', 'MAIAGENT_API_KEY'],
      ['vendor-key-literal-fallback', 'src/clients.ts', 'fallbackKey'],
      ['maxai-prod-key', 'src/clients.ts', 'fallbackKey'],
    ],
  },
  Python: {
    files: [
      {
        path: 'novamed_client.py',
        content: `import logging
import os

import requests

log = logging.getLogger(__name__)
NOVAMED_DEV = "https://novamed-feapidev.stackmod.info/api/external"
API_KEY = os.getenv("NOVAMED_API_KEY", "${novamed}")


def create_practitioner(clinic_id):
    return requests.post(
        f"{NOVAMED_DEV}/practitioner",
        headers={"x-api-key": API_KEY},
        json={"clinic_id": clinic_id, "first_name": "Test", "last_name": "Doctor"},
    )


def create_patient(clinic_id, patient):
    log.info("sending with key %s", API_KEY)
    return requests.post(
        "https://novamed-feapidev.stackmod.info/api/external/patient",
        headers={"x-api-key": os.environ["NOVAMED_PROD_API_KEY"]},
        json={"clinic_id": clinic_id, "first_name": patient.first_name, "date_of_birth": patient.dob},
    )
`,
      },
    ],
    expected: [
      ['vendor-key-literal-fallback', 'novamed_client.py', 'API_KEY = os.getenv'],
      ['novamed-api-key', 'novamed_client.py', 'API_KEY = os.getenv'],
      ['vendor-key-logged', 'novamed_client.py', 'log.info'],
      ['novamed-phi-to-dev-host', 'novamed_client.py', '"https://novamed-feapidev.stackmod.info/api/external/patient"'],
      ['novamed-prod-key-on-dev-host', 'novamed_client.py', 'NOVAMED_PROD_API_KEY'],
    ],
  },
  Go: {
    files: [
      {
        path: 'maxai/client.go',
        content: `package maxai

import (
	"log"
	"net/http"
	"os"
)

const baseURL = "http://api.maxcare.ai/v1"

func Me(org string) (*http.Response, error) {
	req, err := http.NewRequest("GET", baseURL+"/marketplace/me", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("MAXAI_API_KEY"))
	req.Header.Set("X-Organization-Id", org)
	return http.DefaultClient.Do(req)
}

func Patients(org string) (*http.Response, error) {
	maxaiKey := os.Getenv("MAXAI_API_KEY")
	log.Printf("calling Max AI with %s", maxaiKey)
	url := baseURL + "/patients?api_key=" + maxaiKey
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("X-API-Key", maxaiKey)
	req.Header.Set("X-Organization-Id", org)
	return http.DefaultClient.Do(req)
}
`,
      },
    ],
    expected: [
      ['vendor-key-over-http', 'maxai/client.go', 'const baseURL'],
      ['vendor-key-logged', 'maxai/client.go', 'log.Printf'],
      ['vendor-key-in-url-query', 'maxai/client.go', '?api_key='],
      ['maxai-wrong-auth-scheme', 'maxai/client.go', 'X-API-Key'],
    ],
  },
  Java: {
    files: [
      {
        path: 'src/main/java/com/example/NovaMedClient.java',
        content: `package com.example;

import java.net.URI;
import java.net.http.HttpRequest;

public class NovaMedClient {
    private static final String BASE = "https://feapi.novamed.care/api/external";
    private final String novamedApiKey = System.getenv().getOrDefault("NOVAMED_API_KEY", "${novamed}");

    public HttpRequest practitioner(String body) {
        System.out.println("Using NovaMed key " + novamedApiKey);
        return HttpRequest.newBuilder(URI.create(BASE + "/practitioner"))
            .header("x-api-key", novamedApiKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    }

    public HttpRequest chatbots(String maiagentApiKey) {
        return HttpRequest.newBuilder(URI.create("https://api.maiagent.ai/api/v1/chatbots/"))
            .header("Authorization", "Api-Key " + maiagentApiKey)
            .build();
    }
}
`,
      },
    ],
    expected: [
      ['vendor-key-literal-fallback', 'src/main/java/com/example/NovaMedClient.java', 'getOrDefault'],
      ['novamed-api-key', 'src/main/java/com/example/NovaMedClient.java', 'getOrDefault'],
      ['vendor-key-logged', 'src/main/java/com/example/NovaMedClient.java', 'System.out.println'],
    ],
  },
  'shell and HTTP client config': {
    files: [
      {
        path: 'scripts/check.sh',
        content: `#!/usr/bin/env bash
set -euo pipefail
: "\${MAXAI_API_KEY:?set MAXAI_API_KEY}"

curl -sS "https://api.maxcare.ai/v1/marketplace/me" \\
  -H "Authorization: Bearer \${MAXAI_API_KEY}" \\
  -H "X-Organization-Id: \${MAXAI_ORG_ID}"

curl -sS https://api.maiagent.ai/api/v1/chatbots/ \\
  -H "Authorization: Api-Key \${MAIAGENT_API_KEY}"

curl -sS "http://feapi.novamed.care/api/external/practitioner" \\
  -H "x-api-key: \${NOVAMED_API_KEY}"

curl -sS "https://api.maxcare.ai/v1/patients" \\
  -H "Authorization: Bearer \${MAXAI_STAGING_KEY}"
`,
      },
      {
        path: 'requests/api.http',
        content: `### Max AI: who am I
GET https://api.maxcare.ai/v1/marketplace/me
Authorization: Bearer {{MAXAI_API_KEY}}
X-Organization-Id: {{orgId}}

### NovaMed: create a patient
POST https://novamed-feapidev.stackmod.info/api/external/patient
x-api-key: {{novamedDevKey}}
Content-Type: application/json

{"clinic_id": "{{clinicId}}", "first_name": "Jane", "last_name": "Doe", "date_of_birth": "1990-01-01"}
`,
      },
    ],
    expected: [
      ['vendor-key-over-http', 'scripts/check.sh', 'http://feapi'],
      ['maxai-missing-org-header', 'scripts/check.sh', 'MAXAI_STAGING_KEY'],
      ['maxai-staging-key-on-prod-host', 'scripts/check.sh', 'MAXAI_STAGING_KEY'],
      ['novamed-phi-to-dev-host', 'requests/api.http', 'POST https://novamed-feapidev'],
    ],
  },
};

function lineOf(fixture: Fixture, path: string, needle: string): number {
  const lines = fixture.files.find((f) => f.path === path)!.content.split('\n');
  const index = lines.findIndex((l) => l.includes(needle));
  if (index === -1) throw new Error(`fixture ${path} has no line with ${needle}`);
  return index + 1;
}

const byPosition = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe.each(Object.entries(fixtures))('usage lints in a %s app', (_name, fixture) => {
  it('reports exactly the expected findings', async () => {
    const { report } = await scanMemory(fixture.files);
    const got = report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort(byPosition);
    const want = fixture.expected
      .map(([rule, path, line]) => `${path}:${lineOf(fixture, path, line)} ${rule}`)
      .sort(byPosition);
    expect(got).toEqual(want);
  });
});

describe('usage findings', () => {
  it('carry an empty secret without a key, a redacted one with it, and a fingerprint that survives moves', async () => {
    const text = `const k = process.env.MAXAI_API_KEY ?? '${maxProd}';\nconsole.log('key', process.env.MAXAI_API_KEY);\n`;
    const first = await scanMemory([{ path: 'a.js', content: text }]);
    const moved = await scanMemory([
      { path: 'b/a.js', content: `\n\n// moved\n${text.replace("'key', ", "'key',   ")}` },
    ]);
    const usage = (r: typeof first) => r.report.findings.filter((f) => f.kind === 'usage');
    const [fallback, logged] = usage(first);
    expect(fallback!.secret).toBe(redact(maxProd, 'max_prd_ak_'));
    expect(first.secrets.get(fallback!.fingerprint)).toBe(maxProd);
    expect(logged!.secret).toBe('');
    expect(usage(moved).map((f) => f.fingerprint)).toEqual([fallback!.fingerprint, logged!.fingerprint]);
    expect(JSON.stringify(first.report)).not.toContain(maxProd);
  });

  it('never raise policies, even in a client bundle or a dev config', async () => {
    const { report } = await scanMemory([
      { path: 'dist/app.min.js', content: 'console.log("k",window.MAXAI_API_KEY);' },
      { path: '.env.development', content: 'MAXAI_API_URL=http://api.maxcare.ai\n' },
    ]);
    expect(report.findings.map((f) => `${f.kind} ${f.ruleId}`)).toEqual([
      'usage vendor-key-over-http',
      'usage vendor-key-logged',
    ]);
  });

  it("are found in a source map's sourcesContent and traced to the original file", async () => {
    const original = "const u = 'http://api.maxcare.ai/v1';\nconsole.log(process.env.MAXAI_API_KEY);\n";
    const map = JSON.stringify({ version: 3, sources: ['src/app.js'], sourcesContent: [original], mappings: '' });
    const { report } = await scanMemory([{ path: 'dist/app.js.map', content: map }]);
    expect(report.findings.map((f) => [f.ruleId, f.original])).toEqual([
      ['vendor-key-over-http', { file: 'src/app.js', line: 1, column: 12 }],
      ['vendor-key-logged', { file: 'src/app.js', line: 2, column: 1 }],
    ]);
  });

  it("report one mistake once, however many of a rule's patterns see it", async () => {
    const content =
      'MAIAGENT_BASE_URL = "http://maiagent.clinic.internal/api/v1"\n\n' +
      'def bots(key):\n    return requests.get(f"{MAIAGENT_BASE_URL}/chatbots/", headers={"Authorization": f"Api-Key {key}"})\n';
    const { report } = await scanMemory([{ path: 'maiagent.py', content }]);
    expect(report.findings.map((f) => [f.ruleId, f.line])).toEqual([['vendor-key-over-http', 1]]);
  });

  it("report a key paired with the other environment's host once, where it is used", async () => {
    const content =
      'import os, requests\n\nMAXAI_STAGING_KEY = os.environ["MAXAI_STAGING_KEY"]\n' +
      'resp = requests.get("https://api.maxcare.ai/v1/patients",\n' +
      '                    headers={"Authorization": f"Bearer {MAXAI_STAGING_KEY}", "X-Organization-Id": ORG})\n';
    const { report } = await scanMemory([{ path: 'env_mix.py', content }]);
    expect(report.findings.map((f) => [f.ruleId, f.line])).toEqual([['maxai-staging-key-on-prod-host', 5]]);
  });

  it('name the vendor the linted code talks to when their rule names none', async () => {
    const content = [
      "const base = 'https://novamed-feapidev.stackmod.info';",
      'export const list = (key: string) => fetch(`${base}/api/external/refill-request?api_key=${key}`);',
      '',
      "const chat = 'https://api.maiagent.ai/api/v1/';",
      "export const ask = (apiKey: string) => { console.log('key', apiKey); return fetch(chat, { headers: {} }); };",
      '',
      "const crm = 'https://api.hubapi.com/crm/v3/objects';",
      'export const contacts = (token: string) => fetch(`${crm}/contacts?token=${token}`);',
    ].join('\n');
    const { report } = await scanMemory([{ path: 'src/clients.ts', content }]);
    expect(report.findings.map((f) => [f.ruleId, f.line, f.vendor])).toEqual([
      ['vendor-key-in-url-query', 2, 'novamed'],
      ['vendor-key-logged', 5, 'maiagent'],
    ]);
  });

  it('honour an inline allow comment', async () => {
    const { report } = await scanMemory([{ path: 'a.py', content: 'print(MAXAI_API_KEY)  # keylint:allow\n' }]);
    expect(report.findings).toEqual([]);
  });
});

describe('usage lints from the CLI', () => {
  it('report keyless findings with an empty secret, and exit 1 with --fail-on-usage', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-usage-'));
    try {
      const app = fixtures['shell and HTTP client config']!;
      for (const file of app.files) {
        fs.mkdirSync(path.join(dir, path.dirname(file.path)), { recursive: true });
        fs.writeFileSync(path.join(dir, file.path), file.content);
      }
      const advisory = await promisify(execFile)('node', ['bin/keylint.js', 'scan', dir, '--format', 'json'], {
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(JSON.parse(advisory.stdout).findings).toHaveLength(4);
      const run = promisify(execFile)('node', ['bin/keylint.js', 'scan', dir, '--format', 'json', '--fail-on-usage'], {
        env: { ...process.env, NO_COLOR: '1' },
      });
      const error = await run.then(
        () => undefined,
        (e: { code: number; stdout: string }) => e,
      );
      expect(error?.code).toBe(1);
      const report = JSON.parse(error!.stdout) as { findings: Array<{ kind: string; ruleId: string; secret: string }> };
      expect(report.findings.map((f) => [f.kind, f.ruleId, f.secret])).toEqual([
        ['usage', 'novamed-phi-to-dev-host', ''],
        ['usage', 'vendor-key-over-http', ''],
        ['usage', 'maxai-missing-org-header', ''],
        ['usage', 'maxai-staging-key-on-prod-host', ''],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('nearby conditions in the rule format', () => {
  const ruleFile = (nearby: unknown) => ({
    file: 'custom.json',
    data: {
      rules: [
        {
          id: 'acme-missing-trace',
          kind: 'usage',
          vendor: null,
          description: 'Acme call without a trace header',
          severity: 'low',
          keywords: ['acme'],
          patterns: [{ regex: 'acme\\.example/\\S*', ...(nearby as object) }],
          message: 'Calls need a trace id.',
          fix: 'Send X-Trace-Id.',
          examples: { match: ['x'], noMatch: [] },
        },
      ],
    },
  });

  it('reject malformed entries with a message naming the rule and field', () => {
    expect(() => compileRuleFiles([ruleFile({ requires: 'x' })])).toThrow(ConfigError);
    expect(() => compileRuleFiles([ruleFile({ requires: [{ regex: 'x', withinLines: -1 }] })])).toThrow(
      /rule "acme-missing-trace": patterns\[0\]\.requires\[0\]\.withinLines" must be a whole number from 0 to 50/,
    );
    expect(() => compileRuleFiles([ruleFile({ excludes: [{ regex: '(', withinLines: 2 }] })])).toThrow(
      /excludes\[0\]\.regex: invalid regular expression/,
    );
    expect(() => compileRuleFiles([ruleFile({ excludes: [{ regex: 'x', flags: 'g', withinLines: 2 }] })])).toThrow(
      /flags" may only hold i, m, s/,
    );
  });

  it('count lines before and after the match, not bytes', async () => {
    const base = loadRuleSet();
    const custom = compileRuleFiles([ruleFile({ excludes: [{ regex: 'x-trace-id', flags: 'i', withinLines: 2 }] })]);
    const ruleSet = { ...base, rules: [...base.rules, ...custom.rules] };
    const filler = `// ${'-'.repeat(300)}\n`;
    const near = `fetch("https://acme.example/v1")\n${filler}headers["X-Trace-Id"] = id\n`;
    const far = `fetch("https://acme.example/v1")\n${filler}${filler}headers["X-Trace-Id"] = id\n`;
    const before = `headers["X-Trace-Id"] = id\n${filler}fetch("https://acme.example/v1")\n`;
    const hits = async (content: string) =>
      (await scanMemory([{ path: 'a.js', content }], ruleSet)).report.findings.length;
    expect(await hits(near)).toBe(0);
    expect(await hits(far)).toBe(1);
    expect(await hits(before)).toBe(0);
  });
  it('read "file" as anywhere in the item', async () => {
    const base = loadRuleSet();
    const custom = compileRuleFiles([
      ruleFile({ excludes: [{ regex: 'x-trace-id', flags: 'i', withinLines: 'file' }] }),
    ]);
    const ruleSet = { ...base, rules: [...base.rules, ...custom.rules] };
    const filler = `// ${'-'.repeat(40)}\n`.repeat(60);
    const hits = async (content: string) =>
      (await scanMemory([{ path: 'a.js', content }], ruleSet)).report.findings.length;
    expect(await hits(`headers["X-Trace-Id"] = id\n${filler}fetch("https://acme.example/v1")\n`)).toBe(0);
    expect(await hits(`${filler}fetch("https://acme.example/v1")\n`)).toBe(1);
    expect(() => compileRuleFiles([ruleFile({ requires: [{ regex: 'x', withinLines: 'module' }] })])).toThrow(
      /withinLines" must be a whole number from 0 to 50, or "file"/,
    );
  });

  it('reject "attributed" outside usage rules and when not a boolean', () => {
    expect(() => compileRuleFiles([ruleFile({ attributed: 'yes' })])).toThrow(/attributed" must be true or false/);
    const secret = ruleFile({ attributed: true });
    (secret.data.rules[0] as { kind: string }).kind = 'secret';
    expect(() => compileRuleFiles([secret])).toThrow(/attributed" applies only to usage rules/);
  });
});
