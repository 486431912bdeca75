/**
 * Second held-out evaluation of claim extraction: the same scoring as scripts/eval-claims.ts (test/heldout/scorer.ts
 * and corpus.ts), on the articles of test/heldout2. That set exists so that there is always one set nobody has tuned
 * on: read the scores and the failure patterns, never the texts, when writing rules. eval-claims.ts has no directory
 * option, hence this separate entry point.
 * Usage: node --import tsx scripts/eval-claims-heldout2.ts [--errors] [--lang de|en] [--dir PATH]
 *   --errors  every miss, false positive and field mismatch with its context
 *   --dir     another folder of <name>.txt + <name>.expected.json (default test/heldout2)
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadHeldout, predict, type EvalArticle } from '../test/heldout/corpus.js';
import { formatErrors, formatSummary, scoreArticle, summarize, type ArticleScore } from '../test/heldout/scorer.js';

const DEFAULT_DIR = fileURLToPath(new URL('../test/heldout2/', import.meta.url));

/** Scores every article, one summary line each, then overall and per language; a crash on one article is scored as no predictions. */
function evaluate(articles: EvalArticle[], errors: boolean, out: string[]): ArticleScore[] {
  const scores: ArticleScore[] = [];
  const errorLines: string[] = [];
  for (const a of articles) {
    let predicted: ReturnType<typeof predict> = [];
    try {
      predicted = predict(a);
    } catch (err) {
      out.push(`${a.name}: extractor failed: ${(err as Error).message}`);
      process.exitCode = 1;
    }
    const s = scoreArticle(a.name, a.expected, predicted);
    scores.push(s);
    const lang = a.language && a.doc.language !== a.language ? `  (detected language ${a.doc.language}, written in ${a.language})` : '';
    out.push(formatSummary(a.name, summarize([s])) + lang);
    if (errors) errorLines.push(...formatErrors(s, a.doc.text));
  }
  out.push(formatSummary('overall', summarize(scores)));
  for (const lang of ['de', 'en']) {
    const sub = scores.filter((_, i) => articles[i]!.language === lang);
    if (sub.length && sub.length < scores.length) out.push(formatSummary(`all-${lang}`, summarize(sub)));
  }
  if (errors && errorLines.length) out.push('', ...errorLines);
  return scores;
}

function main(): void {
  const { values } = parseArgs({
    options: { errors: { type: 'boolean', default: false }, lang: { type: 'string' }, dir: { type: 'string' } },
  });
  const dir = values.dir ?? DEFAULT_DIR;
  let articles: EvalArticle[];
  try {
    articles = loadHeldout(dir).filter((a) => !values.lang || a.language === values.lang);
  } catch (err) {
    process.stderr.write(`eval-claims-heldout2: cannot load ${dir}: ${(err as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const out: string[] = [`held-out set 2 (${articles.length} articles, ${dir})`];
  evaluate(articles, values.errors ?? false, out);
  process.stdout.write(out.join('\n') + '\n');
}

main();
