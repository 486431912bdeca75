import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PEOPLE } from '../../src/claims/aliases.js';
import { resolveSource } from '../../src/analysis/speakers.js';
import type { ClaimSource } from '../../src/core/claim.js';

const personKey = (name: string): string =>
  resolveSource({ kind: 'person', text: null, name, role: null, organisation: null, country: null } satisfies ClaimSource, null, 'd').key;

test('every person known to claims resolves to one analysis key from each of their spellings', () => {
  const keyOf = new Map<string, string>();
  for (const p of PEOPLE) {
    const skip = new Set(p.ambiguous ?? []);
    for (const a of skip) assert.ok(p.variants.includes(a), `${p.name}: ambiguous "${a}" is not a variant`);
    // every listed spelling plus the German genitive of the full name ("Dmitri Peskows")
    const spellings = [p.name, `${p.name}s`, ...(p.en ? [p.en] : []), ...p.variants].filter((v) => !skip.has(v));
    const keys = new Set(spellings.map(personKey));
    assert.equal(keys.size, 1, `${p.name}: ${spellings.join(', ')} → ${[...keys].join(', ')}`);
    keyOf.set(p.name, [...keys][0]!);
  }
  // no two people share a key
  assert.equal(new Set(keyOf.values()).size, PEOPLE.length);
});

test('German and English spellings meet on the stable keys', () => {
  const pairs: Array<[string, string, string]> = [
    ['Selenskyj', 'Zelensky', 'person:volodymyr zelensky'],
    ['Peskow', 'Peskov', 'person:dmitry peskov'],
    ['Sergej Lawrow', 'Sergey Lavrov', 'person:sergei lavrov'],
    ['Gerassimow', 'Valery Gerasimov', 'person:valery gerasimov'],
    ['Erdoğan', 'Erdogan', 'person:recep tayyip erdogan'],
    ['Kim Jong-un', 'Kim Jong Un', 'person:kim jong un'],
  ];
  for (const [de, en, key] of pairs) {
    assert.equal(personKey(de), key, de);
    assert.equal(personKey(en), key, en);
  }
});
