/**
 * `claimledger export` reads the analysis in pages from the store: its json and claimreview output must be what
 * one whole Analysis object gives (store.analysis(), and toClaimReview over it), on a generated corpus with
 * stories of several articles and syndicated copies.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Claim } from '../../src/core/claim.js';
import { Corpus } from '../../src/generate/index.js';
import { openStore } from '../../src/store/open.js';
import { toClaimReview } from '../../src/export/claimreview.js';
import { run } from '../../src/cli/commands/export.js';
import { digitExtractor } from '../store/digit-extractor.js';
import { captureIO } from './io.js';

test('export json and claimreview, read in pages, equal the whole analysis', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimledger-export-paged-'));
  const db = join(dir, 'x.sqlite');
  try {
    const store = await openStore(db, { extract: digitExtractor() });
    const corpus = new Corpus({ size: 60, seed: 9 });
    await store.addArticles(Array.from({ length: 60 }, (_, i) => ({ doc: corpus.document(i) })));
    const whole = await store.analysis();
    const claims = new Map<string, Claim>();
    for (const c of await store.searchClaims({ limit: 10_000 })) claims.set(c.id, c);
    await store.close();
    assert.ok(whole.stories.some((s) => s.articles.length > 1), 'stories of several articles');
    assert.ok(whole.syndication.length > 0, 'syndicated copies');

    const io = captureIO();
    assert.equal(await run(['--db', db, '--format', 'json'], io), 0);
    const out = JSON.parse(io.out());
    assert.equal(JSON.stringify(out.articles), JSON.stringify(whole.articles));
    assert.equal(JSON.stringify(out.stories), JSON.stringify(whole.stories));
    assert.equal(JSON.stringify(out.syndication), JSON.stringify(whole.syndication));
    assert.equal(out.claims.length, claims.size);

    const cr = captureIO();
    assert.equal(await run(['--db', db, '--format', 'claimreview'], cr), 0);
    const doc = JSON.parse(cr.out());
    assert.ok(doc['@graph'].length > 0);
    const generatedAt = doc['@graph'][0].datePublished;
    assert.deepEqual(doc, JSON.parse(JSON.stringify(toClaimReview(whole, claims, generatedAt))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
