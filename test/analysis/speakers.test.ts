import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveSource } from '../../src/analysis/speakers.js';
import type { ClaimSource } from '../../src/core/claim.js';

const src = (s: Partial<ClaimSource> & { kind: ClaimSource['kind'] }): ClaimSource => ({ text: null, name: null, role: null, organisation: null, country: null, ...s });

test('one Selenskyj in German and English spellings', () => {
  const keys = ['Wolodymyr Selenskyj', 'Selenskyj', 'Volodymyr Zelensky', 'Zelenskyy', 'Präsident Selenskyj'].map(
    (name) => resolveSource(src({ kind: 'person', name }), null, 'd').key,
  );
  assert.equal(new Set(keys).size, 1);
  assert.equal(resolveSource(src({ kind: 'person', name: 'Zelensky' }), null, 'd').label, 'Wolodymyr Selenskyj');
});

test('unknown people are keyed by surname, so a first name or title does not split them', () => {
  const a = resolveSource(src({ kind: 'person', name: 'Anna Beispielfrau' }), null, 'd');
  const b = resolveSource(src({ kind: 'person', name: 'Beispielfrau' }), null, 'd');
  assert.equal(a.key, b.key);
});

test('anonymous officials are one source per country and role, across languages', () => {
  const de = resolveSource(src({ kind: 'anonymous_official', text: 'ein hochrangiges Mitglied des US-Militärs' }), null, 'd');
  const en = resolveSource(src({ kind: 'anonymous_official', text: 'a senior U.S. military official', country: 'US' }), null, 'd');
  const pentagon = resolveSource(src({ kind: 'anonymous_official', text: 'ein Pentagon-Vertreter' }), null, 'd');
  assert.equal(de.key, 'anon:US:military');
  assert.equal(en.key, de.key);
  assert.equal(pentagon.key, de.key);
  const brit = resolveSource(src({ kind: 'anonymous_official', text: 'ein ranghoher britischer Regierungsvertreter' }), null, 'd');
  assert.equal(brit.key, 'anon:GB:government');
  assert.match(brit.label, /British government official/);
});

test("an outlet's own voice is keyed by outlet; organisations through the alias table", () => {
  assert.equal(resolveSource(src({ kind: 'unattributed' }), 'Tagesblatt', 'x').key, 'voice:tagesblatt');
  assert.equal(resolveSource(src({ kind: 'unattributed' }), null, 'x').key, 'voice:x');
  assert.equal(
    resolveSource(src({ kind: 'government', name: 'Weißes Haus' }), null, 'd').key,
    resolveSource(src({ kind: 'government', name: 'White House' }), null, 'd').key,
  );
});

test('a body named in its article language is one source with its English canonical name across languages', () => {
  // the extractor names a body that speaks for itself as the article's language does ("Polizei", "EU-Kommission")
  const pairs: Array<[ClaimSource['kind'], string, string]> = [
    ['government', 'Polizei', 'police'],
    ['organisation', 'EU-Kommission', 'European Commission'],
  ];
  for (const [kind, de, en] of pairs) {
    const a = resolveSource(src({ kind, name: de }), null, 'd1');
    const b = resolveSource(src({ kind, name: en }), null, 'd2');
    assert.equal(a.key, b.key, `${de} = ${en}`);
  }
  // a body the tables do not know keeps its own name as key
  const other = resolveSource(src({ kind: 'organisation', name: 'Verein Beispielhilfe' }), null, 'd');
  assert.notEqual(other.key, resolveSource(src({ kind: 'government', name: 'Polizei' }), null, 'd').key);
});
