import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extractTimes } from '../../src/time/extract.js';
import { getPack } from '../../src/lang/index.js';

// the engine remembers the words it has seen, across calls: it must keep its own copies of them, not views into
// the documents they came from (a view of a long word keeps a whole article alive)
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** a distinct long word per number: letters only, so that it is one token */
function longWord(i: number): string {
  return 'Verteidigungsministerium' + [...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
}

test('extractTimes: remembered words do not keep their documents alive', () => {
  const pack = getPack('de');
  const DOCS = 40;
  const PAD = 2_000_000; // two megabytes per document (one byte per character)
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < DOCS; i++) {
    // each document is built afresh (its own string) and read only at its start
    const doc = `${longWord(i)} kam am 3. Mai zusammen. ` + String.fromCharCode(97 + (i % 26)).repeat(PAD);
    const head = 60;
    const spans = extractTimes(doc, pack, { reference: '2025-06-01T00:00:00Z' }, 0, head);
    assert.equal(spans.length, 1, 'the date is found');
  }
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  // retaining them would cost DOCS * PAD = 80 MB; the words themselves cost a few kilobytes
  assert.ok(grown < (DOCS * PAD) / 4, `heap grew by ${(grown / 1e6).toFixed(1)} MB after the documents were dropped`);
});
