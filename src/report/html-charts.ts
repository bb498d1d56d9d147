// Inline SVG charts for the HTML report: drawn at render time, so the page needs no chart library or network.
import { SEVERITIES, type Finding, type Severity } from '../types.js';
import { escapeHtml } from './html-escape.js';

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 150;
const PLOT_WIDTH = 340;
const COUNT_WIDTH = 50;

/** One labelled bar, split into severity segments. */
interface Bar {
  label: string;
  counts: Record<Severity, number>;
}

/** Counts findings per severity, for one bar. */
export function severityCounts(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** A horizontal stacked bar chart (one bar per label, one segment per severity), with a legend. */
export function renderStackedBars(id: string, title: string, bars: Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => total(b.counts)));
  const height = bars.length * (BAR_HEIGHT + 8) + 36;
  const width = LABEL_WIDTH + PLOT_WIDTH + COUNT_WIDTH;
  const rows = bars.map((bar, i) => {
    const y = i * (BAR_HEIGHT + 8);
    let x = LABEL_WIDTH;
    const segments = SEVERITIES.filter((s) => bar.counts[s] > 0).map((s) => {
      const w = (bar.counts[s] / max) * PLOT_WIDTH;
      const rect = `<rect class="sev-${s}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}"><title>${escapeHtml(`${bar.label}: ${bar.counts[s]} ${s}`)}</title></rect>`;
      x += w;
      return rect;
    });
    return [
      `<text class="chart-label" x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT / 2}" text-anchor="end" dominant-baseline="middle">${escapeHtml(truncate(bar.label, 22))}</text>`,
      ...segments,
      `<text class="chart-label" x="${(x + 6).toFixed(1)}" y="${y + BAR_HEIGHT / 2}" dominant-baseline="middle">${total(bar.counts)}</text>`,
    ].join('');
  });
  return svg(id, title, width, height, `${rows.join('\n')}\n${legend(LABEL_WIDTH, height - 14)}`);
}

/** A timeline of when each leak was introduced: one dot per dated finding, one lane per vendor. */
export function renderTimeline(
  id: string,
  title: string,
  findings: Finding[],
  vendorName: (f: Finding) => string,
): string {
  const dated = findings.map((f) => ({ f, t: Date.parse(f.date ?? '') })).filter((d) => Number.isFinite(d.t));
  const lanes = [...new Set(dated.map((d) => vendorName(d.f)))].sort();
  const min = Math.min(...dated.map((d) => d.t));
  const max = Math.max(...dated.map((d) => d.t));
  const span = max - min;
  const width = LABEL_WIDTH + PLOT_WIDTH + COUNT_WIDTH;
  const laneHeight = 28;
  const axisY = lanes.length * laneHeight + 6;
  const xOf = (t: number) =>
    LABEL_WIDTH + 10 + (span === 0 ? (PLOT_WIDTH - 20) / 2 : ((t - min) / span) * (PLOT_WIDTH - 20));
  const parts = lanes.map((lane, i) => {
    const y = i * laneHeight + laneHeight / 2;
    return `<text class="chart-label" x="${LABEL_WIDTH - 8}" y="${y}" text-anchor="end" dominant-baseline="middle">${escapeHtml(lane)}</text><line class="chart-grid" x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH + PLOT_WIDTH}" y1="${y}" y2="${y}"/>`;
  });
  for (const { f, t } of dated) {
    const y = lanes.indexOf(vendorName(f)) * laneHeight + laneHeight / 2;
    const label = `${day(t)} ${f.ruleId} in ${f.file}${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ''}`;
    parts.push(
      `<circle class="sev-${escapeHtml(f.severity)}" cx="${xOf(t).toFixed(1)}" cy="${y}" r="6"><title>${escapeHtml(label)}</title></circle>`,
    );
  }
  parts.push(
    `<line class="chart-axis" x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH + PLOT_WIDTH}" y1="${axisY}" y2="${axisY}"/>`,
  );
  parts.push(
    `<text class="chart-label" x="${xOf(min).toFixed(1)}" y="${axisY + 16}" text-anchor="middle">${day(min)}</text>`,
  );
  if (span > 0)
    parts.push(
      `<text class="chart-label" x="${xOf(max).toFixed(1)}" y="${axisY + 16}" text-anchor="middle">${day(max)}</text>`,
    );
  const height = axisY + 50;
  return svg(id, title, width, height, `${parts.join('\n')}\n${legend(LABEL_WIDTH, height - 14)}`);
}

function svg(id: string, title: string, width: number, height: number, body: string): string {
  return `<svg class="chart" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${escapeHtml(title)}</title>\n${body}</svg>`;
}

function legend(x: number, y: number): string {
  return SEVERITIES.map((s, i) => {
    const lx = x + i * 100;
    return `<rect class="sev-${s}" x="${lx}" y="${y - 9}" width="12" height="12"/><text class="chart-label" x="${lx + 17}" y="${y}" dominant-baseline="auto">${s}</text>`;
  }).join('');
}

function total(counts: Record<Severity, number>): number {
  return SEVERITIES.reduce((sum, s) => sum + counts[s], 0);
}

function truncate(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

function day(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
