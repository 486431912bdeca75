import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDocument } from '../../src/core/document.js';
import type { Claim } from '../../src/core/claim.js';
import type { Analysis, ClaimGroup, LedgerEntry } from '../../src/analysis/types.js';
import { openStore } from '../../src/store/open.js';
import { csvCell, csvHeader, claimCsvRow, CSV_COLUMNS } from '../../src/export/csv.js';
import { toClaimReview, CLAIMLEDGER_NS } from '../../src/export/claimreview.js';
import { run } from '../../src/cli/commands/export.js';
import { digitExtractor } from '../store/digit-extractor.js';
import { captureIO } from './io.js';

/** RFC 4180 parser for checking our output (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('csv cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('er sagte "nein"'), '"er sagte ""nein"""');
    assert.equal(csvCell('zwei\nZeilen'), '"zwei\nZeilen"');
    assert.equal(csvCell('schlicht'), 'schlicht');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(true), 'true');
  });

  it('defuses text that a spreadsheet would run as a formula, but not numbers', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tTAB']) {
      assert.ok(csvCell(evil).replace(/^"/, '').startsWith("'"), `${evil} → ${csvCell(evil)}`);
    }
    assert.equal(csvCell('=1,2'), `"'=1,2"`);
    assert.equal(csvCell(-5), '-5');
    assert.equal(csvCell(1.5e6), '1500000');
    assert.equal(csvCell(Number.NaN), '');
  });

  it('flattens a claim into one row per the header', () => {
    const claim = digitExtractor()(makeDocument('Es gab laut Kiew 7 Tote, "viele".', { id: 'k' }))[0]!;
    const rows = parseCsv(csvHeader() + claimCsvRow({ ...claim, hedges: ['estimate', 'reported'] }, { outlet: '=Blatt', publishedAt: '2024-01-01', url: null, story: 's1' }));
    assert.equal(rows.length, 2);
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    const rec = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    assert.equal(rec.id, 'k#1');
    assert.equal(rec.text, '7');
    assert.equal(rec.value_min, '7');
    assert.equal(rec.measure, 'killed');
    assert.equal(rec.source_name, 'Kiew');
    assert.equal(rec.hedges, 'estimate;reported');
    assert.equal(rec.outlet, "'=Blatt");
    assert.equal(rec.story, 's1');
  });
});

function entry(claim: string, doc: string, date: string | null, key: string, min: number): LedgerEntry {
  return {
    claim, doc, outlet: `Outlet ${doc}`, date, text: String(min),
    value: { min, max: min, minExclusive: false, maxExclusive: false, approx: false, vague: false, unit: null },
    source: { key, label: key === 'person:x' ? 'Xaver Muster' : 'Behörde', kind: key === 'person:x' ? 'person' : 'government', text: null },
    independenceKey: key, syndicatedFrom: null, speech: 'indirect', hedges: doc === 'd2' ? ['preliminary'] : [],
    scope: { type: 'cumulative', text: null, from: null, to: null, per: null }, place: null,
  };
}

describe('claimreview', () => {
  it('makes one schema.org Claim per source and figure, with every appearance and the first one', () => {
    const group: ClaimGroup = {
      id: 'g1', measure: 'killed', subject: { country: 'UA', kind: 'civilians' }, unit: null, place: null, label: 'killed (UA civilians)',
      claims: [entry('d2#1', 'd2', '2024-02-02', 'person:x', 12), entry('d1#1', 'd1', '2024-02-01', 'person:x', 12), entry('d3#1', 'd3', '2024-02-03', 'gov:ua', 15)],
      independentSources: 2, estimateScope: 'cumulative', low: 12, high: 15, highOpen: false, best: 12, bestRule: 'lowest of independent sources',
      contradictions: [], scopeNotes: [], timeline: [],
    };
    const analysis: Analysis = {
      articles: ['d1', 'd2', 'd3'].map((id, i) => ({
        id, title: `Titel ${id}`, outlet: `Outlet ${id}`, language: 'de', publishedAt: `2024-02-0${i + 1}`, url: `https://cr.example/${id}`,
        story: 's1', syndicationGroup: null, original: id, claims: 1,
      })),
      stories: [{ id: 's1', title: 'Angriff', articles: ['d1', 'd2', 'd3'], claimGroups: [group], from: '2024-02-01', to: '2024-02-03', independentSources: 3 }],
      syndication: [],
    };
    const claims = new Map<string, Claim>();
    const base = digitExtractor()(makeDocument('12 Tote', { id: 'd1' }))[0]!;
    claims.set('d1#1', { ...base, source: { ...base.source, kind: 'person', name: 'Xaver Muster', role: 'Sprecher', organisation: 'Stadtrat' } });
    const doc = toClaimReview(analysis, claims, '2024-03-01T00:00:00Z');
    assert.deepEqual(doc['@context'], ['https://schema.org', { cl: CLAIMLEDGER_NS }]);
    const graph = doc['@graph'] as Record<string, any>[];
    assert.equal(graph.length, 2);
    const x = graph.find((g) => g.itemReviewed.author.name === 'Xaver Muster')!;
    assert.equal(x['@type'], 'ClaimReview');
    assert.equal(x.itemReviewed['@type'], 'Claim');
    assert.equal(x.itemReviewed.author['@type'], 'Person');
    assert.equal(x.itemReviewed.author.jobTitle, 'Sprecher');
    assert.deepEqual(x.itemReviewed.appearance.map((a: any) => a.url), ['https://cr.example/d1', 'https://cr.example/d2']);
    assert.equal(x.itemReviewed.firstAppearance.url, 'https://cr.example/d1');
    assert.equal(x.itemReviewed.firstAppearance.datePublished, '2024-02-01');
    assert.equal(x.itemReviewed['cl:measure'], 'killed');
    assert.equal(x.itemReviewed['cl:value'].min, 12);
    assert.deepEqual(x.itemReviewed['cl:hedges'], ['preliminary']);
    assert.deepEqual(x.itemReviewed['cl:claims'], ['d1#1', 'd2#1']);
    assert.match(x.reviewRating.alternateName, /2 independent source/);
    const gov = graph.find((g) => g !== x)!;
    assert.equal(gov.itemReviewed.author['@type'], 'Organization');
  });
});

describe('export command', () => {
  let dir: string;
  let db: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimledger-export-'));
    db = join(dir, 'x.sqlite');
    const store = await openStore(db, { extract: digitExtractor() });
    await store.addArticle({ doc: makeDocument('In der Ukraine laut Kiew 12 Tote und 30 Verletzte nach dem Angriff auf Charkiw.', { id: 'e1', url: 'https://ex.example/1', outlet: 'Blatt, "Eins"', publishedAt: '2024-05-01', language: 'de' }) });
    await store.addArticle({ doc: makeDocument('Nach dem Angriff auf Charkiw meldet Kiew inzwischen 14 Tote in der Ukraine.', { id: 'e2', url: 'https://ex.example/2', outlet: 'Zwei', publishedAt: '2024-05-02', language: 'de' }) });
    await store.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects a missing or unknown format', async () => {
    const io = captureIO();
    assert.equal(await run(['--db', db], io), 2);
    assert.match(io.err(), /--format must be one of json, csv, claimreview/);
    assert.equal(await run(['--db', db, '--format', 'xml'], captureIO()), 2);
  });

  it('writes csv with one row per stored claim', async () => {
    const io = captureIO();
    assert.equal(await run(['--db', db, '--format', 'csv'], io), 0);
    const rows = parseCsv(io.out());
    assert.equal(rows.length, 1 + 3);
    for (const r of rows) assert.equal(r.length, CSV_COLUMNS.length);
    const outlets = rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('outlet')]);
    assert.ok(outlets.includes('Blatt, "Eins"'));
  });

  it('writes json with the analysis and the claims', async () => {
    const io = captureIO();
    assert.equal(await run(['--db', db, '--format', 'json'], io), 0);
    const out = JSON.parse(io.out());
    assert.equal(out.claims.length, 3);
    assert.deepEqual(out.articles.map((a: { id: string }) => a.id).sort(), ['e1', 'e2']);
    assert.deepEqual(out.stories.flatMap((s: { articles: string[] }) => s.articles).sort(), ['e1', 'e2']);
    assert.ok(Array.isArray(out.syndication));
  });

  it('writes claimreview JSON-LD to a file with --out', async () => {
    const file = join(dir, 'cr.jsonld');
    const io = captureIO();
    assert.equal(await run(['--db', db, '--format', 'claimreview', '--out', file], io), 0);
    assert.equal(io.out(), '');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(doc['@context'][0], 'https://schema.org');
    for (const r of doc['@graph']) {
      assert.equal(r['@type'], 'ClaimReview');
      assert.ok(r.itemReviewed.firstAppearance);
      assert.ok(r.itemReviewed.appearance.length >= 1);
    }
    assert.ok(!existsSync(`${file}.tmp-${process.pid}`));
  });
});
