// Where validation gets keys and hints. A scan has both in hand; a saved JSON report holds only redacted
// secrets, so its files are scanned again in memory and the raw keys matched by fingerprint: files on disk
// from the working tree, and history findings from the blob their commit and path name.
import fs from 'node:fs';
import path from 'node:path';
import { isArchivePath, outerPath } from '../archive-path.js';
import { loadConfig, rulesFromConfig } from '../config.js';
import { readBlob } from '../git/cat-file.js';
import { readReport } from '../report/read.js';
import { blobText } from '../scan/git.js';
import type { ScanOutcome } from '../scan/pipeline.js';
import { scanSource } from '../scan/run.js';
import { memorySource } from '../sources/memory.js';
import type { Finding, ScanNote } from '../types.js';
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

/** A saved JSON report with its raw secrets recovered, and a reader of its findings' texts for hints. */
export async function loadReportWithSecrets(
  reportFile: string,
  root: string,
  configFile?: string,
): Promise<Pick<ScanOutcome, 'result' | 'textOf'>> {
  const report = readReport(reportFile);
  const secrets = new Map<string, string>();
  const vendorFindings = report.findings.filter((f) => f.vendor);
  // An archive entry's key is recovered by scanning its archive again, which yields the entry too.
  const onDisk = unique(vendorFindings.filter((f) => !f.commit).map((f) => outerPath(f.file))).filter((f) =>
    fs.existsSync(path.resolve(root, f)),
  );
  if (onDisk.length > 0) {
    const { runScan } = await import('../scan/pipeline.js');
    const target = { kind: 'tree', paths: onDisk, cwd: root, useGitignore: false } as const;
    const { result } = await runScan(target, { configFile });
    report.notes.push(...result.report.notes);
    for (const [fingerprint, secret] of result.secrets) secrets.set(fingerprint, secret);
  }
  const inHistory = unique(vendorFindings.filter((f) => f.commit).map((f) => `${f.commit}:${outerPath(f.file)}`));
  if (inHistory.length > 0) {
    const found = await scanBlobs(root, inHistory, configFile, report.notes);
    for (const [fingerprint, secret] of found) secrets.set(fingerprint, secret);
  }
  const textOf = async (finding: Finding) => {
    if (finding.commit) return blobText(root, `${finding.commit}:${finding.file}`);
    return isArchivePath(finding.file) ? undefined : readText(path.resolve(root, finding.file));
  };
  return { result: { report, secrets }, textOf };
}

/** The secrets in the blobs that `commit:path` names, read from the repository holding `root`. */
async function scanBlobs(
  root: string,
  objects: string[],
  configFile: string | undefined,
  notes: ScanNote[],
): Promise<Map<string, string>> {
  const entries = [];
  for (const object of objects) {
    const content = await readBlob(root, object);
    const at = object.indexOf(':');
    if (content) entries.push({ path: object.slice(at + 1), content, commit: object.slice(0, at) });
    else
      notes.push({ file: object.slice(at + 1), reason: `blob not found in ${root} (commit ${object.slice(0, 12)})` });
  }
  if (entries.length === 0) return new Map();
  const ruleSet = rulesFromConfig(loadConfig(configFile, root));
  return (await scanSource(memorySource(entries), ruleSet)).secrets;
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
