/**
 * The story page: the ledger. Per claim group a summary (spread, best estimate and its rule), the contradictions,
 * the chart, and a table of every claim; then the syndication groups with their shared passages and the articles.
 */
import type { ClaimGroup, LedgerEntry, SyndicationGroup } from '../../analysis/types.js';
import type { Claim } from '../../core/claim.js';
import { byWeight } from '../../analysis/reconcile.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { countryName, formatDate, formatNumber, formatRange, formatTime, formatValue, sourceKindLabel, claimAnchor, anchor } from '../format.js';
import { renderChart, sourceColour } from '../chart.js';
import type { StoryContext } from '../data.js';
import { isFictionalUrl } from '../fictional.js';

const articleHref = (doc: string, claim?: string) =>
  `/articles/${encodeURIComponent(doc)}${claim ? `#${claimAnchor(claim)}` : ''}`;

function independenceLabels(entries: LedgerEntry[], outletOf: (doc: string) => string): Map<string, { independent: boolean; note: string }> {
  const seen = new Map<string, LedgerEntry>();
  const out = new Map<string, { independent: boolean; note: string }>();
  const sorted = [...entries].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  for (const e of sorted) {
    if (e.syndicatedFrom) {
      out.set(e.claim, { independent: false, note: `syndicated from ${outletOf(e.syndicatedFrom)}` });
      continue;
    }
    const first = seen.get(e.independenceKey);
    if (first) out.set(e.claim, { independent: false, note: `same source as ${first.outlet ?? first.doc}, ${formatDate(first.date, true)}` });
    else {
      seen.set(e.independenceKey, e);
      out.set(e.claim, { independent: true, note: 'independent' });
    }
  }
  return out;
}

function sourceCell(e: LedgerEntry, claim: Claim | undefined, colour: string | null): SafeHtml {
  const s = claim?.source;
  const details = [s?.role, s?.organisation && s.organisation !== e.source.label ? s.organisation : null].filter(Boolean) as string[];
  const country = s?.country ? countryName(s.country) : '';
  return html`<div class="source">${colour ? html`<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" rx="2" fill="${colour}"/></svg>` : ''}<strong>${e.source.label}</strong></div>
<div class="muted small">${e.source.kind === 'unattributed' ? 'no source named' : sourceKindLabel(e.source.kind)}${details.length ? html` · ${details.join(', ')}` : ''}${country ? html` · ${country}` : ''}</div>
${e.source.text && e.source.text !== e.source.label ? html`<div class="quote small">“${e.source.text}”</div>` : ''}`;
}

function scopeText(e: LedgerEntry): string {
  const s = e.scope;
  if (!s || s.type === 'unspecified') return '';
  const range = s.from || s.to ? ` (${s.from ? formatDate(s.from, true) : '…'}–${s.to ? formatDate(s.to, true) : '…'})` : '';
  return `${s.type}${s.per ? ` per ${s.per}` : ''}${s.text ? `: ${s.text}` : ''}${range}`;
}

function groupSection(storyId: string, g: ClaimGroup, ctx: StoryContext): SafeHtml {
  const colourOf = new Map(g.timeline.map((t, i) => [t.source, sourceColour(i)]));
  const ind = independenceLabels(g.claims, (doc) => ctx.articles.find((a) => a.id === doc)?.outlet ?? doc);
  const contradicted = new Set(g.contradictions.flatMap((c) => c.claims));
  const entries = [...g.claims].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const rows = entries.map((e) => {
    const claim = ctx.claims.get(e.claim);
    const i = ind.get(e.claim)!;
    return html`<tr id="${anchor('entry', e.claim)}"${contradicted.has(e.claim) ? html` class="contradicted"` : ''}>
<td class="figure">${formatValue(e.value)}<div class="muted small">“${e.text}”</div></td>
<td>${sourceCell(e, claim, colourOf.get(e.source.key) ?? null)}</td>
<td><a href="${articleHref(e.doc, e.claim)}">${e.outlet ?? e.doc}</a></td>
<td class="date">${formatDate(e.date, true)}<div class="muted small">${formatTime(e.date)}</div></td>
<td>${e.hedges.length ? e.hedges.map((h) => html`<span class="tag hedge">${h}</span> `) : html`<span class="muted">—</span>`}${e.speech !== 'none' ? html`<div class="muted small">${e.speech} speech</div>` : ''}</td>
<td class="small">${scopeText(e) || html`<span class="muted">—</span>`}</td>
<td>${i.independent ? html`<span class="tag independent">independent</span>` : html`<span class="tag repeat">${i.note}</span>`}</td>
</tr>`;
  });
  const chart = renderChart(g);
  const chartHref = `/stories/${encodeURIComponent(storyId)}/groups/${encodeURIComponent(g.id)}/chart.svg`;
  const entryOf = (id: string) => g.claims.find((c) => c.claim === id);
  const describe = (id: string) => {
    const e = entryOf(id);
    return e ? html`<a href="#${anchor('entry', id)}">${formatValue(e.value)}</a> (${e.source.label}, ${e.outlet ?? e.doc}, ${formatDate(e.date, true)})` : html`${id}`;
  };
  const compact = g.unit !== null && g.unit !== '%';
  return html`<section class="group" id="${anchor('group', g.id)}">
<h2>${g.label}</h2>
<div class="summary">
  <div><span class="k">Range</span><span class="v">${formatRange(g.low, g.high, g.unit)}${g.highOpen ? '+' : ''}</span></div>
  <div><span class="k">Best estimate</span><span class="v">${g.best === null ? '—' : formatRange(g.best, g.best, g.unit)}</span></div>
  <div><span class="k">Claims</span><span class="v">${g.claims.length}</span></div>
  <div><span class="k">Independent sources</span><span class="v">${g.independentSources}</span></div>
</div>
<p class="rule small"><strong>How the estimate is made:</strong> ${g.bestRule}${g.estimateScope ? html` (scope: ${g.estimateScope})` : ''}</p>
${g.contradictions.length ? html`<div class="callout contradiction" role="note"><strong>${g.contradictions.length === 1 ? 'Contradiction' : `${g.contradictions.length} contradictions`}</strong><ul>${g.contradictions.map((c) => html`<li>${describe(c.claims[0])} vs ${describe(c.claims[1])}: ${c.reason}</li>`)}</ul></div>` : ''}
${g.scopeNotes.length ? html`<div class="callout scope" role="note"><strong>Different scopes</strong><ul>${g.scopeNotes.map((n) => html`<li>${n.note}</li>`)}</ul></div>` : ''}
${chart ? html`<figure class="chart-wrap">${chart}<figcaption>${g.label}: each bar is one reported figure (low to high), one colour per source; dotted line: best estimate. <a href="${chartHref}" download>Download SVG</a></figcaption></figure>` : html`<p class="muted small">No dated figures to chart.</p>`}
<div class="table-wrap"><table class="ledger">
<thead><tr><th>Figure</th><th>Source</th><th>Article</th><th>Date</th><th>Hedges</th><th>Scope</th><th>Independence</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
</section>`;
}

function syndicationSection(groups: (SyndicationGroup & { index: number })[], ctx: StoryContext): SafeHtml {
  if (groups.length === 0) return html``;
  const outlet = (doc: string) => ctx.articles.find((a) => a.id === doc)?.outlet ?? doc;
  return html`<section class="syndication" id="syndication">
<h2>Syndication</h2>
<p class="muted">Copies and rewrites of one text are not independent confirmation; the ledger counts each group once.</p>
${groups.map((g) => html`<div class="synd-group" id="syndication-${g.index}">
<h3>${g.kind === 'copy' ? 'Copy' : 'Rewrite'}: ${g.articles.map((d, i) => html`${i > 0 ? ' → ' : ''}<a href="${articleHref(d)}">${outlet(d)}</a>`)}</h3>
${g.evidence.sharedFigures.length ? html`<p class="small"><strong>Shared figures:</strong> ${g.evidence.sharedFigures.map((f) => html`<span class="tag">${f}</span> `)}</p>` : ''}
${g.evidence.links.length ? html`<ul class="small muted">${g.evidence.links.map((l) => html`<li>${outlet(l.a)} ↔ ${outlet(l.b)}: ${l.kind}, similarity ${Math.round(l.similarity * 100)}% — ${l.reason}</li>`)}</ul>` : ''}
${g.evidence.sharedPassages.slice(0, 5).map((p) => html`<blockquote class="passage">${p.text.length > 420 ? `${p.text.slice(0, 400)} […]` : p.text}<footer class="small muted">in ${p.positions.map((x) => outlet(x.doc)).join(', ')}</footer></blockquote>`)}
${g.evidence.sharedPassages.length > 5 ? html`<p class="muted small">and ${g.evidence.sharedPassages.length - 5} more shared passages</p>` : ''}
</div>`)}
</section>`;
}

export function storyPage(ctx: StoryContext): SafeHtml {
  const s = ctx.story;
  const id = encodeURIComponent(s.id);
  const fictional = ctx.articles.some((a) => isFictionalUrl(a.url));
  const byTime = [...ctx.articles].sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
  const groups = [...s.claimGroups].sort(byWeight);
  const body = html`<p class="crumbs"><a href="/stories">Stories</a> ›</p>
<h1>${s.title}</h1>
<p class="lede">${s.articles.length} articles · ${s.independentSources} independent · ${formatDate(s.from)}${s.to && s.to.slice(0, 10) !== s.from?.slice(0, 10) ? html` – ${formatDate(s.to)}` : ''}</p>
<p class="exports">Export the ledger: <a href="/stories/${id}/ledger.csv" download>CSV</a> · <a href="/api/stories/${id}">JSON</a></p>
${groups.length ? html`<nav class="toc" aria-label="Claim groups"><ul>${groups.map((g) => html`<li><a href="#${anchor('group', g.id)}">${g.label}</a> <span class="muted">${formatRange(g.low, g.high, g.unit)}${g.highOpen ? '+' : ''}</span>${g.contradictions.length ? html` <span class="tag contradiction-tag">contradiction</span>` : ''}</li>`)}</ul></nav>` : html`<p class="empty">No figures found in this story's articles.</p>`}
${groups.map((g) => groupSection(s.id, g, ctx))}
${syndicationSection(ctx.syndication, ctx)}
<section class="articles" id="articles">
<h2>Articles</h2>
<table class="article-list">
<thead><tr><th>Date</th><th>Outlet</th><th>Title</th><th class="num">Claims</th><th>Syndication</th></tr></thead>
<tbody>${byTime.map((a) => html`<tr><td class="date">${formatDate(a.publishedAt, true)} <span class="muted small">${formatTime(a.publishedAt)}</span></td><td>${a.outlet ?? '—'}</td><td><a href="${articleHref(a.id)}">${a.title ?? a.id}</a></td><td class="num">${a.claims}</td><td>${a.syndicationGroup !== null ? html`<a href="#syndication-${a.syndicationGroup}">${a.original === a.id ? 'original' : `from ${ctx.articles.find((x) => x.id === a.original)?.outlet ?? a.original}`}</a>` : ''}</td></tr>`)}</tbody>
</table>
</section>`;
  return page({ title: s.title, nav: 'stories', jsonHref: `/api/stories/${id}`, fictional }, body);
}

