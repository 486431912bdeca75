/** Progress and results of an ingestion job, one row per input (a feed adds a row per item). */
import type { Job } from '../jobs.js';
import { html } from '../html.js';
import { page } from '../layout.js';

export function jobPage(job: Job) {
  const running = job.state === 'running';
  const ok = job.results.filter((r) => r.ok);
  const failed = job.results.length - ok.length;
  const count = (s: string) => ok.filter((r) => r.status === s).length;
  const rows = job.results.map((r) => html`<tr class="${r.ok ? 'ok' : 'failed'}">
<td class="source">${r.source}</td>
<td>${r.ok ? html`<span class="tag ${r.status === 'added' ? 'independent' : 'repeat'}">${r.status}</span>` : html`<span class="tag error">failed</span>`}</td>
<td>${r.ok && r.articleId ? html`<a href="/articles/${encodeURIComponent(r.articleId)}">${r.title ?? r.articleId}</a>` : html`<span class="error-text">${r.error}</span>`}</td>
<td class="num">${r.ok ? r.claims : ''}</td>
</tr>`);
  const body = html`<h1>${running ? 'Adding articles…' : 'Articles added'}</h1>
<p class="lede" role="status">${running
    ? html`<progress aria-label="progress"></progress> ${job.results.length} read so far from ${job.inputs.length} input${job.inputs.length === 1 ? '' : 's'}. This page updates itself.`
    : html`${count('added')} added, ${count('revised')} revised, ${count('unchanged')} unchanged, ${failed} failed.`}</p>
${job.results.length ? html`<table class="results">
<thead><tr><th>Input</th><th>Result</th><th>Article or error</th><th class="num">Claims</th></tr></thead>
<tbody>${rows}</tbody></table>` : ''}
${running ? '' : html`<p><a href="/stories">See the stories</a> · <a href="/add">Add more</a></p>`}`;
  return page({ title: running ? 'Adding articles' : 'Articles added', nav: 'add', refresh: running ? 1 : undefined, jsonHref: `/api/jobs/${job.id}` }, body);
}
