/** Messages between the extraction pool (pool.ts) and its worker threads (pool-worker.ts). */
import type { Document } from '../core/document.js';
import type { Claim } from '../core/claim.js';
import type { ClaimParts } from '../store/claim-row.js';

export interface PoolRequest {
  id: number;
  doc: Document;
  /** answer with the claims as store parts (filter columns + JSON) instead of claim objects */
  parts?: boolean;
}

export type PoolReply =
  /** sent once, after the engine has loaded: a worker that dies before this could not start at all */
  | { type: 'ready'; engineVersion: string }
  | { type: 'claims'; id: number; claims: Claim[]; engineVersion: string }
  | { type: 'parts'; id: number; parts: ClaimParts[]; engineVersion: string }
  | { type: 'error'; id: number; error: string };
