/** Stories list: one row per story with its size, independent sources, dates and headline figures. */
import type { Story } from '../../analysis/types.js';
import type { StoryPage } from '../../store/types.js';
import { html } from '../html.js';
import { page } from '../layout.js';
import { formatDate, formatRange, formatNumber } from '../format.js';
import { isFictionalUrl } from '../fictional.js';

export interface StoriesData {
  stories: (Pick<Story, 'id' | 'title' | 'from' | 'to' | 'independentSources'> & {
    articles: number;
    claims: number;
    fictional: boolean;
    headline: { group: string; label: string; low: number | null; high: number | null; best: number | null; unit: string | null; highOpen: boolean }[];
  })[];
  /** articles the analysis covers */
  articles: number;
  /** stories in all pages */
  total: number;
  /** 1-based page number and stories per page */
  page: number;
  limit: number;
  /** the JSON twins of the next and previous pages, null at either end */
  next: string | null;
  prev: string | null;
}

/** Stories per page of the list by default, and at most. */
export const STORIES_PER_PAGE = 50;
export const MAX_STORIES_PER_PAGE = 500;

/** The page of the stories list with these numbers (the JSON twin when `api`). */
export function storiesHref(pageNo: number, limit: number, api: boolean): string {
  const q = new URLSearchParams();
  if (pageNo > 1) q.set('page', String(pageNo));
  if (limit !== STORIES_PER_PAGE) q.set('limit', String(limit));
  const qs = q.toString();
  return `${api ? '/api' : ''}/stories${qs ? `?${qs}` : ''}`;
}

export function storiesData(p: StoryPage, pageNo: number): StoriesData {
  const stories = p.stories.map((s) => ({
    id: s.id,
    title: s.title,
    from: s.from,
    to: s.to,
    independentSources: s.independentSources,
    articles: s.articles,
    claims: s.claims,
    fictional: s.hosts.some((h) => isFictionalUrl(`http://${h}/`)),
    headline: s.headline.map((g) => ({ group: g.id, label: g.label, low: g.low, high: g.high, best: g.best, unit: g.unit, highOpen: g.highOpen })),
  }));
  const more = p.offset + p.stories.length < p.total;
  return {
    stories, articles: p.articles, total: p.total, page: pageNo, limit: p.limit,
    next: more ? storiesHref(pageNo + 1, p.limit, true) : null,
    prev: pageNo > 1 ? storiesHref(pageNo - 1, p.limit, true) : null,
  };
}

export function storiesPage(d: StoriesData) {
  const rows = d.stories.map((s) => html`<tr>
  <td class="title"><a href="/stories/${encodeURIComponent(s.id)}">${s.title}</a>${s.fictional ? html` <span class="badge fictional-badge">fictional</span>` : ''}</td>
  <td class="num">${s.articles}</td>
  <td class="num">${s.independentSources}</td>
  <td class="dates">${formatDate(s.from, true)}${s.to && s.to.slice(0, 10) !== s.from?.slice(0, 10) ? html` – ${formatDate(s.to)}` : ''}</td>
  <td class="headline">${s.headline.length === 0 ? html`<span class="muted">no figures</span>` : html`<ul>${s.headline.map((h) => html`<li><span class="figure">${formatRange(h.low, h.high, h.unit)}${h.highOpen ? '+' : ''}</span> ${h.label}${h.best !== null ? html` <span class="muted">(best ${formatNumber(h.best, h.unit !== null && h.unit !== '%')})</span>` : ''}</li>`)}</ul>`}</td>
</tr>`);
  const pages = Math.max(1, Math.ceil(d.total / Math.max(1, d.limit)));
  const pager = pages <= 1 ? '' : html`<nav class="pager" aria-label="Pages of stories">${d.prev ? html`<a rel="prev" href="${storiesHref(d.page - 1, d.limit, false)}">← newer</a> ` : ''}<span class="muted">page ${d.page} of ${pages}</span>${d.next ? html` <a rel="next" href="${storiesHref(d.page + 1, d.limit, false)}">older →</a>` : ''}</nav>`;
  const body = d.total === 0
    ? html`<h1>Stories</h1><p class="empty">No articles yet. <a href="/add">Add articles</a> to build a ledger.</p>`
    : d.stories.length === 0
    ? html`<h1>Stories</h1><p class="empty">No stories on this page. <a href="/stories">First page</a></p>`
    : html`<h1>Stories</h1>
<p class="lede">${d.articles} articles in ${d.total} ${d.total === 1 ? 'story' : 'stories'}. Each story is a ledger of who says what number.</p>
<table class="stories">
<thead><tr><th>Story</th><th class="num">Articles</th><th class="num" title="Articles with syndicated copies and rewrites counted once">Independent</th><th>Dates</th><th>Headline figures (low–high)</th></tr></thead>
<tbody>${rows}</tbody>
</table>
${pager}`;
  return page({ title: 'Stories', nav: 'stories', jsonHref: storiesHref(d.page, d.limit, true), fictional: d.stories.some((s) => s.fictional) }, body);
}
