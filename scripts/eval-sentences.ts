/**
 * Measures sentence-boundary precision/recall/F1 against the UD German treebanks in ../shared/data/ud-german.
 *
 * Documents are rebuilt from the gold: sentences of one `# newdoc` (PUD) — or, where a file has no document
 * markers (GSD), runs of consecutive sentences — are joined by a single space. A gold boundary is the offset
 * where a sentence ends; the final offset of a document is not counted (every splitter gets it for free).
 * Usage: npm run eval:sentences [-- --errors N] [-- --lang de]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { splitSentences } from '../src/text/sentences.js';
import { getPack } from '../src/lang/index.js';

export interface BoundaryScore {
  file: string; gold: number; predicted: number; correct: number; precision: number; recall: number; f1: number;
  /** the same, counting only gold boundaries after final punctuation (. ! ? … with closing quotes) and
   * predictions there: boundaries after an unpunctuated sentence cannot be seen once the sentences are joined by a
   * space (web reviews and headlines in GSD), so this isolates what the splitter decides. */
  punctuated: { gold: number; predicted: number; correct: number; precision: number; recall: number; f1: number };
}

const PUNCTUATED_END = /[.!?…]["'“”»«’)\]]*$/u;

function prf(gold: number, predicted: number, correct: number): { precision: number; recall: number; f1: number } {
  const precision = predicted ? correct / predicted : 1;
  const recall = gold ? correct / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** GSD has no document markers; joining this many consecutive sentences keeps documents news-sized. */
const GSD_DOC_SENTENCES = 20;

export function readConlluDocuments(path: string): string[][] {
  const docs: string[][] = [];
  let current: string[] = [];
  let sinceStart = 0;
  const hasNewdoc = readFileSync(path, 'utf8').includes('# newdoc');
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) {
      if (current.length) docs.push(current);
      current = [];
    } else if (line.startsWith('# text = ')) {
      if (!hasNewdoc && sinceStart === GSD_DOC_SENTENCES) {
        docs.push(current);
        current = [];
        sinceStart = 0;
      }
      current.push(line.slice('# text = '.length).trim());
      sinceStart++;
    }
  }
  if (current.length) docs.push(current);
  return docs;
}

export function scoreFile(path: string, lang = 'de', errors?: string[]): BoundaryScore {
  const pack = getPack(lang);
  let gold = 0, predicted = 0, correct = 0;
  let pGold = 0, pPredicted = 0, pCorrect = 0;
  for (const sentences of readConlluDocuments(path)) {
    const text = sentences.join(' ');
    const goldEnds = new Set<number>();
    let off = 0;
    for (let k = 0; k < sentences.length - 1; k++) {
      off += sentences[k]!.length;
      goldEnds.add(off);
      if (PUNCTUATED_END.test(sentences[k]!)) pGold++;
      off += 1;
    }
    const predEnds = splitSentences(text, pack).map((s) => s.end).filter((e) => e < text.length);
    gold += goldEnds.size;
    predicted += predEnds.length;
    const predSet = new Set(predEnds);
    for (const e of predEnds) {
      const punctuated = PUNCTUATED_END.test(text.slice(Math.max(0, e - 8), e));
      if (punctuated) pPredicted++;
      if (goldEnds.has(e)) {
        correct++;
        if (punctuated) pCorrect++;
      }
      if (!goldEnds.has(e)) errors?.push(`FP  …${text.slice(Math.max(0, e - 50), e)}‖${text.slice(e, e + 40)}…`);
    }
    for (const e of goldEnds) {
      if (!predSet.has(e)) errors?.push(`FN  …${text.slice(Math.max(0, e - 50), e)}‖${text.slice(e, e + 40)}…`);
    }
  }
  return {
    file: basename(path), gold, predicted, correct, ...prf(gold, predicted, correct),
    punctuated: { gold: pGold, predicted: pPredicted, correct: pCorrect, ...prf(pGold, pPredicted, pCorrect) },
  };
}

export function udDirectory(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data', 'ud-german');
}

export function overall(scores: BoundaryScore[]): BoundaryScore {
  const sum = (f: (s: BoundaryScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  const gold = sum((s) => s.gold), predicted = sum((s) => s.predicted), correct = sum((s) => s.correct);
  const pg = sum((s) => s.punctuated.gold), pp = sum((s) => s.punctuated.predicted), pc = sum((s) => s.punctuated.correct);
  return {
    file: 'overall', gold, predicted, correct, ...prf(gold, predicted, correct),
    punctuated: { gold: pg, predicted: pp, correct: pc, ...prf(pg, pp, pc) },
  };
}

function fmt(s: BoundaryScore): string {
  const p = (x: number): string => x.toFixed(4);
  return `${s.file.padEnd(24)} gold ${String(s.gold).padStart(5)}  predicted ${String(s.predicted).padStart(5)}  ` +
    `P ${p(s.precision)}  R ${p(s.recall)}  F1 ${p(s.f1)}   | after final punctuation: ` +
    `gold ${String(s.punctuated.gold).padStart(5)}  P ${p(s.punctuated.precision)}  R ${p(s.punctuated.recall)}  F1 ${p(s.punctuated.f1)}`;
}

function main(): void {
  const { values } = parseArgs({ options: { errors: { type: 'string' }, dir: { type: 'string' } } });
  const dir = values.dir ?? udDirectory();
  if (!existsSync(dir)) {
    console.error(`UD German data not found at ${dir}; nothing to evaluate`);
    process.exit(2);
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.conllu')).sort();
  const errors: string[] = [];
  const scores = files.map((f) => scoreFile(join(dir, f), 'de', errors));
  for (const s of scores) console.log(fmt(s));
  console.log(fmt(overall(scores)));
  const n = Number(values.errors ?? 0);
  if (n > 0) for (const e of errors.slice(0, n)) console.log(e);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
