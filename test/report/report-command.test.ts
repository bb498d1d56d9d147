// `keylint report`: renders a saved JSON report, refuses what is not one, and never passes a full key on.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { revealSecrets } from '../../src/redact.js';
import { fakeKeys } from '../helpers/fake.js';
import { scanMemory } from '../helpers/scan.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keylint-report-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function keylint(...args: string[]) {
  return spawnSync(process.execPath, ['bin/keylint.js', ...args], {
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
  });
}

describe('keylint report', () => {
  it('renders HTML from a JSON report, redacting again a report saved with --show-secrets', async () => {
    const key = fakeKeys(7).maxProd();
    const { report, secrets } = await scanMemory([{ path: 'config/dev.env', content: `MAXAI_API_KEY=${key}\n` }]);
    const file = path.join(dir, 'shown.json');
    fs.writeFileSync(file, renderJson(revealSecrets(report, secrets)));
    expect(fs.readFileSync(file, 'utf8')).toContain(key);
    const run = keylint('report', file);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>/);
    expect(run.stdout).toContain('config/dev.env');
    expect(run.stdout).not.toContain(key);
    expect(run.stdout).not.toContain(key.slice(11, 27));
  });

  it('writes -o and renders other formats', async () => {
    const { report } = await scanMemory([{ path: 'a.env', content: `MAXAI_API_KEY=${fakeKeys(8).maxDev()}\n` }]);
    const file = path.join(dir, 'r.json');
    fs.writeFileSync(file, renderJson(report));
    expect(keylint('report', file, '-o', path.join(dir, 'r.html')).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'r.html'), 'utf8')).toContain("script-src 'sha256-");
    const human = keylint('report', file, '--format', 'human');
    expect(human.stdout).toContain('maxai-dev-key');
  });

  it('exits 2 with a one-line message for a file that is not a report or an unknown format', () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{"hello": 1}');
    const notReport = keylint('report', bad);
    expect(notReport.status).toBe(2);
    expect(notReport.stderr).toBe(
      `keylint: ${bad}: not a keylint JSON report (expected "version": 1 and a "findings" array)\n`,
    );
    fs.writeFileSync(bad, 'not json');
    expect(keylint('report', bad).stderr).toContain('not valid JSON');
    expect(keylint('report', path.join(dir, 'missing.json')).status).toBe(2);
    expect(keylint('report', bad, '--format', 'pdf').stderr).toContain('unknown --format "pdf"');
  });

  it('is a scan format too', () => {
    const run = keylint('scan', 'rules', '--format', 'html');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('keylint audit report');
  });
});
