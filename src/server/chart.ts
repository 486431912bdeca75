/**
 * The estimates-over-time chart of one claim group, rendered server-side as SVG: x = publication date,
 * y = the figure; each claim is a vertical bar from its low to its high value (a dot for a point figure,
 * an arrow for an open upper bound), one colour per source, a thin line joining a source's successive figures.
 * Plain SVG with presentation attributes only, so it passes the CSP and can be saved as a file for a slide.
 */
import type { ClaimGroup, SourceTimeline, TimelinePoint } from '../analysis/types.js';
import { html, join, type SafeHtml } from './html.js';
import { formatNumber, formatDate } from './format.js';

/** Colour-blind-safe categorical palette (Okabe–Ito, with black replaced by a dark grey). */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#555555', '#8C6D31', '#7B3294', '#1B7837'];

export function sourceColour(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}

const W = 760;
const H = 300;
const M = { top: 18, right: 34, bottom: 36, left: 64 };
const DAY = 86_400_000;

/** A day number from an ISO date (the calendar date as written, ignoring the offset). */
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function dayOf(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, m[4] ? +m[4] : 12, m[5] ? +m[5] : 0);
  return t / DAY;
}

/** 1-2-5 steps giving about `count` ticks from 0 to max. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step * 1e-9; v += step) ticks.push(+v.toFixed(10));
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}

interface Plotted {
  point: TimelinePoint;
  day: number;
  series: number;
}

export interface ChartOptions {
  /** add xmlns and fonts so the SVG stands alone as a file */
  standalone?: boolean;
  title?: string;
  /** a second line under the title (the story) in a standalone chart */
  subtitle?: string;
}

/** The chart, or null when no claim of the group has both a date and a figure. */
export function renderChart(group: ClaimGroup, opts: ChartOptions = {}): SafeHtml | null {
  // A standalone chart (a file for a slide) carries its title above the plot.
  const T = opts.standalone ? (opts.subtitle ? 50 : 32) : 0;
  const series: SourceTimeline[] = group.timeline;
  const plotted: Plotted[] = [];
  series.forEach((s, i) => {
    for (const p of s.points) {
      const day = p.date ? dayOf(p.date) : null;
      if (day === null || (p.min === null && p.max === null)) continue;
      plotted.push({ point: p, day, series: i });
    }
  });
  if (plotted.length === 0) return null;

  const unit = group.unit;
  const compact = unit !== null && unit !== '%';
  const fmt = (v: number) => formatNumber(v, compact);
  const top = Math.max(...plotted.map((p) => Math.max(p.point.max ?? 0, p.point.min ?? 0)));
  const ticks = niceTicks(top * 1.08 || 1);
  const yMax = ticks[ticks.length - 1]!;
  const d0 = Math.floor(Math.min(...plotted.map((p) => p.day)));
  // A little room after the last figure, so its mark and the estimate label do not touch the edge.
  const d1 = Math.max(Math.ceil(Math.max(...plotted.map((p) => p.day)) + 0.25), d0 + 1);
  const innerW = W - M.left - M.right;
  const innerH = H - M.top - M.bottom;
  const x = (day: number) => M.left + ((day - d0) / (d1 - d0)) * innerW;
  const y = (v: number) => T + M.top + innerH - (v / yMax) * innerH;

  // Bars of different sources on the same day are nudged apart so that equal figures stay visible.
  const slot = new Map<string, number>();
  const nudge = (p: Plotted): number => {
    const key = `${Math.round(p.day * 4)}`;
    const n = slot.get(key) ?? 0;
    slot.set(key, n + 1);
    return (n % 2 === 0 ? 1 : -1) * Math.ceil(n / 2) * 7;
  };

  const grid = ticks.map((t) => html`<line x1="${M.left}" x2="${W - M.right}" y1="${y(t)}" y2="${y(t)}" stroke="#e3e3e3" stroke-width="1"/><text x="${M.left - 8}" y="${y(t) + 4}" text-anchor="end" font-size="12" fill="#555">${fmt(t)}${unit === '%' ? '%' : ''}</text>`);
  // Day ticks; for a story of one or two days, six-hour ticks between them so the order of reports shows.
  const ticksX: { at: number; label: string; major: boolean }[] = [];
  const stepDays = Math.max(1, Math.ceil((d1 - d0) / 8));
  for (let d = d0; d <= d1; d += stepDays) ticksX.push({ at: d, label: formatDate(new Date(d * DAY).toISOString(), true), major: true });
  if (d1 - d0 <= 2) {
    for (let d = d0; d < d1; d++) for (const h of [6, 12, 18]) ticksX.push({ at: d + h / 24, label: `${String(h).padStart(2, '0')}:00`, major: false });
  }
  const xAxis = ticksX.map((t) => html`<line x1="${x(t.at)}" x2="${x(t.at)}" y1="${T + M.top + innerH}" y2="${T + M.top + innerH + (t.major ? 6 : 3)}" stroke="#888"/><text x="${x(t.at)}" y="${T + M.top + innerH + 20}" text-anchor="middle" font-size="${t.major ? 12 : 10}" fill="${t.major ? '#444' : '#888'}">${t.label}</text>`);

  const placed = plotted.map((p) => ({ ...p, cx: x(p.day) + nudge(p) }));
  const lines = series.map((_, i) => {
    const pts = placed.filter((p) => p.series === i).sort((a, b) => a.day - b.day);
    if (pts.length < 2) return '';
    const mid = (p: (typeof placed)[number]) => y(((p.point.min ?? p.point.max!) + (p.point.max ?? p.point.min!)) / 2);
    return html`<polyline fill="none" stroke="${sourceColour(i)}" stroke-width="1.5" stroke-opacity="0.55" stroke-dasharray="4 3" points="${pts.map((p) => `${p.cx.toFixed(1)},${mid(p).toFixed(1)}`).join(' ')}"/>`;
  });
  const marks = placed.map((p) => {
    const colour = sourceColour(p.series);
    const lo = p.point.min ?? 0;
    const open = p.point.max === null;
    // An open range ("mindestens drei") is a short arrow up from its bound, not a bar to the top of the chart.
    const hi = p.point.max ?? Math.min(yMax, lo + (yMax * 36) / innerH);
    const label = `${series[p.series]!.label}: ${p.point.text} (${formatDate(p.point.date)})`;
    const tip = html`<title>${label}</title>`;
    if (!open && lo === hi) {
      return html`<g>${tip}<circle cx="${p.cx}" cy="${y(lo)}" r="5" fill="${colour}" stroke="#fff" stroke-width="1.5"/></g>`;
    }
    const arrow = open
      ? html`<path d="M${p.cx - 5},${y(hi) + 7} L${p.cx},${y(hi)} L${p.cx + 5},${y(hi) + 7}" fill="none" stroke="${colour}" stroke-width="2"/>`
      : html`<line x1="${p.cx - 5}" x2="${p.cx + 5}" y1="${y(hi)}" y2="${y(hi)}" stroke="${colour}" stroke-width="2"/>`;
    return html`<g>${tip}<rect x="${p.cx - 3}" y="${y(hi)}" width="6" height="${Math.max(2, y(lo) - y(hi))}" fill="${colour}" fill-opacity="${open ? 0.35 : 0.75}"/>${arrow}<line x1="${p.cx - 5}" x2="${p.cx + 5}" y1="${y(lo)}" y2="${y(lo)}" stroke="${colour}" stroke-width="2"/></g>`;
  });

  // The legend lists sources with at least one plotted figure, wrapping onto as many rows as needed.
  const shown = series.map((s, i) => ({ s, i })).filter(({ i }) => placed.some((p) => p.series === i));
  const legendRows: SafeHtml[] = [];
  let lx = M.left;
  let ly = T + H + 4;
  for (const { s, i } of shown) {
    const text = s.label.length > 42 ? `${s.label.slice(0, 41)}…` : s.label;
    const w = 22 + text.length * 6.6;
    if (lx + w > W - M.right && lx > M.left) {
      lx = M.left;
      ly += 20;
    }
    legendRows.push(html`<rect x="${lx}" y="${ly}" width="12" height="12" rx="2" fill="${sourceColour(i)}"/><text x="${lx + 17}" y="${ly + 10.5}" font-size="12" fill="#222">${text}</text>`);
    lx += w + 14;
  }
  const height = ly + 22;

  const best = group.best !== null
    ? html`<line x1="${M.left}" x2="${W - M.right}" y1="${y(group.best)}" y2="${y(group.best)}" stroke="#111" stroke-width="1" stroke-dasharray="2 3"/><text x="${W - M.right}" y="${y(group.best) - 5}" text-anchor="end" font-size="11" fill="#111">best estimate ${fmt(group.best)}</text>`
    : '';
  const skipped = series.reduce((n, s) => n + s.points.length, 0) - plotted.length;
  const title = opts.title ?? group.label;
  const head = opts.standalone
    ? html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" role="img" aria-label="${title}">`
    : html`<svg class="chart" viewBox="0 0 ${W} ${height}" role="img" aria-label="${title}">`;
  return html`${head}<title>${title}</title><rect x="0" y="0" width="${W}" height="${height}" fill="#fff"/>${T ? html`<text x="16" y="24" font-size="17" font-weight="700" fill="#111">${clip(title, 72)}</text>${opts.subtitle ? html`<text x="16" y="42" font-size="12" fill="#555">${clip(opts.subtitle, 110)}</text>` : ''}` : ''}${grid}<line x1="${M.left}" x2="${W - M.right}" y1="${T + M.top + innerH}" y2="${T + M.top + innerH}" stroke="#888"/>${xAxis}${best}${lines}${marks}${join(legendRows)}${skipped > 0 ? html`<text x="${W - M.right}" y="${T + M.top - 4}" text-anchor="end" font-size="11" fill="#777">${skipped} undated figure${skipped > 1 ? 's' : ''} not shown</text>` : ''}</svg>`;
}
