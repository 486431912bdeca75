/**
 * Shared pieces of the peer-suite runner (`npm run peer`): the result type every suite module returns,
 * where the suites live, and how to push lines through `bin/claimledger parse`.
 * Numbers suites: scripts/peer/numbers.ts; time suites: scripts/peer/time.ts (the time engine's owner).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SuiteResult {
  /** e.g. "duckling-de/numeral.jsonl" */
  suite: string;
  total: number;
  matched: number;
  /** the best npm library's score on the same suite (from baselines.json), when there is one */
  baseline?: { name: string; matched: number; total: number };
  /** how "matched" is defined, deliberate semantic differences, second counts */
  notes: string[];
  /** a few failures to look at: input, expected, got */
  failures?: { text: string; expected: string; got: string }[];
}

export interface PeerContext {
  repoRoot: string;
  /** ../shared/peer-suites */
  suitesDir: string;
  baselines: Record<string, unknown> | null;
  /** spawn `bin/claimledger parse --format jsonl` with extra args, feed the lines, return the parsed output objects */
  parse(lines: string[], args?: string[]): Promise<ParseOutput[]>;
  /** print a progress line */
  log(msg: string): void;
}

/** One output object of `claimledger parse --format jsonl` (see src/cli/commands/parse.ts). */
export interface ParseOutput {
  text: string;
  quantities: { text: string; span: { start: number; end: number }; value: ParsedQuantityValue }[];
  numbers?: { text: string; kind: string; span: { start: number; end: number }; value: ParsedQuantityValue }[];
  times: { text: string; span: { start: number; end: number }; value: { start: string | null; end: string | null; grain: string } }[];
  error?: string;
}

export interface ParsedQuantityValue {
  min: number | null;
  max: number | null;
  minExclusive: boolean;
  maxExclusive: boolean;
  approx: boolean;
  vague: boolean;
  unit: string | null;
}

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function makeContext(): PeerContext {
  const suitesDir = join(repoRoot, '..', 'shared', 'peer-suites');
  const baselinePath = join(suitesDir, 'baselines.json');
  const baselines = existsSync(baselinePath) ? (JSON.parse(readFileSync(baselinePath, 'utf8')) as Record<string, unknown>) : null;
  return {
    repoRoot,
    suitesDir,
    baselines,
    parse: (lines, args = []) => runParse(lines, args),
    log: (msg) => process.stderr.write(`${msg}\n`),
  };
}

/** Runs the CLI once for a whole suite: one input line per case, one output object per line. */
export function runParse(lines: string[], args: string[]): Promise<ParseOutput[]> {
  const bin = join(repoRoot, 'bin', 'claimledger');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'parse', '--format', 'jsonl', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`claimledger parse exited with ${code}: ${Buffer.concat(err).toString('utf8').slice(0, 500)}`));
        return;
      }
      const text = Buffer.concat(out).toString('utf8');
      const objs = text.split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as ParseOutput);
      if (objs.length !== lines.length) {
        reject(new Error(`claimledger parse returned ${objs.length} objects for ${lines.length} lines`));
        return;
      }
      resolve(objs);
    });
    // a case with a newline inside would split into two lines: the suites have none, but be safe
    child.stdin.end(lines.map((l) => l.replace(/[\r\n]+/g, ' ')).join('\n') + '\n');
  });
}

/** Reads a JSONL suite file. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim().length > 0).map((l) => JSON.parse(l) as T);
}

/** Reads a Recognizers spec file (JSON array, may start with a UTF-8 BOM). */
export function readSpec<T>(path: string): T[] {
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as T[];
}

export function pct(matched: number, total: number): string {
  return total === 0 ? '-' : `${((100 * matched) / total).toFixed(1)}%`;
}
