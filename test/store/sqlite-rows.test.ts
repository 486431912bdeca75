/**
 * The SQLite row inserter (the store's bulk insert path): rows land with the values and types the query layer
 * would give them, undefined as NULL, and it refuses to run outside a write transaction (each row would
 * otherwise commit on its own).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openSqlite } from '../../src/store/sqlite.js';

test('inserts rows inside a write transaction, as the query layer would, and refuses outside one', async () => {
  const h = openSqlite(':memory:');
  try {
    await sql`create table t (a text not null, b integer, c double precision, d text)`.execute(h.db);
    const viaLayer = [{ a: 'x', b: 1, c: 2.5, d: null }];
    const viaRows = [{ a: 'y', b: 2, c: 3, d: undefined }, { a: 'z', b: 3, c: null, d: 'w' }];
    await h.writeTx(async (trx) => {
      await trx.insertInto('t' as never).values(viaLayer as never).execute();
      h.insertRows('t', viaRows);
    });
    const got = await sql<{ a: string; b: number; tb: string; c: number | null; tc: string; d: string | null }>`
      select a, b, typeof(b) as tb, c, typeof(c) as tc, d from t order by a`.execute(h.db);
    assert.deepEqual(got.rows, [
      { a: 'x', b: 1, tb: 'integer', c: 2.5, tc: 'real', d: null },
      { a: 'y', b: 2, tb: 'integer', c: 3, tc: 'real', d: null },
      { a: 'z', b: 3, tb: 'integer', c: null, tc: 'null', d: 'w' },
    ]);
    assert.throws(() => h.insertRows('t', [{ a: 'late', b: 0, c: 0, d: null }]), /not inside a write transaction/);
  } finally {
    await h.db.destroy();
  }
});
