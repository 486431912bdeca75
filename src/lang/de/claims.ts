import type { ClaimTables } from '../../claims/tables.js';

// STUB: owned by the claim-extraction work; replace with the real tables.
export const claimTables: ClaimTables = {};
