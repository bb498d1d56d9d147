// SARIF 2.1.0 for GitHub code scanning: one reportingDescriptor per rule, content fingerprints so
// that alerts follow a key across commits, and only redacted secrets in messages.
import { isArchivePath, outerPath } from '../archive-path.js';
import { encodeNameURI } from '../name-bytes.js';
import { packageVersion } from '../package-root.js';
import type { Finding, Report, Severity } from '../types.js';
import type { RenderContext, RuleInfo } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};
// GitHub maps security-severity to its own scale: >= 9 critical, >= 7 high, >= 4 medium, else low.
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const INFORMATION_URI = 'https://www.npmjs.com/package/keylint';

/** Renders the report as a SARIF 2.1.0 log with one run. */
export function renderSarif(report: Report, context: RenderContext): string {
  const rules = describedRules(report.findings, context.rules ?? []);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'keylint',
            informationUri: INFORMATION_URI,
            version: packageVersion(),
            rules: rules.map(descriptor),
          },
        },
        results: report.findings.map((f) => result(f, index.get(f.ruleId)!)),
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.notes.map((n) => ({
              level: 'note',
              message: { text: n.reason },
              locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(n.file) } } }],
            })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** The rules given by the CLI, plus a minimal descriptor for any rule id only the findings know. */
function describedRules(findings: Finding[], known: readonly RuleInfo[]): RuleInfo[] {
  const rules = [...known];
  for (const f of findings) {
    if (rules.some((r) => r.id === f.ruleId)) continue;
    rules.push({
      id: f.ruleId,
      kind: f.kind,
      vendor: f.vendor,
      severity: f.severity,
      description: f.message,
      message: f.message,
      fix: f.fix,
    });
  }
  return rules;
}

function descriptor(rule: RuleInfo) {
  const tags = [
    ...new Set(['security', 'secret', rule.kind, ...(rule.vendor ? [rule.vendor] : []), 'external/cwe/cwe-798']),
  ];
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.message },
    help: { text: `${rule.message}\n\nFix: ${rule.fix}`, markdown: `${rule.message}\n\n**Fix:** ${rule.fix}` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[rule.severity],
      tags,
      precision: 'high',
      'problem.severity': LEVEL[rule.severity],
    },
  };
}

function result(f: Finding, ruleIndex: number) {
  const origin = f.original ? ` Original source: ${f.original.file}:${f.original.line}.` : '';
  const inside = isArchivePath(f.file) ? ` Inside the archive at ${f.file}.` : '';
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.secret}: ${f.message}${inside}${origin}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(f.file) },
          region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
        },
      },
    ],
    ...(f.original
      ? {
          relatedLocations: [
            {
              id: 1,
              message: { text: 'original source (from the source map)' },
              physicalLocation: {
                artifactLocation: { uri: uriOf(f.original.file) },
                region: { startLine: Math.max(1, f.original.line), startColumn: Math.max(1, f.original.column) },
              },
            },
          ],
        }
      : {}),
    partialFingerprints: { 'keylint/v1': f.fingerprint },
    properties: {
      kind: f.kind,
      severity: f.severity,
      vendor: f.vendor,
      ...(f.environment ? { environment: f.environment } : {}),
      ...(f.commit ? { commit: f.commit } : {}),
      ...(f.validation ? { validation: f.validation } : {}),
    },
  };
}

/**
 * Archive entries (`a.zip!b/c.js`) point at the archive, which is the file in the repository. A name's bytes that
 * are not UTF-8 are percent-encoded as themselves (`%FF`); any other lone surrogate (a saved report or a source map
 * can carry one, and encodeURI throws on it) is made well-formed.
 */
function uriOf(file: string): string {
  return encodeNameURI(outerPath(file));
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}
