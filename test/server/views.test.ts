import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { html, escapeHtml, raw } from '../../src/server/html.js';
import { highlightText } from '../../src/server/highlight.js';
import { renderChart, niceTicks } from '../../src/server/chart.js';
import { formatValue, formatDate, claimAnchor } from '../../src/server/format.js';
import { csvCell } from '../../src/server/csv.js';
import { FixtureStore, doc, toyExtract } from './fixture.js';
import type { Claim } from '../../src/core/claim.js';

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

test('html escapes interpolations, keeps SafeHtml and joins arrays', () => {
  const evil = `<script>"x" & 'y'</script>`;
  assert.equal(html`<p title="${evil}">${evil}</p>`.value, '<p title="&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;">&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;</p>');
  assert.equal(html`<ul>${['a<', 'b'].map((x) => html`<li>${x}</li>`)}</ul>`.value, '<ul><li>a&lt;</li><li>b</li></ul>');
  assert.equal(html`${null}${undefined}${false}${0}${raw('<br>')}`.value, '0<br>');
  assert.equal(escapeHtml('plain'), 'plain');
});

function claimAt(text: string, start: number, end: number, i: number): Claim {
  return { ...toyExtract(doc('d', '1 Tote'))[0]!, id: `d#${i}`, text: text.slice(start, end), span: { start, end } };
}

test('highlighting: the marked text is exactly the claims, the rest is the escaped text (property)', () => {
  fc.assert(fc.property(
    fc.string({ unit: fc.constantFrom('a', 'Ü', '<', '>', '&', '"', "'", ' ', '\n', '😀', '1') , minLength: 1, maxLength: 60 }),
    fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
    (text, pairs) => {
      const claims = pairs.map(([a, b], i) => {
        const s = a % text.length;
        const e = s + 1 + (b % (text.length - s));
        return claimAt(text, s, e, i);
      });
      const { body, unmarked } = highlightText(text, claims);
      const marks = [...body.value.matchAll(/<mark [^>]*>([^<]*)<\/mark>/g)].map((m) => unescape(m[1]!));
      const marked = claims.filter((c) => !unmarked.includes(c)).sort((x, y) => x.span.start - y.span.start);
      assert.deepEqual(marks, marked.map((c) => c.text));
      assert.equal(unescape(body.value.replace(/<mark [^>]*>|<\/mark>/g, '')), text);
      assert.equal(marks.length + unmarked.length, claims.length);
    },
  ));
});

test('highlighting starts at the body and skips claims outside it', () => {
  const text = 'title: 9 Tote\n\nEs gab 3 Tote.';
  const claims = toyExtract(doc('h', text));
  const { body, unmarked } = highlightText(text, claims, text.indexOf('Es'));
  assert.equal(body.value.startsWith('Es gab <mark'), true);
  assert.deepEqual(unmarked.map((c) => c.text), ['9 Tote']);
});

test('figures are formatted as ranges with their unit', () => {
  const v = (min: number | null, max: number | null, extra: Partial<Claim['value']> = {}) => ({ min, max, minExclusive: false, maxExclusive: false, approx: false, vague: false, unit: null, ...extra });
  assert.equal(formatValue(v(3, 3)), '3');
  assert.equal(formatValue(v(1800, 1800, { approx: true })), '≈1,800');
  assert.equal(formatValue(v(3, null)), '≥3');
  assert.equal(formatValue(v(4000, null, { minExclusive: true })), '>4,000');
  assert.equal(formatValue(v(null, 9)), '≤9');
  assert.equal(formatValue(v(80e6, 120e6, { unit: 'EUR' })), '€80m–€120m');
  assert.equal(formatValue(v(45, 45, { unit: '%' })), '45%');
  assert.equal(formatDate('2025-05-12T23:40:00+02:00'), '12 May 2025', 'the date as written, not shifted to UTC');
  assert.equal(claimAnchor('001#3'), 'claim-001-3');
});

test('CSV cells are quoted and formula-like text is defused', () => {
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell(-5), '-5');
  assert.equal(csvCell(null), '');
});

test('nice ticks cover the range in 1-2-5 steps', () => {
  assert.deepEqual(niceTicks(9), [0, 2, 4, 6, 8, 10]);
  assert.deepEqual(niceTicks(4200), [0, 1000, 2000, 3000, 4000, 5000]);
  const t = niceTicks(137e6);
  assert.ok(t[t.length - 1]! >= 137e6 && t.length <= 8);
});

test('the chart draws one mark per dated figure, a legend entry per source, and escapes labels', async () => {
  const store = new FixtureStore();
  await store.addArticle({ doc: doc('a', '3 Tote', { outlet: '<i>A</i>', publishedAt: '2025-05-12T08:00:00+02:00' }) });
  await store.addArticle({ doc: doc('b', '5 Tote und 4 Tote', { outlet: 'B', publishedAt: '2025-05-13T08:00:00+02:00' }) });
  await store.addArticle({ doc: doc('c', '2 Tote', { outlet: 'C', publishedAt: null }) });
  const group = (await store.analysis()).stories[0]!.claimGroups[0]!;
  const svg = renderChart(group)!.value;
  assert.equal((svg.match(/<circle /g) ?? []).length, 3, 'three dated point figures');
  assert.match(svg, /1 undated figure not shown/);
  assert.match(svg, /Polizei \(&lt;i&gt;A&lt;\/i&gt;\)/);
  assert.doesNotMatch(svg, /<i>/);
  assert.match(svg, />12 May</);
  assert.equal((svg.match(/<rect x="[\d.]+" y="[\d.]+" width="12" height="12"/g) ?? []).length, 2, 'legend: two dated sources');
  const empty = { ...group, timeline: group.timeline.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, date: null })) })) };
  assert.equal(renderChart(empty), null);
});
