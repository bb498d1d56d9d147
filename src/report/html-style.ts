// The HTML report's stylesheet: light and dark colour schemes, print layout; its sha256 goes into the CSP.

/** The inline stylesheet. */
export const HTML_STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa; --focus: #0969da;
  --critical: #a40e26; --high: #d1242f; --medium: #bf8700; --low: #6e7781; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #161b22; --focus: #4493f8;
    --critical: #ff7b72; --high: #f0883e; --medium: #d29922; --low: #8b949e; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 1rem 1.5rem; background: var(--bg); color: var(--fg); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.6rem; margin: 0.2rem 0; } h2 { font-size: 1.25rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
code { font: 0.85em/1.3 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
a { color: var(--focus); }
.muted { color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: 0.75rem; }
.card { margin: 0; padding: 0.6rem 1rem; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); }
.card-n { font-size: 1.6rem; font-weight: 700; margin-right: 0.3rem; }
.count-tables { display: flex; flex-wrap: wrap; gap: 1.5rem; margin-top: 1rem; align-items: flex-start; }
table.counts { border-collapse: collapse; min-width: 10rem; }
table.counts caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
table.counts th, table.counts td { border-bottom: 1px solid var(--line); padding: 0.15rem 0.5rem; text-align: left; font-weight: normal; }
table.counts td { text-align: right; font-variant-numeric: tabular-nums; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
figure { margin: 0; } figcaption { color: var(--muted); font-size: 0.85rem; }
svg.chart { max-width: 100%; height: auto; }
.chart-label { fill: var(--fg); font-size: 12px; }
.chart-grid { stroke: var(--line); stroke-dasharray: 3 3; } .chart-axis { stroke: var(--muted); }
.sev-critical { fill: var(--critical); } .sev-high { fill: var(--high); } .sev-medium { fill: var(--medium); } .sev-low { fill: var(--low); }
.filters { display: flex; flex-wrap: wrap; gap: 0.4rem 0.6rem; align-items: center; margin: 0.5rem 0 0.8rem; }
.filters[hidden] { display: none; }
.filters label { font-weight: 600; }
select, input, button { font: inherit; color: var(--fg); background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: 0.2rem 0.4rem; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.table-wrap { overflow-x: auto; }
table.findings { border-collapse: collapse; width: 100%; font-size: 0.88rem; }
table.findings th, table.findings td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.45rem; text-align: left; vertical-align: top; }
table.findings thead th { background: var(--panel); position: sticky; top: 0; }
th button { border: 0; background: none; padding: 0; font-weight: 700; cursor: pointer; }
th button::after { content: " \\2195"; color: var(--muted); }
th[aria-sort="ascending"] button::after { content: " \\2191"; color: var(--fg); }
th[aria-sort="descending"] button::after { content: " \\2193"; color: var(--fg); }
.badge { display: inline-block; padding: 0 0.45rem; border-radius: 999px; border: 1.5px solid currentColor; font-weight: 700; font-size: 0.8rem; }
.badge-critical { color: var(--critical); } .badge-high { color: var(--high); } .badge-medium { color: var(--medium); } .badge-low { color: var(--low); }
td p { margin: 0 0 0.2rem; }
table.findings td:last-child { min-width: 18rem; }
table.findings td:nth-child(4) { min-width: 11rem; } table.findings td:nth-child(2) { min-width: 9rem; }
.checklist { list-style: none; padding-left: 0.5rem; } .checklist li { margin: 0.25rem 0; }
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #444; --line: #999; --panel: #fff; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  .filters, th button::after { display: none; }
  .table-wrap { overflow: visible; }
  table.findings { font-size: 8pt; }
  table.findings thead th { position: static; }
  table.findings td:nth-child(n) { min-width: 0; }
  tr, figure, table.counts { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; }
}
`;
