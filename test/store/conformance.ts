/**
 * The store conformance suite: every backend must pass the same tests. Call it with a factory that hands out
 * a fresh, empty database location for each test.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument, type Document } from '../../src/core/document.js';
import type { Claim } from '../../src/core/claim.js';
import { openStore } from '../../src/store/open.js';
import type { AddItem, AddResult, OpenOptions, Store } from '../../src/store/types.js';
import { ENGINE_VERSION } from '../../src/version.js';
import { digitExtractor } from './digit-extractor.js';
import { claimParts, PreparedClaims } from '../../src/store/claim-row.js';
import type { TestDb } from './backends.js';

export function storeConformance(name: string, newDb: () => Promise<TestDb>, skip: string | false = false): void {
  describe(`store conformance: ${name}`, { skip }, () => {
    const dbs: TestDb[] = [];
    const stores: Store[] = [];

    async function fresh(opts: OpenOptions = {}): Promise<{ store: Store; db: string }> {
      const t = await newDb();
      dbs.push(t);
      const store = await openStore(t.db, { extract: digitExtractor(), ...opts });
      stores.push(store);
      return { store, db: t.db };
    }
    async function reopen(db: string, opts: OpenOptions): Promise<Store> {
      const store = await openStore(db, { extract: digitExtractor(), ...opts });
      stores.push(store);
      return store;
    }

    after(async () => {
      for (const s of stores) await s.close().catch(() => {});
      for (const d of dbs) await d.cleanup();
    });

    const docA = (text: string, meta: Partial<Document> = {}) =>
      makeDocument(text, { id: 'a', url: 'https://example.org/news/a', outlet: 'Beispielblatt', language: 'de', publishedAt: '2024-12-16', ...meta });

    it('stores an article once and reports a second identical ingest as unchanged', async () => {
      const { store } = await fresh();
      const doc = docA('Laut Sprecher gab es 12 Tote und 30 Verletzte.');
      const first = await store.addArticle({ doc });
      assert.equal(first.status, 'added');
      assert.equal(first.article.revision, 1);
      assert.equal(first.claims, 2);
      const second = await store.addArticle({ doc });
      assert.equal(second.status, 'unchanged');
      assert.equal(second.article.id, first.article.id);
      assert.deepEqual(await store.count(), { articles: 1, revisions: 1, claims: 2 });
    });

    it('keeps the exact text, so that every claim offset still points at its figure', async () => {
      const { store } = await fresh();
      // a BOM-free leading space, CRLF, an astral character before the figures, combining marks, NUL-free control chars
      const text = ' 🚀 Kyjiw\r\nDie Behörden meldeten 7 Tote;\tlaut Selenskyj 41 Verletzte. Cafe\u0301 «19»\u00a0Personen\n\n';
      const doc = docA(text, { id: 'exact', url: null, title: 'Überschrift „mit“ Zeichen' });
      const res = await store.addArticle({ doc, html: '<p>raw</p>' });
      const back = await store.getArticle(res.article.id);
      assert.ok(back);
      assert.equal(back.text, text);
      assert.equal(back.title, 'Überschrift „mit“ Zeichen');
      assert.equal(back.bodyStart, 0);
      assert.equal(back.contentHash, res.article.contentHash);
      const claims = await store.getClaims(res.article.id);
      assert.equal(claims.length, 3);
      for (const c of claims) assert.equal(back.text.slice(c.span.start, c.span.end), c.text);
    });

    it('keeps metadata and body start', async () => {
      const { store } = await fresh();
      const text = 'Titel: Test\nDatum: 2024-01-02\n\nEs gab 3 Tote.';
      const doc = makeDocument(text, { id: 'meta', language: 'de', title: 'Test', outlet: 'Blatt', url: 'https://example.org/m', publishedAt: '2024-01-02T10:00:00+01:00' }, 31);
      const res = await store.addArticle({ doc });
      const back = await store.getArticle(res.article.id);
      assert.ok(back);
      assert.deepEqual(
        { language: back.language, title: back.title, outlet: back.outlet, url: back.url, publishedAt: back.publishedAt, bodyStart: back.bodyStart },
        { language: 'de', title: 'Test', outlet: 'Blatt', url: 'https://example.org/m', publishedAt: '2024-01-02T10:00:00+01:00', bodyStart: 31 },
      );
    });

    it('keeps a changed text under the same URL as a new revision with its own claims', async () => {
      const { store } = await fresh();
      const v1 = await store.addArticle({ doc: docA('Zunächst 5 Tote gemeldet.') });
      const v2 = await store.addArticle({ doc: docA('Inzwischen 9 Tote und 4 Verletzte gemeldet.') });
      assert.equal(v2.status, 'revised');
      assert.equal(v2.article.id, v1.article.id);
      assert.equal(v2.article.revision, 2);
      const current = await store.getArticle(v1.article.id);
      assert.equal(current?.revision, 2);
      assert.equal(current?.text, 'Inzwischen 9 Tote und 4 Verletzte gemeldet.');
      const old = await store.getArticle(v1.article.id, 1);
      assert.equal(old?.text, 'Zunächst 5 Tote gemeldet.');
      assert.deepEqual((await store.getClaims(v1.article.id)).map((c) => c.text), ['9', '4']);
      // an older revision keeps its own claims (a reader that got revision 1's text gets revision 1's claims)
      assert.deepEqual((await store.getClaims(v1.article.id, 1)).map((c) => c.text), ['5']);
      assert.deepEqual((await store.getClaims(v1.article.id, 2)).map((c) => c.text), ['9', '4']);
      assert.deepEqual((await store.searchClaims({ measure: 'killed' })).map((c) => c.text), ['9']);
      assert.deepEqual(await store.count(), { articles: 1, revisions: 2, claims: 2 });
      // the first text again is a change too (a retraction of the update), not "unchanged"
      const v3 = await store.addArticle({ doc: docA('Zunächst 5 Tote gemeldet.') });
      assert.equal(v3.status, 'revised');
      assert.equal(v3.article.revision, 3);
    });

    it('treats the URL as identity: fragments and a trailing slash do not make a new article', async () => {
      const { store } = await fresh();
      await store.addArticle({ doc: docA('Es gab 2 Tote.', { url: 'https://Example.org/news/a/' }) });
      const again = await store.addArticle({ doc: docA('Es gab 2 Tote.', { url: 'https://example.org/news/a#comments' }) });
      assert.equal(again.status, 'unchanged');
    });

    it('recognises a URL-less article by its content, whatever its id', async () => {
      const { store } = await fresh();
      const text = 'Ohne Adresse: 8 Verletzte.';
      await store.addArticle({ doc: makeDocument(text, { id: 'datei-1' }) });
      const copy = await store.addArticle({ doc: makeDocument(text, { id: 'datei-2' }) });
      assert.equal(copy.status, 'unchanged');
      assert.equal(copy.article.id, 'datei-1');
      assert.equal((await store.count()).articles, 1);
    });

    it('keeps the same text under two URLs apart (syndicated copies are separate articles)', async () => {
      const { store } = await fresh();
      const text = 'Agenturmeldung: 14 Tote.';
      const a = await store.addArticle({ doc: docA(text, { id: 'x1', url: 'https://one.example/a' }) });
      const b = await store.addArticle({ doc: docA(text, { id: 'x2', url: 'https://two.example/b' }) });
      assert.equal(b.status, 'added');
      assert.notEqual(a.article.id, b.article.id);
    });

    it('gives a colliding document id a distinct stored id and stamps claims with it', async () => {
      const { store } = await fresh();
      const a = await store.addArticle({ doc: docA('Erstens 1 Tote.', { id: 'index', url: 'https://one.example/index' }) });
      const b = await store.addArticle({ doc: docA('Zweitens 2 Tote.', { id: 'index', url: 'https://two.example/index' }) });
      assert.equal(a.article.id, 'index');
      assert.notEqual(b.article.id, 'index');
      const claims = await store.getClaims(b.article.id);
      assert.equal(claims.length, 1);
      assert.equal(claims[0]!.doc, b.article.id);
      assert.equal(claims[0]!.id, `${b.article.id}#1`);
      // the same second article again is recognised under its new id
      assert.equal((await store.addArticle({ doc: docA('Zweitens 2 Tote.', { id: 'index', url: 'https://two.example/index' }) })).status, 'unchanged');
    });

    it('searches claims by measure, country, source and date, newest first, with limit and offset', async () => {
      const { store } = await fresh();
      await store.addArticle({ doc: docA('In der Ukraine laut Kiew 10 Tote und 20 Verletzte.', { id: 'u1', url: 'https://n.example/1', publishedAt: '2024-03-01' }) });
      await store.addArticle({ doc: docA('In der Ukraine laut Moskau 30 Tote.', { id: 'u2', url: 'https://n.example/2', publishedAt: '2024-03-05' }) });
      await store.addArticle({ doc: docA('Anderswo laut Kiew 40 Tote.', { id: 'u3', url: 'https://n.example/3', publishedAt: '2024-02-01' }) });
      await store.addArticle({ doc: docA('Ohne Datum 50 Tote.', { id: 'u4', url: 'https://n.example/4', publishedAt: null }) });
      const killed = await store.searchClaims({ measure: 'killed' });
      assert.deepEqual(killed.map((c) => c.text), ['30', '10', '40', '50']);
      assert.deepEqual((await store.searchClaims({ measure: 'killed', country: 'ua' })).map((c) => c.text), ['30', '10']);
      assert.deepEqual((await store.searchClaims({ source: 'kiew' })).map((c) => c.text), ['10', '20', '40']);
      assert.deepEqual((await store.searchClaims({ from: '2024-03-01', to: '2024-03-05' })).map((c) => c.text), ['10', '20']);
      assert.deepEqual((await store.searchClaims({ measure: 'killed', limit: 2, offset: 1 })).map((c) => c.text), ['10', '40']);
      assert.deepEqual(await store.searchClaims({ measure: 'missing' }), []);
    });

    it('lists current articles newest first, undated last, with paging', async () => {
      const { store } = await fresh();
      for (const [id, date] of [['p1', '2024-01-01'], ['p2', null], ['p3', '2024-05-01'], ['p4', '2024-03-01']] as const) {
        await store.addArticle({ doc: docA(`Artikel ${id} mit 1 Toten.`, { id, url: `https://l.example/${id}`, publishedAt: date }) });
      }
      await store.addArticle({ doc: docA('Artikel p1 neu mit 2 Toten.', { id: 'p1', url: 'https://l.example/p1', publishedAt: '2024-01-01' }) });
      const all = await store.listArticles({ limit: 10 });
      assert.deepEqual(all.map((a) => a.id), ['p3', 'p4', 'p1', 'p2']);
      assert.equal(all[2]!.revision, 2);
      assert.deepEqual((await store.listArticles({ limit: 2, offset: 1 })).map((a) => a.id), ['p4', 'p1']);
    });

    it('pages across the border between dated and undated rows: every page is a slice of the whole listing', async () => {
      const { store } = await fresh();
      // dated and undated articles interleaved by id, two claims each, one article revised
      const dates = ['2024-02-03', null, '2024-01-09', null, '2024-02-03', '2023-12-30', null, '2024-03-15'];
      for (const [i, date] of dates.entries()) {
        await store.addArticle({ doc: docA(`Meldung ${i}: ${i + 1} Tote und ${i + 20} Verletzte.`, { id: `m${i}`, url: `https://m.example/${i}`, publishedAt: date }) });
      }
      await store.addArticle({ doc: docA('Meldung 3: 9 Tote und 99 Verletzte.', { id: 'm3', url: 'https://m.example/3', publishedAt: null }) });
      const articles = (await store.listArticles({ limit: 100 })).map((a) => a.id);
      assert.deepEqual(articles, ['m7', 'm0', 'm4', 'm2', 'm5', 'm1', 'm3', 'm6']);
      const claims = (await store.searchClaims({ limit: 100 })).map((c) => c.text);
      // the test extractor takes every run of digits: "Meldung 7: 8 Tote und 27 Verletzte." → 7, 8, 27
      assert.deepEqual(claims, ['7', '8', '27', '0', '1', '20', '4', '5', '24', '2', '3', '22', '5', '6', '25', '1', '2', '21', '3', '9', '99', '6', '7', '26']);
      for (const limit of [1, 2, 3, 5]) {
        for (let offset = 0; offset <= articles.length + 1; offset++) {
          assert.deepEqual((await store.listArticles({ limit, offset })).map((a) => a.id), articles.slice(offset, offset + limit), `articles limit ${limit} offset ${offset}`);
        }
        for (let offset = 0; offset <= claims.length + 1; offset++) {
          assert.deepEqual((await store.searchClaims({ limit, offset })).map((c) => c.text), claims.slice(offset, offset + limit), `claims limit ${limit} offset ${offset}`);
        }
      }
      assert.deepEqual(await store.listArticles({ limit: 0 }), []);
    });

    it('writes an article and its claims in one transaction: a failing claim leaves no article behind', async () => {
      const broken = (doc: Document): Claim[] => {
        const good = digitExtractor()(doc);
        // a claim without a measure violates NOT NULL after the article row and the first claims were written
        return [...good, { ...good[0]!, id: `${doc.id}#x`, measure: null as unknown as Claim['measure'] }];
      };
      const { store, db } = await fresh({ extract: broken });
      await assert.rejects(store.addArticle({ doc: docA('Es gab 3 Tote und 4 Verletzte.') }));
      assert.deepEqual(await store.count(), { articles: 0, revisions: 0, claims: 0 });
      assert.equal(await store.getArticle('a'), null);
      // and the store still works afterwards
      const ok = await reopen(db, {});
      assert.equal((await ok.addArticle({ doc: docA('Es gab 3 Tote und 4 Verletzte.') })).status, 'added');
    });

    it('stores a batch with the rules of single adds: repeats within it, revisions, bad items failing alone', async () => {
      const { store } = await fresh();
      await store.addArticle({ doc: docA('Vorher: 2 Tote.', { id: 'b0', url: 'https://b.example/0' }) });
      const outcomes = await store.addArticles([
        { doc: docA('Neu: 5 Tote.', { id: 'b1', url: 'https://b.example/1' }) },
        { doc: docA('Vorher: 2 Tote.', { id: 'b0', url: 'https://b.example/0' }) },
        { doc: docA('Geändert: 3 Tote.', { id: 'b0', url: 'https://b.example/0' }) },
        { doc: docA('Neu, zweite Fassung: 6 Tote.', { id: 'b1', url: 'https://b.example/1' }) },
        { doc: docA('Ohne Adresse: 7 Tote.', { id: 'n1', url: null }) },
        { doc: docA('Ohne Adresse: 7 Tote.', { id: 'n2', url: null }) },
        { doc: docA('Andere Zeitung, gleiche Kennung: 8 Tote.', { id: 'b1', url: 'https://c.example/1' }) },
        { doc: undefined as unknown as Document },
      ]);
      const summary = outcomes.map((o) => (o.ok ? `${o.result.status}:${o.result.article.id}:${o.result.article.revision}` : 'error'));
      assert.deepEqual(summary, [
        'added:b1:1', 'unchanged:b0:1', 'revised:b0:2', 'revised:b1:2', 'added:n1:1', 'unchanged:n1:1',
        `added:${(outcomes[6] as { ok: true; result: AddResult }).result.article.id}:1`, 'error',
      ]);
      assert.notEqual((outcomes[6] as { ok: true; result: AddResult }).result.article.id, 'b1');
      assert.match((outcomes[7] as { ok: false; error: Error }).error.message, /no document text/);
      assert.deepEqual(await store.count(), { articles: 4, revisions: 6, claims: 4 });
      assert.equal((await store.getClaims('b1'))[0]!.value.min, 6);
    });

    it('fails only the broken article of a batch, storing the others whole', async () => {
      const broken = (doc: Document): Claim[] => {
        const good = digitExtractor()(doc);
        if (!doc.text.includes('kaputt')) return good;
        return [...good, { ...good[0]!, id: `${doc.id}#x`, measure: null as unknown as Claim['measure'] }];
      };
      const { store } = await fresh({ extract: broken });
      const outcomes = await store.addArticles([
        { doc: docA('Heil: 1 Toter.', { id: 'k1', url: 'https://k.example/1' }) },
        { doc: docA('kaputt: 2 Tote.', { id: 'k2', url: 'https://k.example/2' }) },
        { doc: docA('Heil: 3 Tote.', { id: 'k3', url: 'https://k.example/3' }) },
      ]);
      assert.deepEqual(outcomes.map((o) => o.ok), [true, false, true]);
      assert.deepEqual(await store.count(), { articles: 2, revisions: 2, claims: 2 });
      assert.equal(await store.getArticle('k2'), null);
    });

    it('re-extracts claims when the engine version changes', async () => {
      const { store, db } = await fresh({ engineVersion: 'v1' });
      await store.addArticle({ doc: docA('Es gab 3 Tote.', { id: 'r1', url: 'https://r.example/1' }) });
      await store.addArticle({ doc: docA('Es gab 4 Tote.', { id: 'r2', url: 'https://r.example/2' }) });
      assert.equal(await store.staleCount(), 0);
      const v2 = await reopen(db, { engineVersion: 'v2', extract: digitExtractor('v2'), reextractOnOpen: false });
      assert.equal(await v2.staleCount(), 2);
      assert.equal((await v2.getClaims('r1'))[0]!.counted, null);
      assert.equal(await v2.reextractStale({ limit: 1 }), 1);
      assert.equal(await v2.staleCount(), 1);
      assert.equal(await v2.reextractStale(), 1);
      assert.equal(await v2.staleCount(), 0);
      assert.equal((await v2.getClaims('r1'))[0]!.counted, 'v2');
      assert.equal((await v2.count()).claims, 2);
      // opening with yet another version re-extracts during open
      const v3 = await reopen(db, { engineVersion: 'v3', extract: digitExtractor('v3') });
      assert.equal(await v3.staleCount(), 0);
      assert.equal((await v3.getClaims('r2'))[0]!.counted, 'v3');
    });

    it('analyses again after a re-extraction, which adds no revision', async () => {
      const { store, db } = await fresh({ engineVersion: 'v1' });
      await store.addArticle({ doc: docA('Es gab 3 Tote.', { id: 'x1', url: 'https://x.example/1' }) });
      await store.addArticle({ doc: docA('Es gab 4 Tote.', { id: 'x2', url: 'https://x.example/2' }) });
      const values = async (s: Store) => (await s.analysis()).stories.flatMap((st) => st.claimGroups.flatMap((g) => g.claims.map((e) => e.value.min!))).sort((a, b) => a - b);
      assert.deepEqual(await values(store), [3, 4]);
      // the new engine reads every figure ten times larger: the ledger must show the new claims
      const tenfold = (d: Document) => digitExtractor('v2')(d).map((c) => ({ ...c, value: { ...c.value, min: c.value.min! * 10, max: c.value.max! * 10 } }));
      const v2 = await reopen(db, { engineVersion: 'v2', extract: tenfold, reextractOnOpen: false });
      assert.deepEqual(await values(v2), [3, 4]);
      assert.equal(await v2.reextractStale({ limit: 1 }), 1);
      assert.deepEqual(await values(v2), [4, 30]);
      assert.equal(await v2.reextractStale(), 1);
      assert.deepEqual(await values(v2), [30, 40]);
    });

    it('stores claims extracted ahead by its engine version as given, without extracting', async () => {
      let calls = 0;
      const { store } = await fresh({ engineVersion: 'v1', extract: (d) => (calls++, digitExtractor('own')(d)) });
      const docs = [docA('Es gab 3 Tote und 8 Verletzte.', { id: 'e1', url: 'https://e.example/1' }), docA('Laut Polizei 5 Tote.', { id: 'e2', url: null })];
      const given = docs.map((d) => digitExtractor('ahead')(d));
      const out = await store.addArticles(docs.map((doc, i) => ({ doc, extracted: { claims: given[i]!, engineVersion: 'v1' } })));
      assert.deepEqual(out.map((o) => o.ok && o.result.claims), [2, 1]);
      assert.equal(calls, 0, 'the store did not extract');
      assert.deepEqual(await store.getClaims('e1'), given[0]);
      assert.deepEqual(await store.getClaims('e2'), given[1]);
      assert.equal(await store.staleCount(), 0);
    });

    it('stores claims prepared on a worker thread (PreparedClaims) exactly as the same claims given as objects', async () => {
      let calls = 0;
      const { store } = await fresh({ engineVersion: 'v1', extract: (d) => (calls++, digitExtractor('own')(d)) });
      const docs = [
        docA('In der Ukraine laut Polizei 3 Tote und 8 Verletzte.', { id: 'p1', url: 'https://p.example/1' }),
        docA('Ohne Adresse: 4 Tote.', { id: 'p2', url: null }),
        docA('Keine Zahl hier.', { id: 'p3', url: 'https://p.example/3' }),
      ];
      const given = docs.map((d) => digitExtractor('ahead')(d));
      const prepared = given.map((claims) => new PreparedClaims(claims.map(claimParts), 'v1'));
      const out = await store.addArticles(docs.map((doc, i) => ({ doc, extracted: prepared[i]! })));
      assert.deepEqual(out.map((o) => o.ok && o.result.claims), [2, 1, 0]);
      assert.equal(calls, 0, 'the store did not extract');
      for (const [i, d] of docs.entries()) assert.deepEqual(await store.getClaims(d.id), given[i], d.id);
      // the search columns come from the parts
      assert.deepEqual((await store.searchClaims({ measure: 'killed', country: 'UA', source: 'polizei' })).map((c) => c.id), ['p1#1']);
      assert.deepEqual((await store.searchClaims({ measure: 'wounded' })).map((c) => c.id), ['p1#2']);
      // the parsed view of prepared claims is the claims themselves
      assert.deepEqual(prepared[0]!.claims, given[0]);
    });

    it('extracts itself under a disambiguated id even when the claims ahead are prepared parts', async () => {
      const { store } = await fresh({ extract: digitExtractor('own') });
      await store.addArticle({ doc: docA('Erstens 1 Tote.', { id: 'twice', url: 'https://one.example/twice' }) });
      const doc = docA('Zweitens 2 Tote.', { id: 'twice', url: 'https://two.example/twice' });
      const b = await store.addArticle({ doc, extracted: new PreparedClaims(digitExtractor('ahead')(doc).map(claimParts), ENGINE_VERSION) });
      assert.notEqual(b.article.id, 'twice');
      assert.deepEqual((await store.getClaims(b.article.id)).map((c) => [c.id, c.counted]), [[`${b.article.id}#1`, 'own']]);
    });

    it('extracts itself when claims extracted ahead come from another engine version', async () => {
      const { store } = await fresh({ engineVersion: 'v2', extract: digitExtractor('own') });
      const doc = docA('Es gab 3 Tote.', { id: 'o1', url: 'https://o.example/1' });
      const r = await store.addArticle({ doc, extracted: { claims: digitExtractor('old')(doc), engineVersion: 'v1' } });
      assert.equal(r.claims, 1);
      assert.equal((await store.getClaims('o1'))[0]!.counted, 'own');
      assert.equal(await store.staleCount(), 0);
    });

    it('extracts itself under a disambiguated id instead of storing claims made for the document id', async () => {
      const { store } = await fresh({ extract: digitExtractor('own') });
      await store.addArticle({ doc: docA('Erstens 1 Tote.', { id: 'index', url: 'https://one.example/index' }) });
      const doc = docA('Zweitens 2 Tote.', { id: 'index', url: 'https://two.example/index' });
      const b = await store.addArticle({ doc, extracted: { claims: digitExtractor('ahead')(doc), engineVersion: ENGINE_VERSION } });
      assert.notEqual(b.article.id, 'index');
      const claims = await store.getClaims(b.article.id);
      assert.deepEqual(claims.map((c) => [c.id, c.doc, c.counted]), [[`${b.article.id}#1`, b.article.id, 'own']]);
    });

    it('tells which items are stored unchanged, without writing', async () => {
      const { store } = await fresh();
      const kept = docA('Es gab 3 Tote.', { id: 'u1', url: 'https://u.example/1' });
      const noUrl = docA('Ohne Adresse: 4 Tote.', { id: 'u2', url: null });
      await store.addArticles([{ doc: kept }, { doc: noUrl }]);
      const flags = await store.findUnchanged([
        { doc: kept },
        { doc: docA('Es gab 5 Tote.', { id: 'u1', url: 'https://u.example/1' }) }, // changed text: a revision
        { doc: docA('Es gab 3 Tote.', { id: 'u3', url: 'https://u.example/3' }) }, // same text, other URL: new
        { doc: docA('Ohne Adresse: 4 Tote.', { id: 'anders', url: null }) }, // URL-less: the same text anywhere
        { doc: null } as unknown as AddItem,
      ]);
      assert.deepEqual(flags, [true, false, false, true, false]);
      assert.deepEqual(await store.count(), { articles: 2, revisions: 2, claims: 2 });
    });

    it('migrates idempotently and from several openers at once', async () => {
      const t = await newDb();
      dbs.push(t);
      const opened = await Promise.all([0, 1, 2].map(() => openStore(t.db, { extract: digitExtractor() })));
      stores.push(...opened);
      await opened[0]!.migrate();
      await opened[0]!.addArticle({ doc: docA('Es gab 6 Tote.') });
      assert.equal((await opened[2]!.count()).articles, 1);
    });

    it('stores one article when the same URL is ingested concurrently', async () => {
      const { store, db } = await fresh();
      const other = await reopen(db, {});
      const doc = docA('Gleichzeitig: 11 Tote.');
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? store : other).addArticle({ doc })));
      assert.equal(results.filter((r) => r.status === 'added').length, 1);
      assert.equal(results.filter((r) => r.status === 'unchanged').length, 11);
      assert.deepEqual(await store.count(), { articles: 1, revisions: 1, claims: 1 });
    });

    it('loses no revision when different texts of one URL arrive concurrently', async () => {
      const { store, db } = await fresh();
      const other = await reopen(db, {});
      const texts = Array.from({ length: 8 }, (_, i) => `Fassung ${"ABCDEFGH"[i]}: ${i + 100} Tote.`);
      const results = await Promise.all(texts.map((t, i) => (i % 2 ? store : other).addArticle({ doc: docA(t) })));
      assert.equal(results.filter((r) => r.status === 'added').length, 1);
      assert.equal(results.filter((r) => r.status === 'revised').length, 7);
      const revisions = results.map((r) => r.article.revision).sort((a, b) => a - b);
      assert.deepEqual(revisions, [1, 2, 3, 4, 5, 6, 7, 8]);
      const stored = await Promise.all(revisions.map((r) => store.getArticle('a', r)));
      assert.deepEqual(stored.map((a) => a?.text).sort(), [...texts].sort());
      assert.deepEqual(await store.count(), { articles: 1, revisions: 8, claims: 1 });
    });

    describe('analysis', () => {
      let analyzeAvailable = true;
      before(async () => {
        try {
          const mod = await import('../../src/analysis/analyze.js');
          analyzeAvailable = typeof mod.analyze === 'function';
        } catch {
          analyzeAvailable = false;
        }
      });

      it('computes stories over the stored corpus, caches them until the next write and persists story ids', async (t) => {
        if (!analyzeAvailable) return t.skip('src/analysis/analyze.ts is not available');
        const { store } = await fresh();
        await store.addArticle({ doc: docA('Bei einem Angriff auf Charkiw gab es laut Behörden 12 Tote und 30 Verletzte.', { id: 's1', url: 'https://s.example/1' }) });
        await store.addArticle({ doc: docA('Der Haushalt der Stadt Bremen wächst um 3 Prozent, sagte der Senat.', { id: 's2', url: 'https://s.example/2' }) });
        const a1 = await store.analysis();
        const inStories = a1.stories.flatMap((s) => s.articles).sort();
        assert.deepEqual(inStories, ['s1', 's2']);
        assert.equal(await store.analysis(), a1, 'cached until the next write');
        const listed = await store.listArticles();
        for (const art of listed) {
          const story = a1.stories.find((s) => s.articles.includes(art.id));
          assert.equal(art.storyId, story?.id);
          assert.deepEqual((await store.listArticles({ storyId: story!.id })).map((x) => x.id).includes(art.id), true);
        }
        await store.addArticle({ doc: docA('Ein neuer Bericht nennt 5 Tote.', { id: 's3', url: 'https://s.example/3' }) });
        const a2 = await store.analysis();
        assert.notEqual(a2, a1);
        assert.ok(a2.stories.some((s) => s.articles.includes('s3')));
      });
    });
  });
}
