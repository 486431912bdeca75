/**
 * Crashed-worker recovery. graphile-worker 0.16 leaves a job locked by a worker that died (SIGKILL, power cut,
 * lost machine) for four hours. Every claimledger worker process therefore records its graphile worker ids with
 * a heartbeat in claimledger_workers, and each one, on every beat, force-unlocks the jobs of workers whose
 * heartbeat is older than `deadAfterMs` (graphile's forceUnlockWorkers), so that another worker retries them.
 * The jobs are idempotent, so a worker that was only slow and finishes later does no harm.
 */
import os from 'node:os';
import pg from 'pg';
import type { WorkerUtils } from 'graphile-worker';
import { quoteIdent } from './enqueue.js';

export interface HeartbeatOptions {
  url: string;
  storeSchema: string;
  utils: WorkerUtils;
  heartbeatMs: number;
  deadAfterMs: number;
  onReap?: (workerIds: string[]) => void;
  onError?: (err: unknown) => void;
}

export class Heartbeat {
  private readonly pool: pg.Pool;
  private readonly table: string;
  private readonly ids = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private beating: Promise<void> = Promise.resolve();

  constructor(private readonly opts: HeartbeatOptions) {
    this.pool = new pg.Pool({ connectionString: opts.url, max: 2 });
    this.pool.on('error', () => {});
    this.table = `${quoteIdent(opts.storeSchema)}.claimledger_workers`;
  }

  /** The table is created by the store's migrations (openStore), which the worker runs first. */
  async start(): Promise<void> {
    this.timer = setInterval(() => this.tick(), this.opts.heartbeatMs);
    this.timer.unref();
  }

  /** A graphile worker started in this process: record it at once, before it can lock a job unseen. */
  add(workerId: string): void {
    this.ids.add(workerId);
    this.tick();
  }

  remove(workerId: string): void {
    this.ids.delete(workerId);
    void this.pool.query(`delete from ${this.table} where worker_id = $1`, [workerId]).catch(() => {});
  }

  private tick(): void {
    this.beating = this.beating.then(() => this.beat()).catch((err) => this.opts.onError?.(err));
  }

  private async beat(): Promise<void> {
    const ids = [...this.ids];
    if (ids.length > 0) {
      await this.pool.query(
        `insert into ${this.table} (worker_id, host, pid, last_seen) select id, $2, $3, now() from unnest($1::text[]) as id
         on conflict (worker_id) do update set last_seen = now()`,
        [ids, os.hostname(), process.pid],
      );
    }
    const dead = await this.pool.query<{ worker_id: string }>(
      `select worker_id from ${this.table} where last_seen < now() - ($1::double precision * interval '1 millisecond')`,
      [this.opts.deadAfterMs],
    );
    const deadIds = dead.rows.map((r) => r.worker_id).filter((id) => !this.ids.has(id));
    if (deadIds.length === 0) return;
    await this.opts.utils.forceUnlockWorkers(deadIds);
    await this.pool.query(`delete from ${this.table} where worker_id = any($1::text[]) and last_seen < now() - ($2::double precision * interval '1 millisecond')`, [
      deadIds,
      this.opts.deadAfterMs,
    ]);
    this.opts.onReap?.(deadIds);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.beating;
    if (this.ids.size > 0) await this.pool.query(`delete from ${this.table} where worker_id = any($1::text[])`, [[...this.ids]]).catch(() => {});
    await this.pool.end();
  }
}
