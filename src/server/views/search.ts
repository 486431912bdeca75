/** Search and filter claims by measure, country, source and publication date. */
import { MEASURES, type Claim } from '../../core/claim.js';
import type { ArticleSummary } from '../../analysis/types.js';
import { html } from '../html.js';
import { page } from '../layout.js';
import { countryName, formatDate, formatValue, measureLabel, claimAnchor, sourceDisplay } from '../format.js';
import { isFictionalUrl } from '../fictional.js';

export interface SearchQuery {
  measure?: string;
  country?: string;
  source?: string;
  from?: string;
  to?: string;
  story?: string;
}

export interface SearchData {
  query: SearchQuery;
  claims: Claim[];
  limit: number;
  error?: string;
}

export function searchPage(d: SearchData, articles: Map<string, ArticleSummary>, sources: string[], countries: string[]) {
  const q = d.query;
  const params = new URLSearchParams(Object.entries(q).filter(([, v]) => v) as [string, string][]).toString();
  const rows = d.claims.map((c) => {
    const a = articles.get(c.doc);
    return html`<tr>
<td class="figure"><a href="/articles/${encodeURIComponent(c.doc)}#${claimAnchor(c.id)}">${formatValue(c.value)}</a><div class="muted small">“${c.text}”</div></td>
<td>${measureLabel(c.measure)}${c.counted ? html`<div class="muted small">${c.counted}</div>` : ''}</td>
<td>${c.subject?.country ? countryName(c.subject.country) : ''}</td>
<td><strong>${sourceDisplay(c.source, a?.outlet).name}</strong><div class="muted small">${sourceDisplay(c.source, a?.outlet).detail}</div></td>
<td>${a?.outlet ?? ''}<div class="muted small">${a?.title ?? c.doc}</div></td>
<td class="date">${formatDate(a?.publishedAt, true)}</td>
<td>${c.hedges.map((h) => html`<span class="tag hedge">${h}</span> `)}</td>
</tr>`;
  });
  const body = html`<h1>Search claims</h1>
<form class="filters" method="get" action="/claims">
<div><label for="measure">Measure</label><select id="measure" name="measure"><option value="">any</option>${MEASURES.map((m) => html`<option value="${m}"${q.measure === m ? html` selected` : ''}>${measureLabel(m)}</option>`)}</select></div>
<div><label for="country">Country</label><select id="country" name="country"><option value="">any</option>${countries.map((c) => html`<option value="${c}"${q.country?.toUpperCase() === c ? html` selected` : ''}>${countryName(c)} (${c})</option>`)}</select></div>
<div><label for="source">Source</label><input id="source" name="source" list="source-names" value="${q.source ?? ''}" placeholder="canonical name"><datalist id="source-names">${sources.map((s) => html`<option value="${s}">`)}</datalist></div>
<div><label for="from">Published from</label><input id="from" name="from" type="date" value="${q.from ?? ''}"></div>
<div><label for="to">until (exclusive)</label><input id="to" name="to" type="date" value="${q.to ?? ''}"></div>
<div class="actions"><button type="submit">Filter</button> <a href="/claims">Reset</a></div>
</form>
${d.error ? html`<div class="callout contradiction" role="alert">${d.error}</div>` : ''}
<p class="muted">${d.claims.length}${d.claims.length >= d.limit ? '+' : ''} claims${d.claims.length >= d.limit ? html` (showing the first ${d.limit})` : ''}. <a href="/api/claims${params ? `?${params}` : ''}">As JSON</a></p>
${d.claims.length ? html`<div class="table-wrap"><table class="claims">
<thead><tr><th>Figure</th><th>Measure</th><th>Subject country</th><th>Source</th><th>Article</th><th>Date</th><th>Hedges</th></tr></thead>
<tbody>${rows}</tbody></table></div>` : html`<p class="empty">No claims match.</p>`}`;
  return page({ title: 'Search claims', nav: 'search', fictional: d.claims.some((c) => isFictionalUrl(articles.get(c.doc)?.url)), jsonHref: `/api/claims${params ? `?${params}` : ''}` }, body);
}
