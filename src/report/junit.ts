// JUnit XML for CI test-report views: one failing test case per finding, grouped by file.
import { showBytes } from '../name-bytes.js';
import { printable } from './printable.js';
import type { Finding, Report } from '../types.js';

/** Renders findings as one test suite with a failed test case per finding. */
export function renderJunit(report: Report): string {
  const cases = report.findings.map(testCase);
  const seconds = (report.stats.durationMs / 1000).toFixed(3);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="keylint" tests="${report.findings.length}" failures="${report.findings.length}" errors="0" time="${seconds}">`,
    `  <testsuite name="keylint" tests="${report.findings.length}" failures="${report.findings.length}" errors="0" skipped="0" time="${seconds}">`,
    ...cases,
  ];
  if (report.notes.length > 0) {
    out.push(
      `    <system-out>${escapeXml(report.notes.map((n) => printable(`${n.file}: ${n.reason}`)).join('\n'), false)}</system-out>`,
    );
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}

function testCase(f: Finding): string {
  const name = `${f.ruleId} at line ${f.line}`;
  // One line per field: a name holding a line break must not add a line that reads as another field.
  const body = [`${f.file}:${f.line}:${f.column}`, `secret: ${f.secret}`, `why: ${f.message}`, `fix: ${f.fix}`];
  if (f.original) body.push(`original: ${f.original.file}:${f.original.line}:${f.original.column}`);
  if (f.commit) body.push(`commit: ${f.commit}`);
  return [
    `    <testcase classname="${escapeXml(f.file)}" name="${escapeXml(name)}" file="${escapeXml(f.file)}" line="${f.line}">`,
    `      <failure type="${escapeXml(f.ruleId)}" message="${escapeXml(`${f.severity}: ${f.secret} ${f.message}`)}">${escapeXml(body.map(printable).join('\n'), false)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/** Escapes text for XML attribute values (or, with `attribute` false, content); replaces characters XML 1.0 cannot hold. */
export function escapeXml(text: string, attribute = true): string {
  const escaped = showBytes(text)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
  // Attribute values would have their line breaks normalised to spaces by parsers; references keep them.
  return attribute ? escaped.replace(/\n/g, '&#10;').replace(/\r/g, '&#13;') : escaped.replace(/\r/g, '&#13;');
}
