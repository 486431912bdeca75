/**
 * Child process for the crash test: stores articles as fast as it can and prints the number of each one
 * whose transaction has committed, until it is killed. Run: node --import tsx crash-child.ts DB
 */
import { makeDocument } from '../../src/core/document.js';
import { openStore } from '../../src/store/open.js';
import { digitExtractor } from './digit-extractor.js';

const db = process.argv[2];
if (!db) throw new Error('usage: crash-child.ts DB');
const store = await openStore(db, { extract: digitExtractor() });
// many claims per article, so that a kill is likely to land between the article row and its last claim
const figures = Array.from({ length: 60 }, (_, k) => `${k + 1} Tote`).join(', ');
for (let i = 0; ; i++) {
  const doc = makeDocument(`Meldung ${'x'.repeat(i % 7)} Nummer: ${figures}. Ende ${'y'.repeat(i)}`, { id: `c${i}`, url: `https://crash.example/${i}` });
  await store.addArticle({ doc });
  process.stdout.write(`${i}\n`);
}
