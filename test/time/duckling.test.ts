import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractTimes } from '../../src/time/extract.js';
import { getPack } from '../../src/lang/index.js';
import { matches } from '../../scripts/peer/time.js';

/** Regression guard on Duckling's corpora (the reported figures come from `npm run peer`, through the CLI). */
const shared = fileURLToPath(new URL('../../../shared/peer-suites/', import.meta.url));

for (const lang of ['de', 'en']) {
  const file = `${shared}duckling-${lang}/time.jsonl`;
  test(`duckling-${lang} time corpus without holidays stays >= 80%`, { skip: existsSync(file) ? false : `${file} not found (../shared absent)` }, () => {
    const cases = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    let total = 0;
    let ok = 0;
    for (const c of cases) {
      if (c.expected.holiday) continue;
      total++;
      const spans = extractTimes(c.text, getPack(lang), { reference: c.reference_time, prefer: 'future' });
      const times = spans.map((s) => ({ text: s.text, span: { start: s.start, end: s.end }, value: s.value }));
      if (matches(c.text, times, c.expected)) ok++;
    }
    assert.ok(ok / total >= 0.8, `${ok}/${total}`);
  });
  const neg = `${shared}duckling-${lang}/time.negative.jsonl`;
  test(`duckling-${lang} time negatives find nothing`, { skip: existsSync(neg) ? false : `${neg} not found` }, () => {
    for (const l of readFileSync(neg, 'utf8').split('\n').filter(Boolean)) {
      const c = JSON.parse(l);
      assert.deepEqual(extractTimes(c.text, getPack(lang), { reference: c.reference_time, prefer: 'future' }).map((s) => s.text), [], c.text);
    }
  });
}
