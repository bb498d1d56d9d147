// The HTML format: one self-contained, offline audit page (inline CSS, SVG and script, locked down by a hashed CSP).
import { createHash } from 'node:crypto';
import { SEVERITIES, type Finding, type Kind, type Report, type Vendor } from '../types.js';
import { VENDOR_IDS, VENDORS } from '../vendors/index.js';
import { renderStackedBars, renderTimeline, severityCounts } from './html-charts.js';
import { CLIENT_SCRIPT } from './html-client.js';
import { showBytes } from '../name-bytes.js';
import { escapeHtml as e, jsonForScript } from './html-escape.js';
import { HTML_STYLE } from './html-style.js';

const VENDOR_NAMES = Object.fromEntries(VENDOR_IDS.map((v) => [v, VENDORS[v].name])) as Record<Vendor, string>;
const NO_VENDOR = 'no vendor';
const NOT_CHECKED = 'not checked';
const KINDS: readonly Kind[] = ['secret', 'policy', 'usage'];
const STATUSES = ['valid', 'valid-limited', 'invalid', 'unknown', NOT_CHECKED] as const;
const LIVE = new Set(['valid', 'valid-limited']);

/** Renders the report as one self-contained HTML page. */
export function renderHtml(report: Report): string {
  const findings = report.findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity) || a.i - b.i)
    .map(({ f }) => f);
  const data = { rows: findings.map(toRow) };
  const script = CLIENT_SCRIPT;
  // Only fixed text and base64 hashes, no report data: safe unescaped in a double-quoted attribute.
  const csp = `default-src 'none'; style-src '${sha256(HTML_STYLE)}'; script-src '${sha256(script)}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>keylint audit report</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header><h1>keylint audit report</h1>
<p class="muted">${findings.length} finding${findings.length === 1 ? '' : 's'} in ${e(report.stats.files)} file${report.stats.files === 1 ? '' : 's'} (${e(report.stats.bytes)} bytes, ${e((report.stats.durationMs / 1000).toFixed(2))} s). Secrets are redacted.</p></header>
<main>
${renderSummary(findings)}
${renderCharts(findings)}
${renderTable(findings)}
${renderChecklist(findings)}
${renderNotes(report)}
</main>
<script type="application/json" id="keylint-data">${jsonForScript(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}

function renderSummary(findings: Finding[]): string {
  const live = findings.filter((f) => LIVE.has(statusOf(f))).length;
  const cards = [
    ['total', 'Findings', findings.length],
    ['critical', 'Critical', findings.filter((f) => f.severity === 'critical').length],
    ['live', 'Live keys', live],
  ] as const;
  const groups: Array<[string, string, Array<[string, string]>, (f: Finding) => string]> = [
    [
      'vendor',
      'By vendor',
      [...Object.entries(VENDOR_NAMES), [NO_VENDOR, NO_VENDOR]] as Array<[string, string]>,
      (f) => f.vendor ?? NO_VENDOR,
    ],
    ['severity', 'By severity', SEVERITIES.map((s) => [s, s]), (f) => f.severity],
    ['kind', 'By kind', KINDS.map((k) => [k, k]), (f) => f.kind],
    ['status', 'Live status', STATUSES.map((s) => [s, s]), statusOf],
  ];
  const tables = groups.map(([id, caption, values, key]) => {
    const body = values
      .map(([value, label]) => [value, label, findings.filter((f) => key(f) === value).length] as const)
      .filter(([, , n]) => n > 0)
      .map(
        ([value, label, n]) =>
          `<tr><th scope="row">${e(label)}</th><td data-summary="${e(`${id}:${value}`)}">${n}</td></tr>`,
      );
    return `<table class="counts"><caption>${e(caption)}</caption><tbody>${body.join('') || '<tr><th scope="row" class="muted">none</th><td></td></tr>'}</tbody></table>`;
  });
  return `<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>
<div class="cards">${cards.map(([id, label, n]) => `<p class="card"><span class="card-n" data-summary="${id}">${n}</span> ${label}</p>`).join('')}</div>
<div class="count-tables">${tables.join('\n')}</div></section>`;
}

function renderCharts(findings: Finding[]): string {
  if (findings.length === 0) return '';
  const byVendor = groupBy(findings, vendorName);
  const charts = [
    `<figure>${renderStackedBars(
      'chart-vendor',
      'Findings by vendor and severity',
      [...byVendor].map(([label, fs]) => ({ label, counts: severityCounts(fs) })),
    )}<figcaption>Findings by vendor and severity</figcaption></figure>`,
  ];
  if (findings.some((f) => f.date && Number.isFinite(Date.parse(f.date)))) {
    charts.push(
      `<figure>${renderTimeline('chart-timeline', 'When each leak was introduced', findings, vendorName)}<figcaption>When each leak was introduced (history scan)</figcaption></figure>`,
    );
  }
  const withRepo = findings.filter((f) => repoOf(f) !== undefined);
  if (withRepo.length > 0) {
    const byRepo = [...groupBy(withRepo, (f) => repoOf(f) ?? '')]
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, 25);
    charts.push(
      `<figure>${renderStackedBars(
        'chart-repo',
        'Findings per repository',
        byRepo.map(([label, fs]) => ({ label, counts: severityCounts(fs) })),
      )}<figcaption>Findings per repository${byRepo.length === 25 ? ' (top 25)' : ''}</figcaption></figure>`,
    );
  }
  return `<section aria-labelledby="charts-h"><h2 id="charts-h">Charts</h2><div class="charts">${charts.join('\n')}</div></section>`;
}

function renderTable(findings: Finding[]): string {
  const options = (values: readonly string[]) => values.map((v) => `<option value="${e(v)}">${e(v)}</option>`).join('');
  const present = (key: (f: Finding) => string, order: readonly string[]) =>
    order.filter((v) => findings.some((f) => key(f) === v));
  const filters = `<form id="filters" class="filters" hidden aria-label="Filter findings">
<label for="filter-severity">Severity</label><select id="filter-severity" data-field="severityName"><option value="">all</option>${options(present((f) => f.severity, SEVERITIES))}</select>
<label for="filter-vendor">Vendor</label><select id="filter-vendor" data-field="vendor"><option value="">all</option>${options(present(vendorName, [...Object.values(VENDOR_NAMES), NO_VENDOR]))}</select>
<label for="filter-kind">Kind</label><select id="filter-kind" data-field="kind"><option value="">all</option>${options(present((f) => f.kind, KINDS))}</select>
<label for="filter-status">Live status</label><select id="filter-status" data-field="status"><option value="">all</option>${options(present(statusOf, STATUSES))}</select>
<label for="filter-text">Search</label><input id="filter-text" type="search" placeholder="file, rule, text…">
<button type="reset">Clear filters</button>
<output id="shown-count" for="filter-severity filter-vendor filter-kind filter-status filter-text" aria-live="polite">${findings.length} of ${findings.length}</output>
</form>`;
  const sortable = (key: string, label: string) =>
    `<th scope="col" aria-sort="${key === 'severity' ? 'ascending' : 'none'}"><button type="button" data-sort="${key}">${label}</button></th>`;
  const head = `<tr>${sortable('severity', 'Severity')}${sortable('rule', 'Rule')}${sortable('vendor', 'Vendor')}${sortable('file', 'Location')}${sortable('environment', 'Environment')}${sortable('when', 'Commit / author / date')}${sortable('status', 'Live status')}<th scope="col">Secret (redacted)</th><th scope="col">Why / what to do</th></tr>`;
  const body = findings.map((f, i) => {
    const location = `<code>${e(`${f.file}:${f.line}:${f.column}`)}</code>${repoOf(f) !== undefined ? `<br><span class="muted">repo ${e(repoOf(f))}</span>` : ''}${f.original ? `<br><span class="muted">from source</span> <code>${e(`${f.original.file}:${f.original.line}:${f.original.column}`)}</code>` : ''}`;
    const history =
      f.commit || f.date
        ? `${f.commit ? `<code>${e(f.commit.slice(0, 12))}</code>` : ''}${f.author ? `<br>${e(f.author)}` : ''}${f.date ? `<br>${e(f.date)}` : ''}${f.occurrences && f.occurrences > 1 ? `<br><span class="muted">${e(f.occurrences)} occurrences</span>` : ''}`
        : '<span class="muted">—</span>';
    return `<tr data-i="${i}"><td><span class="badge badge-${e(f.severity)}">${e(f.severity)}</span></td><td><code>${e(f.ruleId)}</code><br><span class="muted">${e(f.kind)}</span></td><td>${e(vendorName(f))}</td><td>${location}</td><td>${e(f.environment ?? 'unknown')}</td><td>${history}</td><td>${e(statusOf(f))}</td><td><code>${e(f.secret)}</code></td><td><p>${e(f.fix)}</p><p class="muted">${e(f.message)}</p></td></tr>`;
  });
  const empty = findings.length === 0 ? '<tr><td colspan="9">No findings.</td></tr>' : '';
  return `<section aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>
${filters}
<div class="table-wrap" role="region" aria-labelledby="findings-h" tabindex="0"><table class="findings"><thead>${head}</thead><tbody id="findings-body">${body.join('\n')}${empty}</tbody></table></div></section>`;
}

function renderChecklist(findings: Finding[]): string {
  const live = findings.filter((f) => LIVE.has(statusOf(f)) && f.vendor !== null);
  const unchecked = new Set(findings.filter((f) => f.kind === 'secret' && !f.validation).map((f) => f.fingerprint))
    .size;
  const intro =
    unchecked > 0
      ? `<p>${unchecked} key${unchecked === 1 ? ' was' : 's were'} not checked; run <code>keylint validate &lt;report.json&gt;</code> to find out which are live.</p>`
      : '';
  if (live.length === 0)
    return `<section aria-labelledby="revoke-h"><h2 id="revoke-h">Revocation checklist</h2><p>No live keys found.</p>${intro}</section>`;
  const vendors = VENDOR_IDS.filter((v) => live.some((f) => f.vendor === v));
  const lists = vendors.map((v) => {
    const keys = [...new Map(live.filter((f) => f.vendor === v).map((f) => [f.fingerprint, f])).values()];
    const items = keys.map(
      (f, i) =>
        `<li><input type="checkbox" id="revoke-${v}-${i}"> <label for="revoke-${v}-${i}">Revoke <code>${e(f.secret)}</code> (${e(statusOf(f))}), found at <code>${e(`${f.file}:${f.line}`)}</code></label></li>`,
    );
    const { who, steps } = VENDORS[v].revoke;
    const how = `<p>Revoked by ${e(who)}:</p><ol>${steps.map((step) => `<li>${e(step)}</li>`).join('')}</ol>`;
    return `<h3>${e(VENDOR_NAMES[v])}</h3>${how}<ul class="checklist">${items.join('')}</ul>`;
  });
  return `<section aria-labelledby="revoke-h"><h2 id="revoke-h">Revocation checklist</h2>${intro}${lists.join('\n')}
<p>Then replace the key everywhere it is used and run <code>keylint revoke --verify</code> to confirm each old key is now invalid.</p></section>`;
}

function renderNotes(report: Report): string {
  if (report.notes.length === 0) return '';
  const items = report.notes.map((n) => `<li><code>${e(n.file)}</code>: ${e(n.reason)}</li>`);
  return `<section aria-labelledby="notes-h"><h2 id="notes-h">Notes (skipped or partly scanned)</h2><ul>${items.join('')}</ul></section>`;
}

/** The values the table script sorts and filters by; never a secret, not even redacted. */
function toRow(f: Finding) {
  return {
    severity: SEVERITIES.indexOf(f.severity),
    severityName: f.severity,
    rule: f.ruleId,
    vendor: vendorName(f),
    kind: f.kind,
    // Sorted and searched, never shown; in the page as the table shows them (see showBytes).
    file: showBytes(`${f.file}:${String(f.line).padStart(8, '0')}`),
    environment: f.environment ?? 'unknown',
    when: f.date ?? f.commit ?? '',
    status: statusOf(f),
    text: showBytes(
      [f.file, f.ruleId, f.message, f.fix, f.original?.file, f.author, f.commit, repoOf(f)]
        .filter(Boolean)
        .join(' ')
        .toLowerCase(),
    ),
  };
}

function statusOf(f: Finding): string {
  return f.validation?.status ?? NOT_CHECKED;
}

function vendorName(f: Finding): string {
  return f.vendor ? VENDOR_NAMES[f.vendor] : NO_VENDOR;
}

/** The repository of an org-audit finding, when the report carries one. */
function repoOf(f: Finding): string | undefined {
  const repo = (f as Finding & { repo?: unknown }).repo;
  return typeof repo === 'string' && repo !== '' ? repo : undefined;
}

function groupBy(findings: Finding[], key: (f: Finding) => string): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(key(f));
    if (group) group.push(f);
    else groups.set(key(f), [f]);
  }
  return groups;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
