/**
 * Held-out evaluation of claim extraction: runs extractClaims on the articles of a held-out folder (default
 * test/heldout; also test/heldout2 and test/heldout3, articles the rule writers did not tune on) and scores it
 * against the hand annotations in <name>.expected.json.
 * Prints per article and overall precision, recall and F1 of claim detection (span overlap) and the accuracy over
 * matched pairs of value (min/max), unit, measure, source kind, source name (alias-insensitive), speech, hedges.
 * Usage: see USAGE below (`npm run eval:claims -- --help`).
 */
import { parseArgs } from 'node:util';
import { loadGolden, loadHeldout, predict, type EvalArticle } from '../test/heldout/corpus.js';
import { formatErrors, formatSummary, scoreArticle, summarize, type ArticleScore } from '../test/heldout/scorer.js';

const USAGE = `usage: npm run eval:claims -- [--dir test/heldoutN] [--lang de|en] [--errors] [--golden]
  --dir     the folder of <name>.txt + <name>.expected.json (default test/heldout)
  --lang    only the articles written in this language (the per-language lines all-de / all-en are always printed)
  --errors  every miss, false positive and field mismatch with its context
  --golden  also score the examples of ../shared/examples against test/golden (reported separately)
  --help    this text
`;

function evaluate(articles: EvalArticle[], errors: boolean, out: string[], byLanguage = false): ArticleScore[] {
  const scores: ArticleScore[] = [];
  const errorLines: string[] = [];
  for (const a of articles) {
    let predicted: ReturnType<typeof predict> = [];
    try {
      predicted = predict(a);
    } catch (err) {
      // a crash on one article is reported and scored as no predictions; the batch goes on
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
  for (const lang of byLanguage ? ['de', 'en'] : []) {
    const sub = scores.filter((_, i) => articles[i]!.language === lang);
    if (sub.length && sub.length < scores.length) out.push(formatSummary(`all-${lang}`, summarize(sub)));
  }
  if (errors && errorLines.length) out.push('', ...errorLines);
  return scores;
}

const OPTIONS = {
      errors: { type: 'boolean', default: false },
      golden: { type: 'boolean', default: false },
      lang: { type: 'string' },
      dir: { type: 'string' },
      help: { type: 'boolean', default: false },
    } as const;

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({ options: OPTIONS });
  } catch (err) {
    process.stderr.write(`eval-claims: ${(err as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const out: string[] = [];
  let heldout: EvalArticle[];
  try {
    heldout = loadHeldout(values.dir).filter((a) => !values.lang || a.language === values.lang);
  } catch (err) {
    process.stderr.write(`eval-claims: cannot load ${values.dir}: ${(err as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  out.push(`held-out articles (${heldout.length}${values.dir ? `, ${values.dir}` : ''})`);
  evaluate(heldout, values.errors ?? false, out, true);
  if (values.golden) {
    const golden = loadGolden();
    out.push('', golden.length ? `golden examples (${golden.length})` : 'golden examples: absent (test/golden or ../shared/examples missing)');
    if (golden.length) evaluate(golden, values.errors ?? false, out);
  }
  process.stdout.write(out.join('\n') + '\n');
}

main();
