// The never-leak rule: no output format and no stderr line holds a full key unless --show-secrets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTERS } from '../../src/report/index.js';
import { runCli, tempDir, writeTree } from '../helpers/cli.js';
import { fakeKeys } from '../helpers/fake.js';

const keys = fakeKeys(99);
const planted = [keys.maxProd(), keys.maxDev(), keys.novamed(), keys.maiagent(), keys.novamed()];
const [prod, dev, nova, mai, novaVar] = planted as [string, string, string, string, string];

describe('redaction', () => {
  let root: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir: root, cleanup } = tempDir());
    writeTree(root, {
      '.env.development': `MAXAI_API_KEY=${prod}\nNOVAMED_API_KEY=${novaVar}\n`,
      'dist/app.min.js': `var a="${dev}",h={"x-api-key":"${nova}"};`,
      'client.py': `headers = {"Authorization": "Api-Key ${mai}"}\n`,
    });
  });
  afterAll(() => cleanup());

  it.each(Object.keys(REPORTERS))('keeps every key out of --format %s and stderr', (format) => {
    const run = runCli(['scan', '.', '--format', format], root);
    expect(run.code).toBe(1);
    const everything = run.stdout + run.stderr;
    for (const key of planted) {
      expect(everything).not.toContain(key);
      // Not even the bulk of one: at most a few characters of each end survive.
      expect(everything).not.toContain(key.slice(-12));
    }
  });

  it('shows full keys only with --show-secrets', () => {
    const run = runCli(['scan', '.', '--format', 'json', '--show-secrets'], root);
    for (const key of planted) expect(run.stdout).toContain(key);
  });

  it('writes the same redacted report to --output', () => {
    const run = runCli(['scan', '.', '--format', 'json', '--output', 'report.json'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const written = runCli(['scan', 'report.json', '--format', 'json'], root);
    expect(written.code).toBe(0);
  });
});
