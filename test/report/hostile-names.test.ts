// Hostile names and contents: they must not forge annotations, break XML/HTML escaping or reach a shell.
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTERS, type Format } from '../../src/report/index.js';
import type { Reporter } from '../../src/report/types.js';
import type { Report } from '../../src/types.js';
import { fakeKeys } from '../helpers/fake.js';
import { makeRepo, runCli } from '../helpers/git.js';
import { builtinRules, scanMemory } from '../helpers/scan.js';

const keys = fakeKeys(77);
const HOSTILE_NAMES = [
  'a%0A::error file=x::forged.env',
  'line\nbreak\n::error::forged.env',
  'cr\r::warning::x.env',
  'quote"and\'apos.env',
  '<script>alert(1)</script>.env',
  'cdata]]><x>.env',
  'ctrl\u0001\u001b[31m\u0007.env',
  '&amp;entity&#x3c;.env',
];

describe('hostile file names and contents in every format', () => {
  let report: Report;
  const render = (format: Format) =>
    (REPORTERS[format] as Reporter)(report, { color: false, rules: builtinRules().rules });
  beforeAll(async () => {
    const files = HOSTILE_NAMES.map((name, i) => ({
      path: name,
      // The contents try the same tricks right next to the key.
      content: `# ]]> <!-- "' %0A::error::x\nMAXAI_API_KEY=${i % 2 ? keys.maxDev() : keys.maxProd()}\n`,
    }));
    ({ report } = await scanMemory(files));
    expect(report.findings.length).toBe(HOSTILE_NAMES.length);
  });

  it('github: exactly one workflow command per line, one line per finding or note', () => {
    const text = render('github');
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBe(report.findings.length + report.notes.length);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice) /);
      expect(line).not.toContain('\r');
      // Only the command's own two `::` pairs: every colon inside properties or data is escaped.
      expect(line.split('::').length).toBe(3);
    }
  });

  it('junit: parses, and keeps each name as text', () => {
    const text = render('junit');
    expect(XMLValidator.validate(text)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(text) as {
      testsuites: { testsuite: { testcase: unknown[] } };
    };
    expect(parsed.testsuites.testsuite.testcase).toHaveLength(report.findings.length);
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('\u0001');
    expect(text).not.toContain('\u001b');
  });

  it('sarif: valid JSON holding the names unchanged', () => {
    const sarif = JSON.parse(render('sarif')) as {
      runs: Array<{
        results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
      }>;
    };
    expect(sarif.runs[0]!.results).toHaveLength(report.findings.length);
  });

  it('html: names appear as text, never as markup', () => {
    const text = render('html');
    expect(text).not.toContain('<script>alert(1)');
    expect(text).not.toContain('<x>');
    expect(text).toContain('&lt;script&gt;alert(1)');
  });

  it('human: control characters of names never reach the terminal raw', () => {
    const text = render('human');
    expect(text).not.toContain('\u001b[31m');
    expect(text).not.toContain('\u0007');
    // A newline in a name cannot start a line that looks like another finding.
    expect(text).toContain('line\\x0abreak\\x0a::error::forged.env:2:15');
  });
});

describe('shell metacharacters in names reach git as arguments only', () => {
  let repo: ReturnType<typeof makeRepo>;
  const NAMES = [
    '$(touch pwned).env',
    ';rm -rf victim;.env',
    '`touch pwned2`.env',
    '--output=evil.env',
    '|tee pwned3.env',
  ];
  beforeAll(() => {
    repo = makeRepo('keylint-inject-');
    fs.mkdirSync(path.join(repo.dir, 'victim'));
    fs.writeFileSync(path.join(repo.dir, 'victim', 'keep'), 'x');
    repo.commit(Object.fromEntries(NAMES.map((n) => [n, `MAXAI_API_KEY=${keys.maxProd()}\n`])), 'hostile names');
    // And staged changes with the same names.
    for (const n of NAMES) repo.write(n, `MAXAI_API_KEY=${keys.maxProd()}\n`);
    repo.git('add', '-A');
  });
  afterAll(() => repo.cleanup());

  it.each([['git'], ['staged']])('keylint %s finds every key without side effects', (command) => {
    const run = runCli(repo.dir, [command, '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const files = (JSON.parse(run.stdout) as Report).findings.map((f) => f.file);
    for (const n of NAMES) expect(files).toContain(n);
    for (const bad of ['pwned', 'pwned2', 'pwned3.env', 'evil.env'])
      expect(fs.existsSync(path.join(repo.dir, bad))).toBe(false);
    expect(fs.readFileSync(path.join(repo.dir, 'victim', 'keep'), 'utf8')).toBe('x');
  });
});
