import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getPack } from '../../src/lang/index.js';
import { tokenize } from '../../src/text/tokens.js';
import { TokenMemo, wordOf } from '../../src/claims/memo.js';
import { lowerOf } from '../../src/claims/lower-case.js';

// Answers kept on a token's interned word must be the answers for the token's own text: a copy of a token made
// with another text (a possessive cut off) must not read or write the entry it came with.

test('a token copied with another text does not use the interned word it came with', () => {
  const [tok] = tokenize("Ofgem's statement", getPack('en'));
  assert.equal(tok!.text, "Ofgem's");
  assert.equal(wordOf(tok!), tok!.word);
  const cut = { ...tok!, end: tok!.start + 5, text: 'Ofgem' };
  assert.equal(wordOf(cut), undefined);
  assert.equal(lowerOf(cut), 'ofgem');
  assert.equal(lowerOf(tok!), "ofgem's");

  const memo = new TokenMemo<string>();
  memo.set(cut, 'answer for Ofgem');
  assert.equal(memo.get(tok!), undefined);
  memo.set(tok!, "answer for Ofgem's");
  assert.equal(memo.get(cut), 'answer for Ofgem');
  assert.equal(memo.get(tok!), "answer for Ofgem's");
  // another token of the same text shares the answer (one interned word)
  const [again] = tokenize("Ofgem's report", getPack('en'));
  assert.equal(memo.get(again!), "answer for Ofgem's");
});
