import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileGrammar, lexClassified, parseChart, segments, type Elem, type Rule } from '../../src/time/chart.js';
import { buildRules, type Ctx } from '../../src/time/grammar/index.js';
import { dayOfWeek, firstFwd, partOfDay } from '../../src/time/series.js';
import { fixedZone, parseIso } from '../../src/time/calendar-math.js';
import { getPack } from '../../src/lang/index.js';
import { deCorpus, deNegatives, REFERENCE } from './corpus.de.js';
import { enCorpus, enNegatives } from './corpus.en.js';

/**
 * The chart's indexes are shortcuts: node elements that name the forms they accept (`timeOf`) let the chart skip
 * rules, but must never change what it finds. Parsing with the hints and with the hints removed must give the
 * same nodes in the same order, on every phrase of the corpora and on sentences of our own around them.
 */
function contextOf(lang: string): Ctx {
  const p = parseIso(REFERENCE);
  return { tables: getPack(lang).time, ref: p.wall, hasRef: true, prefer: 'past', zone: fixedZone(p.offset) };
}

function withoutForms(rules: Rule[]): Rule[] {
  return rules.map((r) => ({ ...r, pattern: r.pattern.map((el): Elem => (el.k === 'node' ? { ...el, forms: undefined } : el)) }));
}

function nodesOf(g: ReturnType<typeof compileGrammar>, text: string, beforeSegment?: () => void): string[] {
  const { toks, cls } = lexClassified(g, text, 0, text.length);
  const segs: number[] = [];
  segments(g, toks, 0, toks.length, cls, segs);
  const out: string[] = [];
  for (let k = 0; k < segs.length; k += 2) {
    const [s, e] = [segs[k]!, segs[k + 1]!];
    beforeSegment?.();
    for (const n of parseChart(toks.slice(s, e), g, cls.slice(s, e))) out.push(`${s + n.i}-${s + n.j} ${n.type} ${n.rule} ${n.prio}`);
  }
  return out;
}

for (const [lang, corpus, negatives] of [
  ['de', deCorpus, deNegatives],
  ['en', enCorpus, enNegatives],
] as const) {
  test(`chart (${lang}): form hints change which rules are tried, never what is found`, () => {
    const hinted = compileGrammar(buildRules(contextOf(lang)));
    const plain = compileGrammar(withoutForms(buildRules(contextOf(lang))));
    assert.ok(hinted.formBits.size > 0, 'the grammar names forms');
    assert.equal(plain.formBits.size, 0);
    const texts = [...corpus.map((c) => c.text), ...negatives];
    // the phrases inside sentences, next to each other (nodes of one may combine with the other's)
    for (let k = 0; k + 1 < corpus.length; k += 7) texts.push(`Laut einem Bericht ${corpus[k]!.text} und ${corpus[k + 1]!.text} wurden 3 Menschen verletzt.`);
    let nodes = 0;
    for (const text of texts) {
      const a = nodesOf(hinted, text);
      assert.deepEqual(a, nodesOf(plain, text), text);
      nodes += a.length;
    }
    assert.ok(nodes > texts.length, 'the corpora make nodes');
  });
}

for (const [lang, corpus, negatives] of [
  ['de', deCorpus, deNegatives],
  ['en', enCorpus, enNegatives],
] as const) {
  test(`chart (${lang}): a plan kept from an earlier segment finds what a fresh one finds`, () => {
    const texts = [...corpus.map((c) => c.text), ...negatives];
    // mixtures, so that segments of one shape occur with different words ("am Montag" / "am 3. Mai")
    for (let k = 0; k + 2 < corpus.length; k += 5) texts.push(`Am ${corpus[k + 2]!.text} sagte er, ${corpus[k]!.text} seien 12 Menschen gestorben.`);
    // sentences of one shape with other figures: they share a plan
    for (let k = 0; k < 30; k++) texts.push(`Mindestens ${k * 7 + 2} Menschen wurden bis ${(k % 12) + 1} Uhr gezählt, ${k + 3} davon schwer verletzt.`);
    const kept = compileGrammar(buildRules(contextOf(lang)));
    // warmed in the reverse order: plans are made by other texts than the one that reads them
    for (let k = texts.length - 1; k >= 0; k--) nodesOf(kept, texts[k]!);
    const fresh = compileGrammar(buildRules(contextOf(lang)));
    let segmentsSeen = 0;
    for (const text of texts) {
      const b = nodesOf(fresh, text, () => {
        fresh.plans.clear();
        fresh.planCount = 0;
        segmentsSeen++;
      });
      assert.deepEqual(nodesOf(kept, text), b, text);
    }
    assert.ok(segmentsSeen - kept.planCount >= 30, `plans are shared (${kept.planCount} plans for ${segmentsSeen} segments)`);
  });
}

test('series: weekdays and parts of day are shared, and their caches stay bounded', () => {
  assert.equal(dayOfWeek(1), dayOfWeek(1));
  assert.notEqual(dayOfWeek(1), dayOfWeek(2));
  assert.equal(partOfDay(18, 24), partOfDay(18, 24));
  const s = dayOfWeek(3);
  const day = 86_400_000;
  for (let k = 0; k < 2000; k++) {
    const t = k * day + 12 * 3_600_000;
    const iv = firstFwd(s, t)!;
    // the answer is the next Wednesday, however full the cache
    assert.ok(iv.s <= t + 7 * day && iv.e > t, `instant ${t}`);
  }
  assert.ok((s.firsts?.size ?? 0) <= 256, `cache holds ${s.firsts?.size}`);
});
