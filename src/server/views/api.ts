/** A human-readable index of the JSON API (the OpenAPI document is the reference). */
import { html } from '../html.js';
import { page } from '../layout.js';

const ENDPOINTS: [string, string, string][] = [
  ['GET', '/api/stories', 'stories with counts, dates and headline figures'],
  ['GET', '/api/stories/{id}', 'a story’s ledger, articles and syndication groups'],
  ['GET', '/api/stories/{id}/ledger.csv', 'the ledger as CSV'],
  ['GET', '/api/articles', 'stored articles (metadata)'],
  ['POST', '/api/articles', 'add one article: {text | html | url, outlet?, url?, publishedAt?, title?}'],
  ['GET', '/api/articles/{id}', 'an article with its claims'],
  ['GET', '/api/articles/{id}/claims', 'an article’s claims (offsets into the stored text)'],
  ['GET', '/api/claims?measure=&country=&source=&from=&to=', 'search claims'],
  ['POST', '/api/ingest', 'background job for {sources: [urls, feeds], articles: [...]}'],
  ['GET', '/api/jobs/{id}', 'job progress and results'],
];

export function apiPage() {
  return page({ title: 'API', nav: 'api', jsonHref: '/api/openapi.json' }, html`<h1>API</h1>
<p class="lede">Every page has a JSON twin: put <code>/api</code> in front of its path or add <code>?format=json</code>. The full description is the <a href="/api/openapi.json">OpenAPI document</a>.</p>
<table class="api"><thead><tr><th>Method</th><th>Path</th><th>What</th></tr></thead>
<tbody>${ENDPOINTS.map(([m, p, w]) => html`<tr><td><span class="tag">${m}</span></td><td><code>${p}</code></td><td>${w}</td></tr>`)}</tbody></table>
<h2>Example</h2>
<pre><code>curl -s localhost:8080/api/articles -H 'Content-Type: application/json' \\
  -d '{"text": "Die Polizei meldete am Montag drei Tote.", "outlet": "Beispielblatt", "publishedAt": "2025-05-12"}'</code></pre>`);
}
