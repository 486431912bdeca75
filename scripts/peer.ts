/**
 * `npm run peer`: runs the peer suites in ../shared/peer-suites through `bin/claimledger parse` and prints
 * matched/total per suite beside the best npm library's result from baselines.json.
 * Numbers: scripts/peer/numbers.ts. Time: scripts/peer/time.ts (loaded if present).
 * Writes bench/results/peer.json. Options: --failures (print every failure), --only <substring>.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { makeContext, pct, type PeerContext, type SuiteResult } from './peer/common.js';
import { runNumberSuites } from './peer/numbers.js';

type SuiteRunner = (ctx: PeerContext) => Promise<SuiteResult[]>;

async function loadTimeSuites(ctx: PeerContext): Promise<SuiteRunner | null> {
  const path = join(ctx.repoRoot, 'scripts', 'peer', 'time.ts');
  if (!existsSync(path)) return null;
  const mod = (await import('./peer/time.js' as string)) as { runTimeSuites?: SuiteRunner };
  return typeof mod.runTimeSuites === 'function' ? mod.runTimeSuites : null;
}

function line(r: SuiteResult): string {
  const ours = `${r.matched}/${r.total} (${pct(r.matched, r.total)})`;
  const base = r.baseline ? `${r.baseline.name}: ${r.baseline.matched}/${r.baseline.total} (${pct(r.baseline.matched, r.baseline.total)})` : 'no npm baseline';
  return `${r.suite.padEnd(44)} ${ours.padEnd(20)} ${base}`;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const showFailures = args.includes('--failures');
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const ctx = makeContext();
  if (!existsSync(ctx.suitesDir)) {
    process.stderr.write(`peer: ${ctx.suitesDir} is missing; nothing to run\n`);
    return 1;
  }
  if (!args.includes('--no-build')) {
    // the suites run through the compiled CLI: build it first so that results match the source
    const r = spawnSync(process.execPath, [join(ctx.repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ctx.repoRoot, 'tsconfig.json')], { stdio: 'inherit' });
    if (r.status !== 0) process.stderr.write('peer: tsc reported errors; running with whatever dist/ holds\n');
  }
  const results: SuiteResult[] = [];
  results.push(...(await runNumberSuites(ctx)));
  const time = await loadTimeSuites(ctx);
  if (time) results.push(...(await time(ctx)));
  else process.stdout.write('time suites: scripts/peer/time.ts not present yet, skipped\n');

  const shown = only ? results.filter((r) => r.suite.includes(only)) : results;
  process.stdout.write(`${'suite'.padEnd(44)} ${'claimledger'.padEnd(20)} baseline\n`);
  for (const r of shown) {
    process.stdout.write(`${line(r)}\n`);
    for (const n of r.notes) process.stdout.write(`    - ${n}\n`);
    if (showFailures && r.failures?.length) {
      for (const f of r.failures) process.stdout.write(`      ✗ ${JSON.stringify(f.text)} expected ${f.expected}, got ${f.got}\n`);
    }
  }
  const dir = join(ctx.repoRoot, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'peer.json'), JSON.stringify({ generatedAt: new Date().toISOString(), results }, null, 1));
  process.stdout.write(`\nwritten: bench/results/peer.json${showFailures ? '' : ' (run with --failures to list failures)'}\n`);
  return 0;
}

process.exitCode = await main();
