/**
 * Loads the held-out articles (test/heldout/<name>.txt + <name>.expected.json) and, when present, the golden
 * expectations of ../shared/examples (test/golden/<id>.expected.json, span-based) in the scorer's shape, and runs
 * the claim extractor on them. Documents are made the way the CLI makes them (documentFromText: header parsing,
 * language detection), so that the evaluation covers what a user of `extract` gets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentFromText } from '../../src/ingest/document.js';
import { extractClaims } from '../../src/claims/extract.js';
import type { Claim } from '../../src/core/claim.js';
import type { Document } from '../../src/core/document.js';
import { locate, type ExpectedClaim, type Located } from './scorer.js';

export const HELDOUT_DIR = fileURLToPath(new URL('.', import.meta.url));
export const GOLDEN_DIR = fileURLToPath(new URL('../golden/', import.meta.url));
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../shared/examples/', import.meta.url));

export interface EvalArticle {
  name: string;
  doc: Document;
  /** the language the annotator wrote the article in (documentFromText detects its own) */
  language: string | null;
  expected: Located[];
}

/** Every held-out article with its expectations located in the text; a broken annotation throws naming the file. */
export function loadHeldout(dir = HELDOUT_DIR): EvalArticle[] {
  return readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort().map((f) => {
    const name = f.slice(0, -'.expected.json'.length);
    const textPath = join(dir, name + '.txt');
    try {
      const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { language?: string; claims: ExpectedClaim[] };
      const text = readFileSync(textPath, 'utf8');
      const doc = documentFromText(text, { id: name });
      const expected = raw.claims.map((e) => locate(doc.text, e));
      for (const e of expected) {
        if (e.span.start < doc.bodyStart) throw new Error(`"${e.text}" #${e.occurrence} lies in the header, not the body`);
      }
      return { name, doc, language: raw.language ?? null, expected };
    } catch (err) {
      throw new Error(`${textPath}: ${(err as Error).message}`);
    }
  });
}

interface GoldenClaim {
  span: { start: number; end: number };
  value: { min: number | null; max: number | null; unit: string | null };
  measure: string;
  source: { kind: string; name: string | null };
  speech: string;
  hedges: string[];
}

/**
 * The golden files of test/golden (owned by the claim helper) converted to located expectations; empty when the
 * golden folder or ../shared/examples is absent.
 */
export function loadGolden(goldenDir = GOLDEN_DIR, examplesDir = EXAMPLES_DIR): EvalArticle[] {
  if (!existsSync(goldenDir) || !existsSync(examplesDir)) return [];
  return readdirSync(goldenDir).filter((f) => f.endsWith('.expected.json')).sort().flatMap((f) => {
    const gold = JSON.parse(readFileSync(join(goldenDir, f), 'utf8')) as { doc?: string; published?: string | null; claims?: GoldenClaim[] };
    const id = gold.doc ?? basename(f, '.expected.json');
    const textPath = join(examplesDir, id + '.txt');
    if (!Array.isArray(gold.claims) || !existsSync(textPath)) return [];
    const text = readFileSync(textPath, 'utf8').replace(/^\uFEFF/u, '');
    const doc = documentFromText(text, { id, language: 'de', publishedAt: gold.published ?? undefined });
    const expected: Located[] = gold.claims.map((c) => ({
      text: text.slice(c.span.start, c.span.end), occurrence: 1, span: c.span,
      value: c.value, measure: c.measure, source: c.source, speech: c.speech, hedges: c.hedges,
    }));
    return [{ name: 'golden-' + id, doc, language: 'de', expected }];
  });
}

/** The extractor's claims; checks the offset contract on the way (a broken span is a bug worth stopping for). */
export function predict(a: EvalArticle): Claim[] {
  const claims = extractClaims(a.doc);
  for (const c of claims) {
    if (a.doc.text.slice(c.span.start, c.span.end) !== c.text) {
      throw new Error(`${a.name}: claim ${c.id} text "${c.text}" does not match its span ${c.span.start}-${c.span.end}`);
    }
  }
  return claims;
}
