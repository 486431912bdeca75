/**
 * Speakers resolved across articles: one key per real-world source, whatever the language or spelling.
 * - named people and organisations: through the alias table ("Selenskyj", "Zelensky" → one key), else their
 *   folded name (a person by surname, so "Präsident Selenskyj" and "Wolodymyr Selenskyj" agree);
 * - anonymous officials: by country and role class ("ein hochrangiges Mitglied des US-Militärs" and "a senior
 *   U.S. military official" → anon:US:military), because an unnamed source can only be told apart by whom it
 *   speaks for;
 * - an outlet's own voice: by outlet (syndication is handled by the ledger, which maps copies to their original).
 */
import type { ClaimSource } from '../core/claim.js';
import type { SourceRef } from './types.js';
import { findEntities, lookupEntity } from './aliases.js';
import { fold, words } from './words.js';
import { allPacks } from '../lang/index.js';

/** Role classes of anonymous officials; stems are folded and matched at word starts (German compounds too). */
const ROLE_CLASSES: readonly { role: string; label: string; stems: readonly string[] }[] = [
  { role: 'intelligence', label: 'intelligence official', stems: ['geheimdienst', 'nachrichtendienst', 'intelligence', 'cia', 'bnd', 'spy'] },
  { role: 'military', label: 'military official', stems: ['milita', 'military', 'armee', 'army', 'pentagon', 'verteidigung', 'defense', 'defence', 'streitkraft', 'generalstab', 'offizier', 'officer', 'bundeswehr', 'navy', 'marine'] },
  { role: 'diplomatic', label: 'diplomat', stems: ['diplomat', 'aussenminister', 'auswartig', 'state department', 'foreign ministry', 'foreign office', 'botschaft', 'embassy'] },
  { role: 'police', label: 'police official', stems: ['polizei', 'police', 'sicherheitsbehord', 'security service'] },
  { role: 'government', label: 'government official', stems: ['regierung', 'government', 'administration', 'weisse haus', 'weissen haus', 'white house', 'kanzleramt', 'ministerium', 'ministry', 'minister', 'behorde', 'beamte', 'official'] },
];

const COUNTRY_LABEL: Record<string, string> = { US: 'US', GB: 'British', DE: 'German', RU: 'Russian', UA: 'Ukrainian', KP: 'North Korean', KR: 'South Korean', FR: 'French', IL: 'Israeli', CN: 'Chinese', PL: 'Polish', IR: 'Iranian' };

function roleClass(text: string): { role: string; label: string } {
  const f = ` ${fold(text).replace(/[^a-z0-9]+/g, ' ')} `;
  for (const c of ROLE_CLASSES) {
    for (const stem of c.stems) if (f.includes(` ${stem}`) || (stem.length >= 6 && f.includes(stem))) return c;
  }
  return { role: 'official', label: 'official' };
}

function countryOf(source: ClaimSource): string | null {
  if (source.country) return source.country.toUpperCase();
  const text = [source.text, source.role, source.organisation].filter(Boolean).join(' ');
  const ws = words(text);
  for (const m of findEntities(ws.map((w) => w.norm), ws.map((w) => w.capitalized))) {
    if (m.row.country) return m.row.country;
  }
  return null;
}

function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** A person's key: the alias table for any word or the whole name, else the surname. */
function personKey(name: string): { key: string; label: string } {
  const ws = words(name);
  const norms = ws.map((w) => w.norm);
  const whole = lookupEntity(norms.join(' '));
  if (whole?.kind === 'person') return { key: whole.key, label: whole.label };
  for (const m of findEntities(norms, ws.map(() => true))) {
    if (m.row.kind === 'person') return { key: m.row.key, label: m.row.label };
  }
  const surname = norms[norms.length - 1] ?? slug(name);
  return { key: `person:${surname}`, label: name.trim() };
}

/**
 * A body the source tables know is named in its article's language ("Polizei", "EU-Kommission"); across articles it
 * is one source under its English canonical name, the tables' language-independent key ("police").
 */
let canonicalBodies: Map<string, string> | null = null;
function canonicalBody(name: string): string {
  if (!canonicalBodies) {
    canonicalBodies = new Map();
    for (const pack of allPacks()) for (const o of pack.claims.sources.organisations) if (!canonicalBodies.has(fold(o.base))) canonicalBodies.set(fold(o.base), o.en);
  }
  return canonicalBodies.get(fold(name.trim())) ?? name;
}

function organisationKey(display: string): { key: string; label: string } {
  const name = canonicalBody(display);
  const ws = words(name);
  const norms = ws.map((w) => w.norm);
  const whole = lookupEntity(norms.join(' '));
  if (whole && whole.kind !== 'person') return { key: whole.key, label: whole.label };
  return { key: `org:${slug(name)}`, label: name.trim() };
}

/**
 * Resolved named sources, per source object: the analysis resolves each claim's source several times (features,
 * syndication fingerprints, ledger), and a named source does not depend on the article.
 */
const resolved = new WeakMap<ClaimSource, SourceRef>();

/**
 * The same, by value: claims read from the store are fresh objects each time (the ledger is built, and read back,
 * from parsed claims), and a few thousand distinct named sources make up most of any corpus. Bounded: cleared
 * when full, as an older entry is as likely to come again as a newer one.
 */
const byValue = new Map<string, SourceRef>();
const BY_VALUE_MAX = 50_000;

/** The cross-article identity of a claim's source. `outlet` stands for the outlet's own voice. */
export function resolveSource(source: ClaimSource, outlet: string | null, docId: string): SourceRef {
  // an outlet's own voice depends on the article, not on the source: nothing to look up (a quarter of all claims)
  if (source.kind === 'unattributed') return ownVoice(source, outlet, docId);
  const hit = resolved.get(source);
  if (hit) return hit;
  const key = [source.kind, source.text, source.name, source.role, source.organisation, source.country].map((x) => x ?? '\u0001').join('\u0000');
  const known = byValue.get(key);
  if (known) {
    resolved.set(source, known);
    return known;
  }
  const ref = resolveUncached(source, outlet, docId);
  if (ref.kind !== 'unattributed') {
    resolved.set(source, ref);
    if (byValue.size >= BY_VALUE_MAX) byValue.clear();
    byValue.set(key, ref);
  }
  return ref;
}

function resolveUncached(source: ClaimSource, outlet: string | null, docId: string): SourceRef {
  const base = { kind: source.kind, text: source.text };
  switch (source.kind) {
    case 'anonymous_official': {
      const country = countryOf(source);
      const cls = roleClass([source.role, source.organisation, source.text, source.name].filter(Boolean).join(' '));
      const who = country ? `${COUNTRY_LABEL[country] ?? country} ` : '';
      return { ...base, key: `anon:${country ?? '?'}:${cls.role}`, label: `${who}${cls.label} (anonymous)` };
    }
    case 'person': {
      const name = source.name ?? source.text;
      if (name) return { ...base, ...personKey(name) };
      break;
    }
    case 'organisation':
    case 'government':
    case 'document':
    case 'media': {
      const name = source.name ?? source.organisation ?? source.text;
      if (name) return { ...base, ...organisationKey(name) };
      break;
    }
    case 'unattributed':
      break;
  }
  return ownVoice(source, outlet, docId);
}

/** Slugs of outlets (and of the ids of articles without one), by name: a corpus has few outlets; cleared when large. */
const VOICE_SLUGS = new Map<string, string>();

function ownVoice(source: ClaimSource, outlet: string | null, docId: string): SourceRef {
  const voice = outlet ?? docId;
  let s = VOICE_SLUGS.get(voice);
  if (s === undefined) {
    if (VOICE_SLUGS.size >= 50_000) VOICE_SLUGS.clear();
    VOICE_SLUGS.set(voice, (s = slug(voice)));
  }
  return { kind: 'unattributed', text: source.text, key: `voice:${s}`, label: `${voice} (own reporting)` };
}
