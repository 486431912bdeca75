/** Stories list: one row per story with its size, independent sources, dates and headline figures. */
import type { Analysis, Story } from '../../analysis/types.js';
import { html } from '../html.js';
import { page } from '../layout.js';
import { formatDate, formatRange, formatNumber } from '../format.js';
import { headlineGroups } from '../data.js';
import { isFictionalUrl } from '../fictional.js';

export interface StoriesData {
  stories: (Pick<Story, 'id' | 'title' | 'from' | 'to' | 'independentSources'> & {
    articles: number;
    claims: number;
    fictional: boolean;
    headline: { group: string; label: string; low: number | null; high: number | null; best: number | null; unit: string | null; highOpen: boolean }[];
  })[];
  articles: number;
}

export function storiesData(a: Analysis): StoriesData {
  const byId = new Map(a.articles.map((x) => [x.id, x]));
  const stories = [...a.stories]
    .sort((x, y) => (y.to ?? '').localeCompare(x.to ?? '') || y.articles.length - x.articles.length)
    .map((s) => ({
      id: s.id,
      title: s.title,
      from: s.from,
      to: s.to,
      independentSources: s.independentSources,
      articles: s.articles.length,
      claims: s.claimGroups.reduce((n, g) => n + g.claims.length, 0),
      fictional: s.articles.some((d) => isFictionalUrl(byId.get(d)?.url)),
      headline: headlineGroups(s).map((g) => ({ group: g.id, label: g.label, low: g.low, high: g.high, best: g.best, unit: g.unit, highOpen: g.highOpen })),
    }));
  return { stories, articles: a.articles.length };
}

export function storiesPage(d: StoriesData) {
  const rows = d.stories.map((s) => html`<tr>
  <td class="title"><a href="/stories/${encodeURIComponent(s.id)}">${s.title}</a>${s.fictional ? html` <span class="badge fictional-badge">fictional</span>` : ''}</td>
  <td class="num">${s.articles}</td>
  <td class="num">${s.independentSources}</td>
  <td class="dates">${formatDate(s.from, true)}${s.to && s.to.slice(0, 10) !== s.from?.slice(0, 10) ? html` – ${formatDate(s.to)}` : ''}</td>
  <td class="headline">${s.headline.length === 0 ? html`<span class="muted">no figures</span>` : html`<ul>${s.headline.map((h) => html`<li><span class="figure">${formatRange(h.low, h.high, h.unit)}${h.highOpen ? '+' : ''}</span> ${h.label}${h.best !== null ? html` <span class="muted">(best ${formatNumber(h.best, h.unit !== null && h.unit !== '%')})</span>` : ''}</li>`)}</ul>`}</td>
</tr>`);
  const body = d.stories.length === 0
    ? html`<h1>Stories</h1><p class="empty">No articles yet. <a href="/add">Add articles</a> to build a ledger.</p>`
    : html`<h1>Stories</h1>
<p class="lede">${d.articles} articles in ${d.stories.length} ${d.stories.length === 1 ? 'story' : 'stories'}. Each story is a ledger of who says what number.</p>
<table class="stories">
<thead><tr><th>Story</th><th class="num">Articles</th><th class="num" title="Articles with syndicated copies and rewrites counted once">Independent</th><th>Dates</th><th>Headline figures (low–high)</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
  return page({ title: 'Stories', nav: 'stories', jsonHref: '/api/stories', fictional: d.stories.some((s) => s.fictional) }, body);
}
