/**
 * Peak memory of a benchmark phase. RSS is sampled on a timer (fires while awaiting I/O) and by the
 * loops themselves every few hundred items (a tight synchronous loop never lets a timer run);
 * the kernel's maxRSS of the process is reported alongside.
 */
export class MemorySampler {
  peakRss = 0;
  peakHeap = 0;
  private timer: NodeJS.Timeout | null = null;

  start(everyMs = 200): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
    return this;
  }

  sample(): void {
    const m = process.memoryUsage();
    if (m.rss > this.peakRss) this.peakRss = m.rss;
    if (m.heapUsed > this.peakHeap) this.peakHeap = m.heapUsed;
  }

  stop(): MemoryReport {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return { peakRssMB: mb(this.peakRss), peakHeapMB: mb(this.peakHeap), maxRssMB: Math.round(process.resourceUsage().maxRSS / 102.4) / 10 };
  }
}

export interface MemoryReport {
  peakRssMB: number;
  peakHeapMB: number;
  /** the process's maximum resident set size so far (kernel figure, includes start-up) */
  maxRssMB: number;
}

export const mb = (bytes: number): number => Math.round(bytes / 104857.6) / 10;
