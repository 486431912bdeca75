import { parentPort, workerData } from 'node:worker_threads';
import { wordRegex, labelledRegex, type LabelledRegex } from '../../src/claims/pattern.js';
import { adversarialTexts, claimRegexes, expectedEveryWay, scanEveryWay } from './scan-cases.js';

/**
 * Runs scans for pattern.test.ts in a worker, so that a scan which never ends fails the test after a time limit
 * instead of hanging the run. Started through src/core/worker-boot.mjs (tsx in the worker's thread).
 * Jobs: {kind: 'texts', pattern, labelled, texts} scans a one-alternative regex; {kind: 'tables'} scans every claim
 * regex of both languages on adversarial texts of its own words. Posts [regex, text, got, want] of each disagreement
 * and how many scans ran.
 */
type Job = { kind: 'texts'; patterns: string[]; flags: string; labelled: boolean; texts: string[] } | { kind: 'tables' };

const job = workerData.job as Job;
const regexes: Array<[string, LabelledRegex<unknown>]> =
  job.kind === 'texts'
    ? [['given', job.labelled ? labelledRegex(job.patterns.map((p, i) => [i, p] as const), job.flags) : { re: wordRegex(job.patterns, job.flags), labels: [] }]]
    : (['de', 'en'] as const).flatMap((code) => claimRegexes(code).map(([name, lr]) => [`${code} ${name}`, lr] as [string, LabelledRegex<unknown>]));

const disagreements: Array<[string, string, string, string]> = [];
let scans = 0;
for (const [name, lr] of regexes) {
  for (const text of job.kind === 'texts' ? job.texts : adversarialTexts(lr.re)) {
    const got = JSON.stringify(scanEveryWay(lr, text));
    const want = JSON.stringify(expectedEveryWay(lr, text));
    scans++;
    if (got !== want) disagreements.push([name, text, got, want]);
  }
}
parentPort!.postMessage({ disagreements, scans });
