/** Add articles: paste a text, upload files, or give web addresses (article pages or feeds). */
import { html } from '../html.js';
import { page } from '../layout.js';

export interface AddFormOptions {
  tokenRequired: boolean;
  readOnly: boolean;
  error?: string;
}

export function addPage(o: AddFormOptions) {
  if (o.readOnly) {
    return page({ title: 'Add articles', nav: 'add' }, html`<h1>Add articles</h1><p class="empty">This server is read-only.</p>`);
  }
  const body = html`<h1>Add articles</h1>
<p class="lede">Paste an article, upload files, or give web addresses. Each input is read, its claims are extracted and it joins a story. You can combine all three.</p>
${o.error ? html`<div class="callout contradiction" role="alert">${o.error}</div>` : ''}
<form class="add" method="post" action="/add" enctype="multipart/form-data">
<fieldset>
<legend>Paste a text</legend>
<label for="text">Article text</label>
<textarea id="text" name="text" rows="10" placeholder="Der Landkreis meldete am Dienstag …"></textarea>
<div class="row">
  <div><label for="title">Title</label><input id="title" name="title" type="text"></div>
  <div><label for="outlet">Outlet</label><input id="outlet" name="outlet" type="text"></div>
</div>
<div class="row">
  <div><label for="url">URL of the original</label><input id="url" name="url" type="url" placeholder="https://…"></div>
  <div><label for="publishedAt">Published</label><input id="publishedAt" name="publishedAt" type="datetime-local"></div>
</div>
</fieldset>
<fieldset>
<legend>Upload files</legend>
<label for="files">Text (.txt with an optional title:/outlet:/url:/published: header), HTML or JSONL files</label>
<input id="files" name="files" type="file" multiple accept=".txt,.text,.md,.html,.htm,.jsonl,.json">
</fieldset>
<fieldset>
<legend>Web addresses</legend>
<label for="sources">Article pages or RSS/Atom feeds, one per line</label>
<textarea id="sources" name="sources" rows="3" placeholder="https://example.org/feed.xml"></textarea>
</fieldset>
${o.tokenRequired ? html`<fieldset><legend>Access</legend><label for="token">Write token (this server is not on loopback)</label><input id="token" name="token" type="password" autocomplete="current-password" required></fieldset>` : ''}
<button type="submit">Add articles</button>
</form>
<p class="small muted">The same as JSON: <code>POST /api/articles</code> with <code>{"text": "…", "outlet": "…", "publishedAt": "2025-05-12"}</code>, or <code>POST /api/ingest</code> with <code>{"sources": ["https://…"]}</code>. See the <a href="/api">API</a>.</p>`;
  return page({ title: 'Add articles', nav: 'add' }, body);
}
