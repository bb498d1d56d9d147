// Where validation gets keys and hints: the files themselves. A JSON report holds only redacted secrets,
// so its files are scanned again in memory and the raw keys matched by fingerprint.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { readJson } from '../rules.js';
import { scanPaths } from '../scan/paths.js';
import type { Finding, Report, ScanResult } from '../types.js';
import { hintsFor } from './hints.js';
import type { Hints } from './vendor.js';

/** Hints by fingerprint for the vendor findings, reading each file under `root` once. */
export function hintsFromFiles(findings: Finding[], root: string): Map<string, Hints> {
  const texts = new Map<string, string | undefined>();
  const hints = new Map<string, Hints>();
  for (const finding of findings) {
    if (!finding.vendor || finding.file.includes('!')) continue;
    if (!texts.has(finding.file)) texts.set(finding.file, readText(path.resolve(root, finding.file)));
    const text = texts.get(finding.file);
    if (text !== undefined) hints.set(finding.fingerprint, hintsFor(finding, text));
  }
  return hints;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** A keylint JSON report with its raw secrets recovered from a fresh scan of its files under `root`. */
export async function loadReportWithSecrets(
  reportFile: string,
  root: string,
  configFile?: string,
): Promise<ScanResult> {
  const data = readJson(reportFile) as Partial<Report>;
  if (data?.version !== 1 || !Array.isArray(data.findings))
    throw new UsageError(`${reportFile}: not a keylint JSON report (expected version 1 with findings)`);
  const report: Report = {
    version: 1,
    findings: data.findings,
    stats: data.stats ?? { files: 0, bytes: 0, durationMs: 0 },
    notes: data.notes ?? [],
  };
  const files = [
    ...new Set(report.findings.filter((f) => f.vendor && !f.file.includes('!')).map((f) => f.file)),
  ].filter((f) => fs.existsSync(path.resolve(root, f)));
  if (files.length === 0) return { report, secrets: new Map() };
  const { result } = await scanPaths({ paths: files, cwd: root, configFile, useGitignore: false });
  for (const note of result.report.notes) report.notes.push(note);
  return { report, secrets: result.secrets };
}
