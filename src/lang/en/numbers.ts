import type { NumberTables } from '../../quantity/tables.js';

// STUB: owned by the quantity work; replace with the real tables.
export const numberTables: NumberTables = {};
