// Usage lints across languages and tools: each case of usage-forms.txt, one small file, raises the lints it
// names and none of those it rules out.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandTemplate, seeded } from '../helpers/fake.js';
import { scanMemory } from '../helpers/scan.js';

interface Case {
  name: string;
  path: string;
  content: string;
  expect: string[];
  not: string[];
}

function readCases(file: URL): Case[] {
  // The file's own comment lines come before the first case; a case's lines are kept as they are.
  return fs
    .readFileSync(file, 'utf8')
    .split(/^=== /m)
    .slice(1)
    .map((block) => {
      const newline = block.indexOf('\n');
      const [name, ...options] = block.slice(0, newline).trim().split(/\s+/);
      const option = (key: string) => options.find((o) => o.startsWith(`${key}:`))?.slice(key.length + 1) ?? '';
      const list = (key: string) => option(key).split(',').filter(Boolean);
      return {
        name: name!,
        path: option('file') || 'app.js',
        content: block.slice(newline + 1),
        expect: list('expect'),
        not: list('not'),
      };
    });
}

const cases = readCases(new URL('./usage-forms.txt', import.meta.url));

describe('usage lint forms', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(50));

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const content = expandTemplate(c.content, seeded(c.name.length)).text;
    const { report } = await scanMemory([{ path: c.path, content }]);
    const ids = new Set(report.findings.map((f) => f.ruleId));
    for (const id of c.expect) expect(ids, `${c.name}: ${id} expected`).toContain(id);
    for (const id of c.not) expect(ids, `${c.name}: ${id} not expected`).not.toContain(id);
  });
});
