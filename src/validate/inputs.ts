// Where validation gets keys and hints. A scan has both in hand; a saved JSON report holds only redacted
// secrets, so its files are scanned again in memory and the raw keys matched by fingerprint: files on disk
// from the working tree, and history findings from the blob their commit and path name.
import fs from 'node:fs';
import path from 'node:path';
import { isArchivePath, outerPath } from '../archive-path.js';
import { type Config, loadConfig, rulesFromConfig } from '../config.js';
import { readBlob } from '../git/cat-file.js';
import { fsPath } from '../name-bytes.js';
import { readReport } from '../report/read.js';
import { blobText } from '../scan/git.js';
import type { ScanOutcome } from '../scan/pipeline.js';
import { scanSource } from '../scan/run.js';
import { memorySource } from '../sources/memory.js';
import type { Finding, ScanNote, ScanResult } from '../types.js';
import { hintsFor, occurrenceOf } from './hints.js';
import type { Hints } from './vendor.js';

/** Hints by occurrence for the vendor findings, reading each text once. */
export async function hintsOf(
  findings: Finding[],
  textOf: (finding: Finding) => Promise<string | undefined>,
): Promise<Map<string, Hints>> {
  const texts = new Map<string, Promise<string | undefined>>();
  const hints = new Map<string, Hints>();
  for (const finding of findings) {
    if (!finding.vendor) continue;
    const where = `${finding.commit ?? ''}\0${finding.file}`;
    if (!texts.has(where)) texts.set(where, textOf(finding));
    const text = await texts.get(where);
    if (text !== undefined) hints.set(occurrenceOf(finding), hintsFor(finding, text));
  }
  return hints;
}

/**
 * A saved JSON report with its raw secrets recovered, and a reader of its findings' texts for hints. The report
 * is untrusted: it only names what to look for (fingerprints) and where (files, commits); every finding the
 * fresh scan meets again is taken from that scan (see `rebase`), and only its keys are in the vault.
 */
export async function loadReportWithSecrets(
  reportFile: string,
  root: string,
  configFile?: string,
): Promise<Pick<ScanOutcome, 'result' | 'textOf' | 'config'>> {
  const report = readReport(reportFile);
  const config = loadConfig(configFile, root);
  const scans: ScanResult[] = [];
  const vendorFindings = report.findings.filter((f) => f.vendor);
  // An archive entry's key is recovered by scanning its archive again, which yields the entry too.
  const onDisk = unique(vendorFindings.filter((f) => !f.commit).map((f) => outerPath(f.file))).filter((f) =>
    fs.existsSync(fsPath(path.resolve(root, f))),
  );
  if (onDisk.length > 0) {
    const { runScan } = await import('../scan/pipeline.js');
    const target = { kind: 'tree', paths: onDisk, cwd: root, useGitignore: false } as const;
    const { result } = await runScan(target, { configFile });
    report.notes.push(...result.report.notes);
    scans.push(result);
  }
  const inHistory = unique(vendorFindings.filter((f) => f.commit).map((f) => `${f.commit}:${outerPath(f.file)}`));
  if (inHistory.length > 0) scans.push(await scanBlobs(root, inHistory, config, report.notes));
  const found = scans.flatMap((scan) => scan.report.findings);
  report.findings = rebase(report.findings, found);
  // Only a key the scan reports again may be sent: one its filters dropped is not known to be that finding's.
  const reported = new Set(found.map((f) => f.fingerprint));
  const secrets = new Map<string, string>();
  for (const scan of scans)
    for (const [fingerprint, secret] of scan.secrets) if (reported.has(fingerprint)) secrets.set(fingerprint, secret);
  const textOf = async (finding: Finding) => {
    if (finding.commit) return blobText(root, `${finding.commit}:${finding.file}`);
    return isArchivePath(finding.file) ? undefined : readText(path.resolve(root, finding.file));
  };
  return { result: { report, secrets }, textOf, config };
}

/**
 * Each saved finding replaced by the fresh scan's finding of the same fingerprint, at the same place when the
 * scan has one there, else in the same file, else wherever the scan met it: vendor, confirmation, environment,
 * file, line and commit decide where a key is sent and which hints go with it, so none comes from the report.
 * History facts only the report has (author, date) are kept for the same place, and a saved validation for
 * `revoke --verify`. A finding the scan does not meet again is kept as saved: its key is not in the vault.
 */
function rebase(saved: Finding[], fresh: Finding[]): Finding[] {
  const byFingerprint = new Map<string, Finding[]>();
  for (const finding of fresh)
    byFingerprint.set(finding.fingerprint, [...(byFingerprint.get(finding.fingerprint) ?? []), finding]);
  const place = (f: Finding) => [f.kind, f.ruleId, f.fingerprint, f.file, f.line, f.column, f.commit ?? ''].join('\0');
  const sameFile = (a: Finding, b: Finding) => a.file === b.file && a.commit === b.commit;
  const seen = new Set<string>();
  const rebased: Finding[] = [];
  for (const finding of saved) {
    const candidates = byFingerprint.get(finding.fingerprint) ?? [];
    const match =
      candidates.find((c) => place(c) === place(finding)) ??
      candidates.find((c) => sameFile(c, finding)) ??
      candidates[0];
    let kept = finding;
    if (match) {
      const { author, date, occurrences, repo, original, validation } = finding;
      const history = place(match) === place(finding) ? { author, date, occurrences, repo, original } : {};
      kept = { ...definedOnly({ ...history, validation }), ...match };
    }
    // Two saved findings may name one place (a tampered copy): it is reported, and checked, once.
    if (seen.has(place(kept))) continue;
    seen.add(place(kept));
    rebased.push(kept);
  }
  return rebased;
}

/** `object` without its undefined fields, so that spreading it adds no empty keys to a finding. */
function definedOnly<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** A scan of the blobs that `commit:path` names, read from the repository holding `root`. */
async function scanBlobs(root: string, objects: string[], config: Config, notes: ScanNote[]): Promise<ScanResult> {
  const entries = [];
  for (const object of objects) {
    const content = await readBlob(root, object);
    const at = object.indexOf(':');
    if (content) entries.push({ path: object.slice(at + 1), content, commit: object.slice(0, at) });
    else
      notes.push({ file: object.slice(at + 1), reason: `blob not found in ${root} (commit ${object.slice(0, 12)})` });
  }
  return scanSource(memorySource(entries), rulesFromConfig(config));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
