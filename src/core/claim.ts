import type { Span } from './span.js';
import type { QuantityValue } from './quantity.js';

/** The claim contract (../shared/claim-schema.md). Field meanings are stable; fields may be added. */
export type Measure =
  | 'killed' | 'wounded' | 'killed_or_wounded' | 'missing' | 'captured' | 'deployed'
  | 'displaced' | 'arrested' | 'money' | 'percent' | 'area' | 'other';

export const MEASURES: readonly Measure[] = [
  'killed', 'wounded', 'killed_or_wounded', 'missing', 'captured', 'deployed',
  'displaced', 'arrested', 'money', 'percent', 'area', 'other',
];

export type SourceKind = 'person' | 'organisation' | 'government' | 'anonymous_official' | 'media' | 'document' | 'unattributed';
export type Speech = 'direct' | 'indirect' | 'reported' | 'none';
export type Hedge = 'reported' | 'estimate' | 'preliminary' | 'unverified' | 'demand' | 'denial' | 'projection';
export type ScopeType = 'period' | 'cumulative' | 'rate' | 'point' | 'unspecified';

export interface ClaimSource {
  kind: SourceKind;
  text: string | null;
  name: string | null;
  role: string | null;
  organisation: string | null;
  country: string | null;
}

export interface Claim {
  id: string;
  doc: string;
  text: string;
  span: Span;
  sentence: Span;
  value: QuantityValue;
  measure: Measure;
  counted: string | null;
  subject: { text: string | null; country: string | null; kind: string | null } | null;
  place: { text: string; name: string | null } | null;
  scope: { type: ScopeType; text: string | null; from: string | null; to: string | null; per: string | null };
  source: ClaimSource;
  speech: Speech;
  hedges: Hedge[];
}
