// Boundary: custom rule regexes are untrusted code. A pattern that backtracks exponentially is refused when the
// rules load, with a one-line error naming the rule, instead of hanging the scan on the first matching line.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '../helpers/cli.js';
import { zipOf } from '../helpers/archive.js';
import { fakeKeys } from '../helpers/fake.js';

interface Finding {
  file: string;
  ruleId: string;
  secret: string;
}

const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'keylint.js');
const root = useTempDir('keylint-custom-rules-');

/** Runs `keylint scan` in `cwd`, killed after `seconds`: today's engine never finishes the ReDoS below. */
function scan(cwd: string, seconds = 20) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; ms: number; killed: boolean }>(
    (resolve) => {
      const started = performance.now();
      const child = spawn(process.execPath, [BIN, 'scan', '.', '--format', 'json'], {
        cwd,
        env: { ...process.env, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      let killed = false;
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      const timer = setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, seconds * 1000);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr, ms: performance.now() - started, killed });
      });
    },
  );
}

const rule = (id: string, regex: string) => ({
  id,
  description: 'An internal token',
  severity: 'high',
  keywords: ['aaa'],
  patterns: [{ regex }],
  message: 'A token.',
  fix: 'Rotate it.',
  examples: { match: ['aaaa'], noMatch: [] },
});

describe('custom rule regexes', () => {
  it("(?<secret>(a|aa)+)+$ on sixty a's: refused at load in a second or two, naming the rule", async () => {
    const dir = root();
    writeTree(dir, {
      '.keylint.json': JSON.stringify({ rules: [rule('acme-redos', '(?<secret>(a|aa)+)+$')] }),
      'input.txt': `${'a'.repeat(60)}!\n`,
    });
    const run = await scan(dir);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^keylint: .*\.keylint\.json: rule "acme-redos": patterns\[0\]\.regex can take exponential time/,
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    // Node's start-up included; generous for a loaded shared machine.
    expect(run.ms).toBeLessThan(5_000);
  });

  it('the same shape in a nearby condition or an allow list is refused too', async () => {
    const dir = root();
    const nearby = {
      ...rule('acme-nearby', '(?<secret>aaa\\w{8})'),
      patterns: [{ regex: '(?<secret>aaa\\w{8})', requires: [{ regex: '(\\w+\\s?)+$', withinLines: 2 }] }],
    };
    writeTree(dir, { '.keylint.json': JSON.stringify({ rules: [nearby] }), 'input.txt': 'hello\n' });
    const run = await scan(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rule "acme-nearby": patterns[0].requires[0].regex can take exponential time');
  });

  // Before: only exponential patterns were refused; these loaded, and most hung the scan on this input (killed at 20 s).
  it.each([
    ['five repetitions trading word characters', '(?<secret>aaa\\w*\\w*\\w*\\w*\\w*!)', 'can take polynomial time'],
    ['three trading spaces', '(?<secret>aaa\\s*\\s*\\s*X)', 'can take polynomial time'],
    [
      'an ambiguous repetition under a large bound',
      '(?<secret>aaa(a{1,2}){1,50}X)',
      'took over 2 s on a 60-character probe',
    ],
    [
      'an ambiguous alternation under one repetition',
      '(?<secret>aaa(?:a|aa)+X)',
      'took over 2 s on a 60-character probe',
    ],
  ])('%s is refused at load, naming the rule', async (_name, regex, why) => {
    const dir = root();
    writeTree(dir, {
      '.keylint.json': JSON.stringify({
        rules: [{ ...rule('acme-slow', regex), examples: { match: ['aaaaX!'], noMatch: [] } }],
      }),
      'input.txt': `${'a'.repeat(5000)}\n${'aaa '.repeat(3000)}\n`,
    });
    const run = await scan(dir);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`rule "acme-slow": patterns[0].regex ${why}`);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it("a rule file's own allow and foreign regexes are checked too (they run over scanned text)", async () => {
    const dir = root();
    const key = 'max_prd_' + 'ak_' + 'a'.repeat(40) + 'B';
    for (const [field, list] of [
      ['allow', ['^(?:a|aa)+$']],
      ['foreign', ['(?:x|xx)+y']],
    ] as const) {
      // Before: a rule file without "rules" was "unexpected error"; with them, the scan hung on these regexes.
      writeTree(dir, {
        '.keylint.json': JSON.stringify({ ruleFiles: ['acme.json'] }),
        'acme.json': JSON.stringify({ [field]: list }),
        '.env': `MAXAI_API_KEY=${key}\nnote = "${'x'.repeat(60)}z"\n`,
      });
      const run = await scan(dir);
      expect(run.killed).toBe(false);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`acme\\.json: "${field}\\[0\\]" took over 2 s`));
    }
  });

  it.each([['aaa[a-z]*X'], ['(a)\\1a[a-z]*X']])(
    'a linear custom regex (%s) over a megabyte of touching keyword hits stops at its time budget, with a note',
    async (regex) => {
      // Every byte of the line is a hit of "aaa" and one window holds them all. Uncapped, each hit's search ran to the
      // window's end (over 30 s); capped at 1000 characters a repetition, 4-7 s; now the rule stops after its budget
      // on that file. A numbered backreference is searched near each hit like any pattern (before: from the window's
      // start in one search that nothing could stop).
      const dir = root();
      const token = Array.from({ length: 600 }, (_, i) => 'qwertyuiopasdfghjklzxcvbnm'[(i * 7) % 26]).join('');
      const key = fakeKeys(1705).maxProd();
      writeTree(dir, {
        '.keylint.json': JSON.stringify({
          rules: [{ ...rule('acme-greedy', `(?<secret>${regex})`), examples: { match: ['aaaabcX'], noMatch: [] } }],
        }),
        'input.txt': `${'a'.repeat(1_000_000)}\nMAXAI_API_KEY=${key}\n`,
        'other.txt': `token aaa${token}X\n`,
      });
      const run = await scan(dir);
      expect(run.killed).toBe(false);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as { findings: Finding[]; notes: Array<{ file: string; reason: string }> };
      expect(report.notes).toEqual([
        {
          file: 'input.txt',
          reason:
            'custom rule "acme-greedy" stopped after 1000 ms (its regex is slow on this content): rest of the file not searched for it',
        },
      ]);
      // keylint's own rules go on in that file, and the custom rule in every other (its 606-character token is whole).
      expect(report.findings.map((f) => [f.file, f.ruleId, f.secret.length > 0])).toEqual([
        ['input.txt', 'maxai-prod-key', true],
        ['other.txt', 'acme-greedy', true],
      ]);
    },
  );

  it('a zip of crafted entries: after two, the rule gets a short budget on each, never none', async () => {
    // A budget per file alone: each one-megabyte entry (a 6 KB zip holds six) cost the rule a second. Now a rule that
    // ran out twice (in a thread) gets 100 ms a file; it still runs on every file, and finds its token in other.txt.
    const dir = root();
    const token = Array.from({ length: 40 }, (_, i) => 'qwertyuiopasdfghjklzxcvbnm'[(i * 7) % 26]).join('');
    const entries = Array.from({ length: 6 }, (_, i) => ({
      name: `e${i}.txt`,
      content: `${'a'.repeat(1_000_000)}\n`,
    }));
    writeTree(dir, {
      '.keylint.json': JSON.stringify({
        rules: [{ ...rule('acme-greedy', '(?<secret>aaa[a-z]*X)'), examples: { match: ['aaaabcX'], noMatch: [] } }],
      }),
      'bundle.zip': zipOf(entries),
      'other.txt': `token aaa${token}X\n`,
    });
    // The keyword pass over a megabyte of hits costs half a second an entry whatever the budget: a loose deadline.
    const run = await scan(dir, 180);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Finding[]; notes: Array<{ file: string; reason: string }> };
    expect(report.findings.map((f) => [f.file, f.ruleId])).toEqual([['other.txt', 'acme-greedy']]);
    expect(report.notes).toHaveLength(6);
    // Two full budgets, then short ones: a scan of so few items runs on one thread.
    const short = report.notes.filter((n) => n.reason.startsWith('custom rule "acme-greedy" stopped after 100 ms'));
    expect(short).toHaveLength(4);
  }, 200_000);

  it('an ordinary custom rule still loads and finds its token', async () => {
    const dir = root();
    writeTree(dir, {
      '.keylint.json': JSON.stringify({ rules: [rule('acme-token', '(?<secret>aaa_[a-z0-9]{16})')] }),
      'input.txt': 'token = aaa_k3j9x0q2w7e5r1t8\n',
    });
    const run = await scan(dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });
});
