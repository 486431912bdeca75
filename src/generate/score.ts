/**
 * Clustering quality against the generator's ground truth: pairwise precision/recall (over pairs of
 * articles put together) and B-cubed (per article, averaged). Both from one contingency table, so
 * scoring a million articles costs a few hash maps, not a million squared pairs.
 */

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusterScores {
  items: number;
  pairwise: PRF;
  bcubed: PRF;
}

const prf = (precision: number, recall: number): PRF => ({
  precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
});
const pairs = (n: number): number => (n * (n - 1)) / 2;

/**
 * `truth`: item → true cluster label. `predicted`: item → predicted label; items missing from
 * `predicted` count as singletons (what a system that found nothing would say).
 */
export function scoreClusters(truth: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): ClusterScores {
  const truthSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  const cell = new Map<string, number>();
  for (const [item, t] of truth) {
    const p = predicted.get(item) ?? `\u0000solo:${item}`;
    truthSize.set(t, (truthSize.get(t) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    const key = `${t}\u0001${p}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
  }
  let tp = 0;
  let bp = 0;
  let br = 0;
  for (const [key, n] of cell) {
    const sep = key.indexOf('\u0001');
    const t = key.slice(0, sep);
    const p = key.slice(sep + 1);
    tp += pairs(n);
    bp += (n * n) / predSize.get(p)!;
    br += (n * n) / truthSize.get(t)!;
  }
  let predPairs = 0;
  for (const n of predSize.values()) predPairs += pairs(n);
  let truthPairs = 0;
  for (const n of truthSize.values()) truthPairs += pairs(n);
  const items = truth.size;
  return {
    items,
    pairwise: prf(predPairs === 0 ? 1 : tp / predPairs, truthPairs === 0 ? 1 : tp / truthPairs),
    bcubed: prf(items === 0 ? 1 : bp / items, items === 0 ? 1 : br / items),
  };
}

/** Turn clusters (lists of item ids) into an item → label map. */
export function labelsFromClusters(clusters: Iterable<readonly string[]>): Map<string, string> {
  const out = new Map<string, string>();
  let n = 0;
  for (const c of clusters) {
    const label = `c${n++}`;
    for (const id of c) out.set(id, label);
  }
  return out;
}
