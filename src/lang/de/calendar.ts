import type { TimeTables } from '../../time/tables.js';

// STUB: owned by the time-expression work; replace with the real tables.
export const timeTables: TimeTables = {};
