// SARIF against the official 2.1.0 schema, JUnit parsed back, GitHub annotation escaping round-tripped,
// and every format free of full secrets unless --show-secrets.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { annotation, escapeData, escapeProperty } from '../../src/report/github.js';
import { REPORTERS } from '../../src/report/index.js';
import { fakeKeys } from '../helpers/fake.js';
import { builtinRules, scanMemory } from '../helpers/scan.js';

const require = createRequire(import.meta.url);
const keys = fakeKeys(7);
const prod = keys.maxProd();
const dev = keys.maxDev();
const files = [
  { path: 'src/client.ts', content: `import x from 'maxcare';\nconst key = "${prod}";\n` },
  { path: '.env.development', content: `MAXAI_API_KEY=${prod}\nOTHER=${dev}\n` },
  { path: 'a&b <c>.js', content: `const k = '${dev}'; // "quoted" & odd\n` },
];

async function sample() {
  const result = await scanMemory(files);
  expect(result.report.findings.length).toBeGreaterThanOrEqual(4);
  result.report.notes.push({ file: 'big.bin', reason: 'binary file skipped' });
  return result;
}

/** Reverses the runner's escaping (what GitHub does when it reads a workflow command). */
function unescapeCommand(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema and describes every rule', async () => {
    const { report } = await sample();
    const rules = builtinRules().rules;
    const log = JSON.parse(REPORTERS.sarif(report, { color: false, rules }));
    // The schema's language pattern is not valid with the u flag, hence unicodeRegExp: false.
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    // ajv-draft-04 is CommonJS whose module.exports is the class itself.
    const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
    const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(
      schema,
    );
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);

    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
    for (const descriptor of run.tool.driver.rules) {
      expect(descriptor.help.text).toContain('Fix:');
      expect(descriptor.properties.tags).toContain('external/cwe/cwe-798');
      expect(Number(descriptor.properties['security-severity'])).toBeGreaterThan(0);
    }
    expect(run.results).toHaveLength(report.findings.length);
    for (const [i, res] of run.results.entries()) {
      const finding = report.findings[i]!;
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(res.partialFingerprints['keylint/v1']).toBe(finding.fingerprint);
      expect(res.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(res.locations[0].physicalLocation.region.startColumn).toBeGreaterThanOrEqual(1);
    }
    const prodResult = run.results.find((r: { ruleId: string }) => r.ruleId === 'maxai-prod-key');
    expect(prodResult.level).toBe('error');
    expect(prodResult.properties).toMatchObject({ vendor: 'maxai', environment: 'production' });
  });

  it('falls back to descriptors built from findings when no rule list is given', async () => {
    const { report } = await sample();
    const log = JSON.parse(REPORTERS.sarif(report, { color: false }));
    const ids = new Set(report.findings.map((f) => f.ruleId));
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id).sort()).toEqual([...ids].sort());
  });
});

describe('github annotations', () => {
  it('round-trips data and property escaping', () => {
    const nasty = '100% sure\r\nline two: a, b %0A literal';
    expect(unescapeCommand(escapeData(nasty))).toBe(nasty);
    expect(unescapeCommand(escapeProperty(nasty))).toBe(nasty);
    expect(escapeProperty(nasty)).not.toMatch(/[\r\n:,]/);
    expect(escapeData(nasty)).not.toMatch(/[\r\n]/);
    const line = annotation('error', { file: 'a,b:c.js', title: 't%' }, 'x\ny');
    expect(line).toBe('::error file=a%2Cb%3Ac.js,title=t%25::x%0Ay');
  });

  it('maps severities to error, warning and notice, one line per finding', async () => {
    const { report } = await sample();
    const out = REPORTERS.github(report);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(report.findings.length + report.notes.length);
    for (const [i, f] of report.findings.entries()) {
      const expected = f.severity === 'medium' ? 'warning' : f.severity === 'low' ? 'notice' : 'error';
      expect(lines[i]).toMatch(new RegExp(`^::${expected} file=[^,]+,line=${f.line},col=${f.column},title=`));
    }
  });
});

describe('junit', () => {
  it('is well-formed XML with one failing test case per finding', async () => {
    const { report } = await sample();
    report.notes.push({ file: 'odd\u0001name]]>.bin', reason: 'bad <name> & "quotes"' });
    const xml = REPORTERS.junit(report);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => name === 'testcase',
    }).parse(xml, true);
    const suite = doc.testsuites.testsuite;
    expect(Number(suite.tests)).toBe(report.findings.length);
    expect(Number(suite.failures)).toBe(report.findings.length);
    expect(suite.testcase).toHaveLength(report.findings.length);
    const odd = suite.testcase.find((c: { classname: string }) => c.classname === 'a&b <c>.js');
    expect(odd.name).toMatch(/^maxai-dev-key at line 1$/);
    expect(odd.failure.message).toContain('max_dev_ak_');
    expect(odd.failure['#text']).toContain('\nfix: ');
    expect(suite['system-out']).toContain('bad <name> & "quotes"');
  });
});

describe('redaction in every format', () => {
  it('never prints a full key unless --show-secrets', async () => {
    const { report } = await sample();
    for (const [name, render] of Object.entries(REPORTERS)) {
      const out = render(report, { color: false, rules: builtinRules().rules });
      expect(out.includes(prod), name).toBe(false);
      expect(out.includes(dev), name).toBe(false);
    }
  });

  it('end to end: the CLI writes each format without the key, and with it only on --show-secrets', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-fmt-'));
    fs.writeFileSync(path.join(dir, 'app.js'), `const key = "${prod}";\n`);
    const bin = path.resolve('bin/keylint.js');
    for (const format of ['sarif', 'github', 'junit']) {
      const run = spawnSync('node', [bin, 'scan', dir, '--format', format], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toContain('maxai-prod-key');
      expect(run.stdout.includes(prod)).toBe(false);
    }
    const shown = spawnSync('node', [bin, 'scan', dir, '--format', 'sarif', '--show-secrets'], { encoding: 'utf8' });
    expect(shown.stdout.includes(prod)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
