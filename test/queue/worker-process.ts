/**
 * Worker processes for the queue tests (worker-child.ts: the real worker with the test extractor), and the
 * bounded waits the tests use around them. Every wait here has a time limit, so a hung worker fails the test
 * instead of hanging the run; the limits are generous because they are safety nets, not speed checks, and the
 * tests run on shared, loaded machines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const childScript = fileURLToPath(new URL('./worker-child.ts', import.meta.url));

export interface WorkerProc {
  proc: ChildProcess;
  log: () => string;
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** still running (neither exited nor killed by a signal) */
  alive: () => boolean;
  /** how it ended, for messages: "running", "exit 0", "signal SIGKILL" */
  status: () => string;
}

export function startWorkerProcess(db: string, concurrency = 3, heartbeatMs = 300, deadAfterMs = 2000): WorkerProc {
  const proc = spawn(process.execPath, ['--import', 'tsx', childScript, db, String(concurrency), String(heartbeatMs), String(deadAfterMs)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  let onReady: () => void;
  let onFail: (e: Error) => void;
  const ready = new Promise<void>((r, f) => ((onReady = r), (onFail = f)));
  proc.stderr!.on('data', (d: Buffer) => {
    log += d.toString();
    if (log.includes('worker-child ready')) onReady();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
    proc.on('exit', (code, signal) => {
      onFail(new Error(`worker exited (${code ?? signal}) before it was ready:\n${log}`));
      r({ code, signal });
    }),
  );
  // a test that fails before awaiting `ready` must not leave an unhandled rejection behind
  ready.catch(() => {});
  return {
    proc,
    log: () => log,
    ready: withTimeout(ready, 120_000, 'worker start'),
    exited,
    alive: () => proc.exitCode === null && proc.signalCode === null,
    status: () => (proc.signalCode !== null ? `signal ${proc.signalCode}` : proc.exitCode !== null ? `exit ${proc.exitCode}` : 'running'),
  };
}

/** SIGKILL every worker still running and wait (bounded) for each to be gone: for after() hooks. */
export async function killAll(procs: readonly WorkerProc[]): Promise<void> {
  await Promise.all(
    procs.map(async (p) => {
      if (p.alive()) p.proc.kill('SIGKILL');
      await withTimeout(p.exited, 10_000, `worker ${p.proc.pid} to exit`).catch(() => {});
    }),
  );
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms))),
  ]);
}

export async function waitFor(what: string, cond: () => Promise<boolean>, timeoutMs = 120_000, everyMs = 100): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
