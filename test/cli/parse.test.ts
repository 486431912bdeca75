import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

// Runs the compiled CLI (build with `npx tsc -p tsconfig.json` first), as tools will.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'claimledger');
const built = existsSync(join(root, 'dist', 'cli', 'commands', 'parse.js'));
const skip = built ? false : 'dist/ is missing: run `npx tsc -p tsconfig.json` first';

function parse(input: string | Buffer, args: string[] = []) {
  const r = spawnSync(process.execPath, [bin, 'parse', '--format', 'jsonl', ...args], { input, maxBuffer: 64 * 1024 * 1024 });
  const lines = r.stdout.toString('utf8').split('\n').filter((l) => l.length > 0);
  return { status: r.status, stderr: r.stderr.toString('utf8'), objs: lines.map((l) => JSON.parse(l) as Record<string, any>) };
}

test('parse prints one object per line, in order, with the contract fields', { skip }, () => {
  const r = parse('Rund 10.000 Soldaten kamen.\nDas kostet 5,6 Milliarden Dollar (5,3 Milliarden Euro).\n');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.objs.length, 2);
  const [a, b] = r.objs;
  assert.equal(a!.text, 'Rund 10.000 Soldaten kamen.');
  assert.deepEqual(a!.quantities, [
    { text: 'Rund 10.000', span: { start: 0, end: 11 }, value: { min: 10000, max: 10000, minExclusive: false, maxExclusive: false, approx: true, vague: false, unit: null } },
  ]);
  assert.ok(Array.isArray(a!.times));
  assert.deepEqual(b!.quantities.map((q: any) => [q.text, q.value.unit]), [['5,6 Milliarden Dollar', 'USD'], ['5,3 Milliarden Euro', 'EUR']]);
  for (const o of r.objs) for (const q of o.quantities) assert.equal(o.text.slice(q.span.start, q.span.end), q.text);
});

test('non-figures go to "numbers" with their kind, not to "quantities"', { skip }, () => {
  const r = parse('Am 20. Januar 2024 um 14 Uhr nach Paragraf 5 starben 3 Menschen.\n');
  const o = r.objs[0]!;
  assert.deepEqual(o.quantities.map((q: any) => q.text), ['3']);
  assert.deepEqual(o.numbers.map((q: any) => q.kind), ['date', 'clock', 'article']);
});

test('--lang en reads English figures', { skip }, () => {
  const r = parse('more than 1,000 people and several hundred soldiers\n', ['--lang', 'en']);
  assert.deepEqual(r.objs[0]!.quantities.map((q: any) => [q.text, q.value.min, q.value.max]), [['more than 1,000', 1000, null], ['several hundred', 200, 999]]);
});

test('empty lines, CRLF, binary junk and mixed scripts do not stop the batch', { skip }, () => {
  const junk = Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x31, 0x30, 0x0d]);
  const input = Buffer.concat([
    Buffer.from('\n'),
    Buffer.from('drei Soldaten\r\n'),
    junk,
    Buffer.from('\n'),
    Buffer.from('Киев: 300 солдат, 東京 5 €, عربى ٣\n'),
    Buffer.from('zuletzt 7 Tote'),
  ]);
  const r = parse(input);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.objs.length, 5);
  assert.equal(r.objs[0]!.text, '');
  assert.deepEqual(r.objs[0]!.quantities, []);
  assert.equal(r.objs[1]!.text, 'drei Soldaten', 'the \\r of a CRLF line is dropped');
  assert.equal(r.objs[1]!.quantities[0].value.min, 3);
  assert.ok(typeof r.objs[2]!.text === 'string');
  assert.ok(r.objs[3]!.quantities.some((q: any) => q.text === '5 €'));
  assert.equal(r.objs[4]!.quantities[0].text, '7', 'a last line without newline is read');
});

test('a 1 MB line is parsed and the next line still comes', { skip }, () => {
  const big = 'Es kamen 300 Menschen und mehrere hundert Soldaten. '.repeat(20000);
  assert.ok(big.length > 1_000_000);
  const r = parse(`${big}\nzwei Boote\n`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.objs.length, 2);
  assert.equal(r.objs[0]!.quantities.length, 40000);
  assert.equal(r.objs[1]!.quantities[0].value.min, 2);
});

test('bad options are refused with a message naming them', { skip }, () => {
  const r1 = parse('x\n', ['--reference-time', 'gestern']);
  assert.equal(r1.status, 2);
  assert.match(r1.stderr, /reference-time "gestern"/);
  const r2 = parse('x\n', ['--lang', 'fr']);
  assert.equal(r2.status, 2);
  assert.match(r2.stderr, /"fr"/);
  const r3 = parse('x\n', ['--prefer', 'sometimes']);
  assert.equal(r3.status, 2);
});
