/** Display formatting for figures, dates, sources and countries (English interface, figures from any language). */
import type { QuantityValue } from '../core/quantity.js';
import type { ClaimSource } from '../core/claim.js';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const compactFormat = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });

export function formatNumber(n: number, compact = false): string {
  return compact && Math.abs(n) >= 1_000_000 ? compactFormat.format(n) : numberFormat.format(n);
}

const CURRENCY: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };

function withUnit(s: string, unit: string | null): string {
  if (!unit) return s;
  if (CURRENCY[unit]) return `${CURRENCY[unit]}${s}`;
  if (unit === '%') return `${s}%`;
  if (unit === 'km2') return `${s} km²`;
  return `${s} ${unit}`;
}

/** A claim's figure as a range: "3", "≥3", ">4,000", "≈1,800", "80M–120M", "up to 9". */
export function formatValue(v: QuantityValue): string {
  const compact = v.unit !== null && v.unit !== '%';
  const n = (x: number) => withUnit(formatNumber(x, compact), v.unit);
  const approx = v.approx ? '≈' : '';
  if (v.min !== null && v.max !== null) {
    if (v.min === v.max) return `${approx}${n(v.min)}`;
    return `${approx}${n(v.min)}–${n(v.max)}`;
  }
  if (v.min !== null) return `${v.minExclusive ? '>' : '≥'}${approx}${n(v.min)}`;
  if (v.max !== null) return `${v.maxExclusive ? '<' : '≤'}${approx}${n(v.max)}`;
  return '?';
}

/** Low/high of a group as a range string ("4–9"), for headlines. */
export function formatRange(low: number | null, high: number | null, unit: string | null): string {
  const compact = unit !== null && unit !== '%';
  const n = (x: number) => withUnit(formatNumber(x, compact), unit);
  if (low !== null && high !== null) return low === high ? n(low) : `${n(low)}–${n(high)}`;
  if (low !== null) return `≥${n(low)}`;
  if (high !== null) return `≤${n(high)}`;
  return '?';
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The calendar date an ISO timestamp names in its own offset ("2025-05-12T07:40+02:00" → 12 May 2025). */
export function formatDate(iso: string | null | undefined, short = false): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return (short ? shortDate : dateFormat).format(d);
}

/** The local time of an ISO timestamp, as written in it ("07:40"), or '' without a time. */
export function formatTime(iso: string | null | undefined): string {
  const m = iso ? /T(\d{2}:\d{2})/.exec(iso) : null;
  return m ? m[1]! : '';
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const KIND_LABEL: Record<string, string> = {
  person: 'person',
  organisation: 'organisation',
  government: 'government',
  anonymous_official: 'anonymous official',
  media: 'media',
  document: 'document',
  unattributed: 'outlet’s own voice',
};

export function sourceKindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? kind;
}

/** The short name of a source: canonical name, else organisation, else the mention, else its kind. */
export function sourceName(s: ClaimSource): string {
  return s.name ?? s.organisation ?? s.text ?? sourceKindLabel(s.kind);
}

/** Who a claim is attributed to, for display: an unattributed figure is the outlet's own reporting. */
export function sourceDisplay(s: ClaimSource, outlet: string | null | undefined): { name: string; detail: string } {
  if (s.kind === 'unattributed') return { name: outlet ?? 'the outlet', detail: 'own reporting, no source named' };
  const bits = [sourceKindLabel(s.kind), s.role, s.organisation && s.organisation !== s.name ? s.organisation : null, s.country ? countryName(s.country) : null];
  return { name: sourceName(s), detail: bits.filter(Boolean).join(' · ') };
}

export function measureLabel(m: string): string {
  return m.replace(/_/g, ' ');
}

/** An HTML id / URL fragment for a claim: claim ids contain '#' ("001#3"), which a fragment should not. */
export function claimAnchor(claimId: string): string {
  return anchor('claim', claimId);
}

/** An HTML id from a prefix and any id (story, group, claim ids may hold characters a fragment should not). */
export function anchor(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
