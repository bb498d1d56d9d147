import { createRequire as keylintCreateRequire } from 'node:module';
const require = keylintCreateRequire(import.meta.url);
import{VENDORS,VENDOR_IDS}from"./chunk-YBSQJ26Y.js";import{SEVERITIES}from"./chunk-QQB34TF6.js";import{escapeControls}from"./chunk-VRNWXAWY.js";import{showBytes}from"./chunk-N777CL2P.js";import{createHash}from"node:crypto";var ENTITIES={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"};function escapeHtml(value){return escapeControls(showBytes(String(value??""))).replace(/[&<>"']/g,c=>ENTITIES[c]??c)}function jsonForScript(value){return JSON.stringify(value).replace(/</g,"\\u003c").replace(/\u2028/g,"\\u2028").replace(/\u2029/g,"\\u2029")}var BAR_HEIGHT=22,LABEL_WIDTH=150,PLOT_WIDTH=340,COUNT_WIDTH=50;function severityCounts(findings){let counts={critical:0,high:0,medium:0,low:0};for(let f of findings)counts[f.severity]++;return counts}function renderStackedBars(id,title,bars){let max=Math.max(1,...bars.map(b=>total(b.counts))),height=bars.length*(BAR_HEIGHT+8)+36,width=LABEL_WIDTH+PLOT_WIDTH+COUNT_WIDTH,rows=bars.map((bar,i)=>{let y=i*(BAR_HEIGHT+8),x=LABEL_WIDTH,segments=SEVERITIES.filter(s=>bar.counts[s]>0).map(s=>{let w=bar.counts[s]/max*PLOT_WIDTH,rect=`<rect class="sev-${s}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}"><title>${escapeHtml(`${bar.label}: ${bar.counts[s]} ${s}`)}</title></rect>`;return x+=w,rect});return[`<text class="chart-label" x="${LABEL_WIDTH-8}" y="${y+BAR_HEIGHT/2}" text-anchor="end" dominant-baseline="middle">${escapeHtml(truncate(bar.label,22))}</text>`,...segments,`<text class="chart-label" x="${(x+6).toFixed(1)}" y="${y+BAR_HEIGHT/2}" dominant-baseline="middle">${total(bar.counts)}</text>`].join("")});return svg(id,title,width,height,`${rows.join(`
`)}
${legend(LABEL_WIDTH,height-14)}`)}function renderTimeline(id,title,findings,vendorName2){let dated=findings.map(f=>({f,t:Date.parse(f.date??"")})).filter(d=>Number.isFinite(d.t)),lanes=[...new Set(dated.map(d=>vendorName2(d.f)))].sort(),min=Math.min(...dated.map(d=>d.t)),max=Math.max(...dated.map(d=>d.t)),span=max-min,width=LABEL_WIDTH+PLOT_WIDTH+COUNT_WIDTH,laneHeight=28,axisY=lanes.length*laneHeight+6,xOf=t=>LABEL_WIDTH+10+(span===0?(PLOT_WIDTH-20)/2:(t-min)/span*(PLOT_WIDTH-20)),parts=lanes.map((lane,i)=>{let y=i*laneHeight+laneHeight/2;return`<text class="chart-label" x="${LABEL_WIDTH-8}" y="${y}" text-anchor="end" dominant-baseline="middle">${escapeHtml(lane)}</text><line class="chart-grid" x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH+PLOT_WIDTH}" y1="${y}" y2="${y}"/>`});for(let{f,t}of dated){let y=lanes.indexOf(vendorName2(f))*laneHeight+laneHeight/2,label=`${day(t)} ${f.ruleId} in ${f.file}${f.commit?` (commit ${f.commit.slice(0,12)})`:""}`;parts.push(`<circle class="sev-${escapeHtml(f.severity)}" cx="${xOf(t).toFixed(1)}" cy="${y}" r="6"><title>${escapeHtml(label)}</title></circle>`)}parts.push(`<line class="chart-axis" x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH+PLOT_WIDTH}" y1="${axisY}" y2="${axisY}"/>`),parts.push(`<text class="chart-label" x="${xOf(min).toFixed(1)}" y="${axisY+16}" text-anchor="middle">${day(min)}</text>`),span>0&&parts.push(`<text class="chart-label" x="${xOf(max).toFixed(1)}" y="${axisY+16}" text-anchor="middle">${day(max)}</text>`);let height=axisY+50;return svg(id,title,width,height,`${parts.join(`
`)}
${legend(LABEL_WIDTH,height-14)}`)}function svg(id,title,width,height,body){return`<svg class="chart" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${escapeHtml(title)}</title>
${body}</svg>`}function legend(x,y){return SEVERITIES.map((s,i)=>{let lx=x+i*100;return`<rect class="sev-${s}" x="${lx}" y="${y-9}" width="12" height="12"/><text class="chart-label" x="${lx+17}" y="${y}" dominant-baseline="auto">${s}</text>`}).join("")}function total(counts){return SEVERITIES.reduce((sum,s)=>sum+counts[s],0)}function truncate(text,n){return text.length>n?`${text.slice(0,n-1)}\u2026`:text}function day(t){return new Date(t).toISOString().slice(0,10)}var CLIENT_SCRIPT=String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('keylint-data').textContent);
  var rows = data.rows;
  var tbody = document.getElementById('findings-body');
  var trs = Array.prototype.slice.call(tbody.querySelectorAll('tr[data-i]'));
  var form = document.getElementById('filters');
  var count = document.getElementById('shown-count');
  var state = { key: 'severity', dir: 1 };
  form.hidden = false;

  function value(row, key) {
    var v = row[key];
    return v === null || v === undefined ? '' : v;
  }
  function compare(a, b) {
    var x = value(rows[a], state.key), y = value(rows[b], state.key);
    var c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true });
    return c * state.dir || a - b;
  }
  function matches(row) {
    var fields = form.querySelectorAll('select[data-field]');
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].value && String(value(row, fields[i].getAttribute('data-field'))) !== fields[i].value) return false;
    }
    var q = document.getElementById('filter-text').value.trim().toLowerCase();
    return !q || row.text.indexOf(q) !== -1;
  }
  function apply() {
    var order = trs.map(function (_, i) { return i; }).sort(compare);
    var shown = 0;
    order.forEach(function (i) {
      var visible = matches(rows[i]);
      trs[i].hidden = !visible;
      if (visible) shown++;
      tbody.appendChild(trs[i]);
    });
    count.textContent = shown + ' of ' + rows.length;
    var buttons = document.querySelectorAll('th button[data-sort]');
    for (var j = 0; j < buttons.length; j++) {
      var th = buttons[j].parentNode;
      if (buttons[j].getAttribute('data-sort') === state.key) th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
      else th.setAttribute('aria-sort', 'none');
    }
  }
  document.querySelector('thead').addEventListener('click', function (event) {
    var button = event.target.closest('button[data-sort]');
    if (!button) return;
    var key = button.getAttribute('data-sort');
    state.dir = state.key === key ? -state.dir : 1;
    state.key = key;
    apply();
  });
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
})();`;var HTML_STYLE=`
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
`;var VENDOR_NAMES=Object.fromEntries(VENDOR_IDS.map(v=>[v,VENDORS[v].name])),NO_VENDOR="no vendor",NOT_CHECKED="not checked",KINDS=["secret","policy","usage"],STATUSES=["valid","valid-limited","invalid","unknown",NOT_CHECKED],LIVE=new Set(["valid","valid-limited"]);function renderHtml(report){let findings=report.findings.map((f,i)=>({f,i})).sort((a,b)=>SEVERITIES.indexOf(a.f.severity)-SEVERITIES.indexOf(b.f.severity)||a.i-b.i).map(({f})=>f),data={rows:findings.map(toRow)},script=CLIENT_SCRIPT;return`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${`default-src 'none'; style-src '${sha256(HTML_STYLE)}'; script-src '${sha256(script)}'; img-src 'none'; base-uri 'none'; form-action 'none'`}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>keylint audit report</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header><h1>keylint audit report</h1>
<p class="muted">${findings.length} finding${findings.length===1?"":"s"} in ${escapeHtml(report.stats.files)} file${report.stats.files===1?"":"s"} (${escapeHtml(report.stats.bytes)} bytes, ${escapeHtml((report.stats.durationMs/1e3).toFixed(2))} s). Secrets are redacted.</p></header>
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
`}function renderSummary(findings){let live=findings.filter(f=>LIVE.has(statusOf(f))).length,cards=[["total","Findings",findings.length],["critical","Critical",findings.filter(f=>f.severity==="critical").length],["live","Live keys",live]],tables=[["vendor","By vendor",[...Object.entries(VENDOR_NAMES),[NO_VENDOR,NO_VENDOR]],f=>f.vendor??NO_VENDOR],["severity","By severity",SEVERITIES.map(s=>[s,s]),f=>f.severity],["kind","By kind",KINDS.map(k=>[k,k]),f=>f.kind],["status","Live status",STATUSES.map(s=>[s,s]),statusOf]].map(([id,caption,values,key])=>{let body=values.map(([value,label])=>[value,label,findings.filter(f=>key(f)===value).length]).filter(([,,n])=>n>0).map(([value,label,n])=>`<tr><th scope="row">${escapeHtml(label)}</th><td data-summary="${escapeHtml(`${id}:${value}`)}">${n}</td></tr>`);return`<table class="counts"><caption>${escapeHtml(caption)}</caption><tbody>${body.join("")||'<tr><th scope="row" class="muted">none</th><td></td></tr>'}</tbody></table>`});return`<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>
<div class="cards">${cards.map(([id,label,n])=>`<p class="card"><span class="card-n" data-summary="${id}">${n}</span> ${label}</p>`).join("")}</div>
<div class="count-tables">${tables.join(`
`)}</div></section>`}function renderCharts(findings){if(findings.length===0)return"";let byVendor=groupBy(findings,vendorName),charts=[`<figure>${renderStackedBars("chart-vendor","Findings by vendor and severity",[...byVendor].map(([label,fs])=>({label,counts:severityCounts(fs)})))}<figcaption>Findings by vendor and severity</figcaption></figure>`];findings.some(f=>f.date&&Number.isFinite(Date.parse(f.date)))&&charts.push(`<figure>${renderTimeline("chart-timeline","When each leak was introduced",findings,vendorName)}<figcaption>When each leak was introduced (history scan)</figcaption></figure>`);let withRepo=findings.filter(f=>repoOf(f)!==void 0);if(withRepo.length>0){let byRepo=[...groupBy(withRepo,f=>repoOf(f)??"")].sort((a,b)=>b[1].length-a[1].length).slice(0,25);charts.push(`<figure>${renderStackedBars("chart-repo","Findings per repository",byRepo.map(([label,fs])=>({label,counts:severityCounts(fs)})))}<figcaption>Findings per repository${byRepo.length===25?" (top 25)":""}</figcaption></figure>`)}return`<section aria-labelledby="charts-h"><h2 id="charts-h">Charts</h2><div class="charts">${charts.join(`
`)}</div></section>`}function renderTable(findings){let options=values=>values.map(v=>`<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join(""),present=(key,order)=>order.filter(v=>findings.some(f=>key(f)===v)),filters=`<form id="filters" class="filters" hidden aria-label="Filter findings">
<label for="filter-severity">Severity</label><select id="filter-severity" data-field="severityName"><option value="">all</option>${options(present(f=>f.severity,SEVERITIES))}</select>
<label for="filter-vendor">Vendor</label><select id="filter-vendor" data-field="vendor"><option value="">all</option>${options(present(vendorName,[...Object.values(VENDOR_NAMES),NO_VENDOR]))}</select>
<label for="filter-kind">Kind</label><select id="filter-kind" data-field="kind"><option value="">all</option>${options(present(f=>f.kind,KINDS))}</select>
<label for="filter-status">Live status</label><select id="filter-status" data-field="status"><option value="">all</option>${options(present(statusOf,STATUSES))}</select>
<label for="filter-text">Search</label><input id="filter-text" type="search" placeholder="file, rule, text\u2026">
<button type="reset">Clear filters</button>
<output id="shown-count" for="filter-severity filter-vendor filter-kind filter-status filter-text" aria-live="polite">${findings.length} of ${findings.length}</output>
</form>`,sortable=(key,label)=>`<th scope="col" aria-sort="${key==="severity"?"ascending":"none"}"><button type="button" data-sort="${key}">${label}</button></th>`,head=`<tr>${sortable("severity","Severity")}${sortable("rule","Rule")}${sortable("vendor","Vendor")}${sortable("file","Location")}${sortable("environment","Environment")}${sortable("when","Commit / author / date")}${sortable("status","Live status")}<th scope="col">Secret (redacted)</th><th scope="col">Why / what to do</th></tr>`,body=findings.map((f,i)=>{let location=`<code>${escapeHtml(`${f.file}:${f.line}:${f.column}`)}</code>${repoOf(f)!==void 0?`<br><span class="muted">repo ${escapeHtml(repoOf(f))}</span>`:""}${f.original?`<br><span class="muted">from source</span> <code>${escapeHtml(`${f.original.file}:${f.original.line}:${f.original.column}`)}</code>`:""}`,history=f.commit||f.date?`${f.commit?`<code>${escapeHtml(f.commit.slice(0,12))}</code>`:""}${f.author?`<br>${escapeHtml(f.author)}`:""}${f.date?`<br>${escapeHtml(f.date)}`:""}${f.occurrences&&f.occurrences>1?`<br><span class="muted">${escapeHtml(f.occurrences)} occurrences</span>`:""}`:'<span class="muted">\u2014</span>';return`<tr data-i="${i}"><td><span class="badge badge-${escapeHtml(f.severity)}">${escapeHtml(f.severity)}</span></td><td><code>${escapeHtml(f.ruleId)}</code><br><span class="muted">${escapeHtml(f.kind)}</span></td><td>${escapeHtml(vendorName(f))}</td><td>${location}</td><td>${escapeHtml(f.environment??"unknown")}</td><td>${history}</td><td>${escapeHtml(statusOf(f))}</td><td><code>${escapeHtml(f.secret)}</code></td><td><p>${escapeHtml(f.fix)}</p><p class="muted">${escapeHtml(f.message)}</p></td></tr>`}),empty=findings.length===0?'<tr><td colspan="9">No findings.</td></tr>':"";return`<section aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>
${filters}
<div class="table-wrap" role="region" aria-labelledby="findings-h" tabindex="0"><table class="findings"><thead>${head}</thead><tbody id="findings-body">${body.join(`
`)}${empty}</tbody></table></div></section>`}function renderChecklist(findings){let live=findings.filter(f=>LIVE.has(statusOf(f))&&f.vendor!==null),unchecked=new Set(findings.filter(f=>f.kind==="secret"&&!f.validation).map(f=>f.fingerprint)).size,intro=unchecked>0?`<p>${unchecked} key${unchecked===1?" was":"s were"} not checked; run <code>keylint validate &lt;report.json&gt;</code> to find out which are live.</p>`:"";if(live.length===0)return`<section aria-labelledby="revoke-h"><h2 id="revoke-h">Revocation checklist</h2><p>No live keys found.</p>${intro}</section>`;let lists=VENDOR_IDS.filter(v=>live.some(f=>f.vendor===v)).map(v=>{let items=[...new Map(live.filter(f=>f.vendor===v).map(f=>[f.fingerprint,f])).values()].map((f,i)=>`<li><input type="checkbox" id="revoke-${v}-${i}"> <label for="revoke-${v}-${i}">Revoke <code>${escapeHtml(f.secret)}</code> (${escapeHtml(statusOf(f))}), found at <code>${escapeHtml(`${f.file}:${f.line}`)}</code></label></li>`),{who,steps}=VENDORS[v].revoke,how=`<p>Revoked by ${escapeHtml(who)}:</p><ol>${steps.map(step=>`<li>${escapeHtml(step)}</li>`).join("")}</ol>`;return`<h3>${escapeHtml(VENDOR_NAMES[v])}</h3>${how}<ul class="checklist">${items.join("")}</ul>`});return`<section aria-labelledby="revoke-h"><h2 id="revoke-h">Revocation checklist</h2>${intro}${lists.join(`
`)}
<p>Then replace the key everywhere it is used and run <code>keylint revoke --verify</code> to confirm each old key is now invalid.</p></section>`}function renderNotes(report){return report.notes.length===0?"":`<section aria-labelledby="notes-h"><h2 id="notes-h">Notes (skipped or partly scanned)</h2><ul>${report.notes.map(n=>`<li><code>${escapeHtml(n.file)}</code>: ${escapeHtml(n.reason)}</li>`).join("")}</ul></section>`}function toRow(f){return{severity:SEVERITIES.indexOf(f.severity),severityName:f.severity,rule:f.ruleId,vendor:vendorName(f),kind:f.kind,file:showBytes(`${f.file}:${String(f.line).padStart(8,"0")}`),environment:f.environment??"unknown",when:f.date??f.commit??"",status:statusOf(f),text:showBytes([f.file,f.ruleId,f.message,f.fix,f.original?.file,f.author,f.commit,repoOf(f)].filter(Boolean).join(" ").toLowerCase())}}function statusOf(f){return f.validation?.status??NOT_CHECKED}function vendorName(f){return f.vendor?VENDOR_NAMES[f.vendor]:NO_VENDOR}function repoOf(f){let repo=f.repo;return typeof repo=="string"&&repo!==""?repo:void 0}function groupBy(findings,key){let groups=new Map;for(let f of findings){let group=groups.get(key(f));group?group.push(f):groups.set(key(f),[f])}return groups}function sha256(text){return`sha256-${createHash("sha256").update(text,"utf8").digest("base64")}`}export{renderHtml};
