import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { add, daysInMonth, fields, fixedZone, formatIso, ianaZone, parseIso, truncate, wall } from '../../src/time/calendar-math.js';

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

// wall() and fields() compute dates by integer arithmetic; Date is the reference they must agree with.
test('wall and fields agree with Date for any date and time', () => {
  fc.assert(
    fc.property(fc.integer({ min: -3000, max: 12000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), (y, mo, d, h, mi, s) => {
      const byDate = new Date(Date.UTC(2000, mo - 1, d, h, mi, s));
      byDate.setUTCFullYear(y + (byDate.getUTCFullYear() - 2000));
      const t = wall(y, mo, d, h, mi, s);
      assert.equal(t, byDate.getTime());
      const f = fields(t);
      const wd = byDate.getUTCDay();
      assert.deepEqual(f, { y: byDate.getUTCFullYear(), mo: byDate.getUTCMonth() + 1, d: byDate.getUTCDate(), h, mi, s, dow: wd === 0 ? 7 : wd });
    }),
    { numRuns: 3000 },
  );
});

test('fields of instants between days and of negative times', () => {
  for (const t of [-1, -86_400_001, 951_782_400_000 + 1234, -62_135_596_800_000 - 7]) {
    const d = new Date(t);
    const f = fields(t);
    assert.deepEqual([f.y, f.mo, f.d, f.h, f.mi, f.s], [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]);
  }
});

test('days in month, including leap years', () => {
  assert.deepEqual([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 12)], [29, 28, 28, 29, 31]);
});
