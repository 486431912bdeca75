/**
 * The stories list in pages over the real store (SQLite file): ?page= and ?limit= on the page and its JSON twin,
 * next/prev links that walk every story exactly once, and story pages read from the persisted analysis.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../../src/generate/index.js';
import { openStore } from '../../src/store/open.js';
import { createApp } from '../../src/server/app.js';
import { digitExtractor } from '../store/digit-extractor.js';

const N = 40;

test('the stories list pages through every story once, with next and prev links in the JSON twin', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimledger-paging-'));
  const store = await openStore(join(dir, 'p.sqlite'), { extract: digitExtractor() });
  try {
    // generated news: several stories, some with many articles
    const corpus = new Corpus({ size: N, seed: 5 });
    await store.addArticles(Array.from({ length: N }, (_, i) => ({ doc: corpus.document(i) })));
    const app = createApp({ store });
    const all = (await store.listStories({ limit: 1000 })).stories.map((s) => s.id);
    assert.ok(all.length >= 3, 'several stories');

    const seen: string[] = [];
    let url: string | null = '/api/stories?limit=2';
    let pages = 0;
    let before: unknown = null;
    while (url) {
      const res = await app.request(url);
      assert.equal(res.status, 200);
      const d = await res.json() as { stories: { id: string }[]; total: number; articles: number; page: number; limit: number; next: string | null; prev: string | null };
      assert.equal(d.total, all.length);
      assert.equal(d.articles, N);
      assert.equal(d.limit, 2);
      assert.equal(d.page, pages + 1);
      assert.ok(d.stories.length <= 2 && d.stories.length > 0);
      if (pages === 0) assert.equal(d.prev, null);
      else assert.deepEqual(await (await app.request(d.prev!)).json(), before, 'prev gives the page before');
      seen.push(...d.stories.map((s) => s.id));
      before = d;
      pages++;
      url = d.next;
    }
    assert.deepEqual(seen, all, 'every story once, in the list order');
    assert.equal(pages, Math.ceil(all.length / 2));

    const html = await (await app.request('/stories?limit=2&page=2')).text();
    assert.match(html, /rel="next"|rel="prev"/);
    assert.match(html, /page 2 of/);
    const beyond = await (await app.request('/api/stories?page=999')).json() as { stories: unknown[]; next: string | null };
    assert.deepEqual(beyond.stories, []);
    assert.equal(beyond.next, null);

    // a story page and its twin come from the persisted story
    const id = all[0]!;
    const twin = await (await app.request(`/api/stories/${encodeURIComponent(id)}`)).json() as { story: unknown; articles: unknown[] };
    const detail = (await store.getStory(id))!;
    assert.deepEqual(twin.story, detail.story);
    assert.deepEqual(twin.articles, detail.articles);
    assert.equal((await app.request(`/stories/${encodeURIComponent(id)}`)).status, 200);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
