import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/commands/analyze.js';
import { TEXTS } from '../analysis/corpus.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (d) => out.push(String(d)));
  stderr.on('data', (d) => err.push(String(d)));
  return { io: { stdin: new PassThrough(), stdout, stderr }, out: () => out.join(''), err: () => err.join('') };
}

const dir = mkdtempSync(join(tmpdir(), 'claimledger-analyze-'));
writeFileSync(join(dir, 'wire.txt'), TEXTS.wire);
writeFileSync(join(dir, 'copy.txt'), TEXTS.copy);
writeFileSync(join(dir, 'flood.txt'), TEXTS.floodDe);
writeFileSync(join(dir, 'budget.txt'), TEXTS.budgetEn);
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('analyze --format json gives articles, stories and syndication with file-name doc ids', async () => {
  const c = capture();
  const code = await run(['--format', 'json', '--published', '2025-03-10', ...['wire', 'copy', 'flood', 'budget'].map((n) => join(dir, `${n}.txt`))], c.io);
  // the claim extractor is another component; its failure on one article is reported and must not stop the batch
  const extractionTrouble = /claim extraction failed/.test(c.err());
  assert.equal(code, extractionTrouble ? 1 : 0, c.err());
  const a = JSON.parse(c.out());
  assert.deepEqual(a.articles.map((x: { id: string }) => x.id), ['wire', 'copy', 'flood', 'budget']);
  const story = a.stories.find((s: { articles: string[] }) => s.articles.includes('wire'));
  assert.deepEqual([...story.articles].sort(), ['copy', 'wire']);
  assert.ok(Array.isArray(story.claimGroups));
  assert.equal(a.stories.length, 3);
  const copy = a.syndication.find((g: { kind: string }) => g.kind === 'copy');
  assert.deepEqual(copy.articles, ['wire', 'copy']);
  assert.ok(copy.evidence.sharedPassages.length > 0);
});

test('analyze text output names stories and syndication; a missing input is reported and the batch goes on', async () => {
  const c = capture();
  const missing = join(dir, 'nope.txt');
  const code = await run(['--published', '2025-03-10', join(dir, 'wire.txt'), missing, join(dir, 'copy.txt')], c.io);
  assert.equal(code, 1);
  assert.ok(c.err().includes(missing));
  assert.match(c.out(), /Story S-wire/);
  assert.match(c.out(), /copy: wire, copy/);
});

test('analyze refuses a bad format and no sources with exit code 2', async () => {
  const c = capture();
  assert.equal(await run(['--format', 'xml', join(dir, 'wire.txt')], c.io), 2);
  assert.match(c.err(), /--format must be text or json/);
  const d = capture();
  assert.equal(await run([], d.io), 2);
  assert.match(d.err(), /no SOURCE/);
});
