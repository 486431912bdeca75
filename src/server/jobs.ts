/**
 * Ingestion jobs started from the Add page. A job runs in the background of the server process; its page
 * refreshes itself (meta refresh, no script) and shows each input's result as it arrives.
 */
import { randomUUID } from 'node:crypto';
import type { IngestItem } from '../ingest/types.js';
import type { Store, AddStatus } from '../store/types.js';

export interface JobResult {
  source: string;
  ok: boolean;
  status?: AddStatus;
  articleId?: string;
  title?: string | null;
  claims?: number;
  error?: string;
}

export interface Job {
  id: string;
  createdAt: string;
  state: 'running' | 'done';
  /** labels of the inputs, in order (a feed yields more results than inputs) */
  inputs: string[];
  results: JobResult[];
  finishedAt: string | null;
}

/** A unit of work: yields ingest items (one per article) for one or more inputs. */
export type JobSource = () => AsyncIterable<IngestItem>;

const MAX_JOBS = 100;

export class JobQueue {
  private jobs = new Map<string, Job>();

  constructor(private store: Store, private onWrite: () => void = () => {}) {}

  get(id: string): Job | null {
    return this.jobs.get(id) ?? null;
  }

  /** Start a job; `sources` run one after another. Errors become results, never exceptions. */
  start(inputs: string[], sources: JobSource[]): Job {
    const job: Job = { id: randomUUID(), createdAt: new Date().toISOString(), state: 'running', inputs, results: [], finishedAt: null };
    this.jobs.set(job.id, job);
    while (this.jobs.size > MAX_JOBS) this.jobs.delete(this.jobs.keys().next().value!);
    void this.run(job, sources);
    return job;
  }

  /** Resolves when the job is done (tests and the synchronous API path). */
  async wait(id: string): Promise<Job | null> {
    for (;;) {
      const job = this.jobs.get(id);
      if (!job || job.state === 'done') return job ?? null;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async run(job: Job, sources: JobSource[]): Promise<void> {
    for (const source of sources) {
      try {
        for await (const item of source()) job.results.push(await storeItem(this.store, item));
      } catch (err) {
        job.results.push({ source: job.inputs[sources.indexOf(source)] ?? 'input', ok: false, error: err instanceof Error ? err.message : String(err) });
      }
      this.onWrite();
    }
    job.state = 'done';
    job.finishedAt = new Date().toISOString();
  }
}

export async function storeItem(store: Store, item: IngestItem): Promise<JobResult> {
  if (!item.ok) return { source: item.source, ok: false, error: item.error };
  try {
    const r = await store.addArticle({ doc: item.doc, html: item.html });
    return { source: item.source, ok: true, status: r.status, articleId: r.article.id, title: r.article.title, claims: r.claims };
  } catch (err) {
    return { source: item.source, ok: false, error: `could not store: ${err instanceof Error ? err.message : String(err)}` };
  }
}
