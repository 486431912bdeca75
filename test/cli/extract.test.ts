import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/commands/extract.js';
import type { Claim } from '../../src/core/claim.js';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await run(args, { stdin: new PassThrough(), stdout, stderr });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'claimledger-extract-'));
const withHeader = join(dir, 'bericht-1.txt');
const header = 'title: Angriff\noutlet: Testblatt\npublished: 2024-12-17\n\n';
const body = 'Bei dem Angriff wurden 12 Menschen getötet, sagte der Gouverneur.\nIn der vergangenen Woche wurden 90 Menschen verletzt.';
writeFileSync(withHeader, '\uFEFF' + header + body);
const plain = join(dir, 'bericht-2.md');
writeFileSync(plain, 'Laut UNHCR sind 6,5 Millionen Menschen vertrieben worden.');

test('jsonl: one claim per line, ids and offsets into the file text (BOM removed, header included)', async () => {
  const r = await cli(['--format', 'jsonl', withHeader, plain]);
  assert.equal(r.code, 0, r.err);
  const claims = r.out.trim().split('\n').map((l) => JSON.parse(l) as Claim);
  assert.deepEqual(claims.map((c) => c.id), ['bericht-1#1', 'bericht-1#2', 'bericht-2#1']);
  const text = header + body;
  for (const c of claims.filter((c) => c.doc === 'bericht-1')) assert.equal(text.slice(c.span.start, c.span.end), c.text);
  assert.equal(claims[0]!.text, '12');
  assert.ok(claims[0]!.span.start > header.length);
  // the header's publication date resolves "in der vergangenen Woche"
  assert.equal(claims[1]!.scope.type, 'period');
  assert.equal(claims[2]!.source.name, 'UNHCR');
});

test('json: one array', async () => {
  const r = await cli(['--format', 'json', withHeader]);
  assert.equal(r.code, 0);
  const arr = JSON.parse(r.out) as Claim[];
  assert.equal(arr.length, 2);
  const empty = join(dir, 'ohne.txt');
  writeFileSync(empty, 'Heute scheint die Sonne.');
  assert.deepEqual(JSON.parse((await cli(['--format', 'json', empty])).out), []);
});

test('--published overrides the header', async () => {
  const a = JSON.parse((await cli(['--format', 'json', withHeader])).out) as Claim[];
  const b = JSON.parse((await cli(['--format', 'json', '--published', '2023-03-01', withHeader])).out) as Claim[];
  assert.notEqual(a[1]!.scope.from, b[1]!.scope.from);
  assert.ok((b[1]!.scope.from ?? '').startsWith('2023-02'), `got ${b[1]!.scope.from}`);
});

test('an unreadable file is named on stderr, the others go on, exit code 1', async () => {
  const missing = join(dir, 'fehlt.txt');
  const r = await cli(['--format', 'jsonl', missing, plain]);
  assert.equal(r.code, 1);
  assert.match(r.err, /fehlt\.txt/);
  assert.equal(r.out.trim().split('\n').length, 1);
});

test('default table and bad options', async () => {
  const r = await cli([withHeader]);
  assert.equal(r.code, 0);
  assert.match(r.out, /bericht-1#1/);
  assert.equal((await cli(['--format', 'xml', withHeader])).code, 2);
  assert.equal((await cli([])).code, 2);
  assert.equal((await cli(['--published', 'kein Datum', withHeader])).code, 2);
});
