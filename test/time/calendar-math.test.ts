import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, fields, fixedZone, formatIso, ianaZone, parseIso, truncate, wall } from '../../src/time/calendar-math.js';

test('truncate to week starts on Monday', () => {
  assert.equal(fields(truncate(wall(2024, 12, 17, 12), 'week')).d, 16);
  assert.equal(fields(truncate(wall(2024, 12, 15), 'week')).d, 9);
});

test('adding months clips to the end of the month', () => {
  const f = fields(add(wall(2024, 1, 31), 'month', 1));
  assert.deepEqual([f.y, f.mo, f.d], [2024, 2, 29]);
  const g = fields(add(wall(2023, 1, 31), 'month', 1));
  assert.deepEqual([g.y, g.mo, g.d], [2023, 2, 28]);
});

test('quarters and years', () => {
  assert.equal(fields(truncate(wall(2024, 8, 15), 'quarter')).mo, 7);
  assert.equal(fields(add(wall(2024, 2, 29), 'year', 1)).d, 28);
});

test('small years stay small', () => {
  assert.equal(fields(wall(14, 1, 1)).y, 14);
});

test('ISO round trip with offsets', () => {
  const p = parseIso('2013-02-12T04:30:00-02:00');
  assert.equal(p.offset, -120);
  assert.equal(formatIso(p.wall, fixedZone(p.offset)), '2013-02-12T04:30:00-02:00');
  assert.equal(parseIso('2024-12-17T12:00:00Z').offset, 0);
  assert.throws(() => parseIso('yesterday'), /yesterday/);
});

test('IANA zones follow daylight saving time', () => {
  const berlin = ianaZone('Europe/Berlin');
  assert.equal(berlin.offsetAt(wall(2024, 7, 1)), 120);
  assert.equal(berlin.offsetAt(wall(2024, 12, 1)), 60);
  assert.equal(formatIso(wall(2024, 3, 31, 12), berlin), '2024-03-31T12:00:00+02:00');
});
