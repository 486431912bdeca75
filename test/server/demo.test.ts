/**
 * The bundled demo corpus: its shape (what the brief promises a new user sees) and its loading into a real
 * store through the ingest layer, extraction and analysis.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { demoFiles, demoManifest, loadDemo } from '../../src/server/demo.js';
import { isFictionalUrl } from '../../src/server/fictional.js';
import { FixtureStore, doc } from './fixture.js';

interface Header { title: string; outlet: string; url: string; published: string; body: string }

function readDemo(path: string): Header {
  const text = readFileSync(path, 'utf8');
  const split = text.indexOf('\n\n');
  const head = Object.fromEntries(text.slice(0, split).split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
  return { ...head, body: text.slice(split + 2) } as Header;
}

const files = demoFiles();
const articles = files.map(readDemo);
const manifest = demoManifest();

test('the demo corpus: at least 10 German articles on one event from at least 5 outlets over several days', () => {
  assert.equal(manifest.fictional, true);
  const flood = manifest.articles.map((a, i) => ({ ...a, ...articles[i]! })).filter((a) => a.story === 'flood');
  assert.ok(flood.length >= 10, `${flood.length} articles`);
  assert.ok(new Set(flood.map((a) => a.outlet)).size >= 5, 'five or more outlets');
  const days = new Set(flood.map((a) => a.published.slice(0, 10)));
  assert.ok(days.size >= 4, `published on ${days.size} days`);
  for (const a of articles) {
    assert.ok(a.title && a.outlet && a.url && a.published, 'every article has the header block');
    assert.ok(!Number.isNaN(Date.parse(a.published)), `published is a date: ${a.published}`);
    assert.ok(isFictionalUrl(a.url), `demo URLs use the reserved .example domain: ${a.url}`);
    assert.match(a.body, /\b(der|die|das|und)\b/, 'German text');
  }
  assert.ok(manifest.articles.some((a) => a.story !== 'flood'), 'one unrelated story');
});

test('the demo corpus: evolving and conflicting figures, hedges, relative dates, several kinds of sources', () => {
  const all = articles.map((a) => a.body).join('\n');
  for (const day of ['am Sonntagabend', 'seit Sonntag', 'am Dienstag', 'am Montag', 'in der Nacht zu Montag']) assert.ok(all.includes(day), day);
  for (const hedge of ['vorläufigen Angaben', 'Schätzung', 'nicht unabhängig überprüfen', 'anonym']) assert.ok(all.includes(hedge), hedge);
  for (const source of ['Polizei', 'Landrat', 'Rettungsbund', 'Verband', 'Krisenstab', '(zna)']) assert.ok(all.includes(source), source);
  // the death toll the police give rises over the week
  assert.match(all, /zwei Menschen ums Leben/);
  assert.match(all, /auf vier gestiegen/);
  assert.match(all, /sieben Menschen ums Leben/);
});

test('the demo corpus: one wire reprinted with light edits, one rewritten', () => {
  const byRole = (role: string) => articles[manifest.articles.findIndex((a) => a.role?.startsWith(role))]!;
  const wire = byRole('agency wire');
  const copy = byRole('reprint');
  const rewrite = byRole('rewrite');
  const sentences = (s: string) => s.split(/(?<=[.!?“])\s+/).map((x) => x.trim()).filter((x) => x.length > 30);
  const wireSentences = new Set(sentences(wire.body));
  const copied = sentences(copy.body).filter((s) => wireSentences.has(s)).length;
  const rewritten = sentences(rewrite.body).filter((s) => wireSentences.has(s)).length;
  assert.ok(copied >= 0.7 * wireSentences.size, `the reprint keeps most sentences (${copied}/${wireSentences.size})`);
  assert.ok(copy.body !== wire.body, 'the reprint is edited');
  assert.equal(rewritten, 0, 'the rewrite shares no whole sentence');
  for (const figure of ['drei', '1.800', '3.000', '17']) assert.ok(rewrite.body.includes(figure), `the rewrite keeps ${figure}`);
});

test('loadDemo fills an empty store once and leaves a non-empty store alone', async () => {
  const store = new FixtureStore();
  const read = async function* (paths: string[]) {
    for (const p of paths) {
      const h = readDemo(p);
      yield { ok: true as const, source: p, doc: doc(p.replace(/.*\//, '').replace(/\.txt$/, ''), h.body, { title: h.title, outlet: h.outlet, url: h.url, publishedAt: h.published }) };
    }
  };
  const first = await loadDemo(store, { read });
  assert.deepEqual(first, { loaded: true, added: files.length, failed: [] });
  const second = await loadDemo(store, { read });
  assert.equal(second.loaded, false);
  assert.equal((await store.count()).articles, files.length);
});

test('the demo through the real pipeline: one flood story with the reprint and the rewrite marked as syndication', async () => {
  const { openStore } = await import('../../src/store/open.js');
  const store = await openStore(':memory:');
  try {
    const r = await loadDemo(store);
    assert.deepEqual(r.failed, []);
    assert.equal(r.added, files.length);
    const a = await store.analysis();
    const ids = (await store.listArticles({ limit: 100 })).map((x) => x.id);
    const idOf = (file: string) => ids.find((id) => file.includes(id))!;
    const floodIds = manifest.articles.filter((x) => x.story === 'flood').map((x) => idOf(x.file));
    const unrelated = idOf(manifest.articles.find((x) => x.story !== 'flood')!.file);
    const flood = a.stories.find((s) => s.articles.includes(floodIds[0]!))!;
    assert.ok(flood.articles.length >= 10, `the flood story has ${flood.articles.length} articles`);
    assert.ok(!flood.articles.includes(unrelated), 'the unrelated story is apart');
    const wire = idOf(manifest.articles.find((x) => x.role === 'agency wire')!.file);
    const copy = idOf(manifest.articles.find((x) => x.role?.startsWith('reprint'))!.file);
    const group = a.syndication.find((g) => g.articles.includes(wire));
    assert.ok(group && group.articles.includes(copy), 'the reprint is syndicated from the wire');
    assert.ok(flood.independentSources < flood.articles.length, 'syndicated copies do not count as independent');
    const killed = flood.claimGroups.find((g) => g.measure === 'killed');
    assert.ok(killed && killed.claims.length >= 5, 'the death toll is a claim group with the evolving figures');
  } finally {
    await store.close();
  }
});
