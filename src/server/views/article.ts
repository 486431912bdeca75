/** Article page: metadata, the text with claims highlighted, and the claims as a table. */
import type { StoredArticle } from '../../store/types.js';
import type { ArticleSummary } from '../../analysis/types.js';
import type { Claim } from '../../core/claim.js';
import { html } from '../html.js';
import { page } from '../layout.js';
import { highlightText } from '../highlight.js';
import { formatDate, formatTime, formatValue, measureLabel, claimAnchor, sourceDisplay } from '../format.js';
import { isFictionalUrl } from '../fictional.js';

export interface ArticleData {
  article: StoredArticle;
  claims: Claim[];
  summary: ArticleSummary | null;
  storyTitle: string | null;
}

/** Only http(s) links are rendered as links: a `javascript:` URL in article metadata stays text. */
function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function articlePage(d: ArticleData) {
  const a = d.article;
  // Start at the body, past the blank lines that end a header block (offsets are unchanged by this).
  let from = a.bodyStart;
  while (from < a.text.length && /\s/.test(a.text[from]!)) from++;
  const { body, unmarked } = highlightText(a.text, d.claims, from, a.outlet);
  const href = safeHref(a.url);
  const fictional = isFictionalUrl(a.url);
  const story = d.summary?.story ?? a.storyId;
  const rows = d.claims.map((c) => html`<tr>
<td class="figure"><a href="#${claimAnchor(c.id)}">${formatValue(c.value)}</a><div class="muted small">“${c.text}”</div></td>
<td>${measureLabel(c.measure)}${c.counted ? html`<div class="muted small">${c.counted}</div>` : ''}</td>
<td><strong>${sourceDisplay(c.source, a.outlet).name}</strong><div class="muted small">${sourceDisplay(c.source, a.outlet).detail}</div>${c.source.text && c.source.kind !== 'unattributed' ? html`<div class="quote small">“${c.source.text}”</div>` : ''}</td>
<td>${c.hedges.map((h) => html`<span class="tag hedge">${h}</span> `)}<div class="muted small">${c.speech !== 'none' ? `${c.speech} speech` : ''}</div></td>
<td class="small">${c.scope.type !== 'unspecified' ? c.scope.type : ''}${c.scope.text ? html`<div class="muted">${c.scope.text}</div>` : ''}</td>
</tr>`);
  const content = html`<p class="crumbs"><a href="/stories">Stories</a> ›${story ? html` <a href="/stories/${encodeURIComponent(story)}">${d.storyTitle ?? 'Story'}</a> ›` : ''}</p>
<article class="article">
<h1>${a.title ?? a.id}</h1>
<p class="meta"><span class="outlet">${a.outlet ?? 'unknown outlet'}</span> · ${formatDate(a.publishedAt)} ${formatTime(a.publishedAt)}${href ? html` · <a href="${href}" rel="noopener noreferrer nofollow">${fictional ? 'fictional URL' : 'original'}</a>` : ''}${a.revision > 1 ? html` · revision ${a.revision}` : ''}${fictional ? html` · <span class="badge fictional-badge">fictional</span>` : ''}</p>
${story ? html`<p class="back"><a href="/stories/${encodeURIComponent(story)}">← Back to the story ledger</a></p>` : ''}
<p class="legend small">${d.claims.length} claims highlighted. Hover or select a highlighted figure to see the normalised claim.</p>
<div class="text" id="article-text">${body}</div>
<div id="claim-popover" class="popover" role="status" hidden></div>
</article>
${unmarked.length ? html`<p class="muted small">${unmarked.length} claims could not be marked in the text (overlapping spans).</p>` : ''}
<section><h2>Claims</h2>
${d.claims.length ? html`<div class="table-wrap"><table class="claims">
<thead><tr><th>Figure</th><th>Measure</th><th>Source</th><th>Hedges</th><th>Scope</th></tr></thead>
<tbody>${rows}</tbody></table></div>` : html`<p class="empty">No claims found in this article.</p>`}
<p class="small"><a href="/api/articles/${encodeURIComponent(a.id)}/claims">Claims as JSON</a></p>
</section>`;
  return page({ title: a.title ?? a.id, nav: 'stories', jsonHref: `/api/articles/${encodeURIComponent(a.id)}`, fictional, script: 'app.js' }, content);
}
