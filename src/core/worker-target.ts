/**
 * Where a worker thread of ours starts. Under tsx (tests, benchmarks) our modules are TypeScript, and Node 20
 * resolves a worker's entry before any --import hook is in place: a .ts entry starts in worker-boot.mjs, which
 * registers tsx in the worker's own thread and then imports the entry named in workerData. Compiled (the CLI
 * runs dist/), the entry is the .js file itself.
 */
export function workerTarget(entry: URL): { file: URL; workerData: { entry?: string } } {
  if (entry.pathname.endsWith('.ts')) return { file: new URL('./worker-boot.mjs', import.meta.url), workerData: { entry: entry.href } };
  return { file: entry, workerData: {} };
}

/** The module `name` (without extension) next to `base`, as .ts under tsx and .js when compiled. */
export function siblingModule(name: string, base: string): URL {
  return new URL(`./${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);
}
