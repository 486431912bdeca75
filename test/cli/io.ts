/** In-memory stdin/stdout/stderr for running CLI commands inside a test. */
import { PassThrough, Writable } from 'node:stream';
import type { CommandIO } from '../../src/cli/main.js';

export interface CapturedIO extends CommandIO {
  out(): string;
  err(): string;
}

export function captureIO(opts: { tty?: boolean } = {}): CapturedIO {
  let out = '';
  let err = '';
  const stdout = new Writable({ write: (c, _e, cb) => ((out += c.toString()), cb()) });
  const stderr = new Writable({ write: (c, _e, cb) => ((err += c.toString()), cb()) });
  if (opts.tty) (stderr as unknown as { isTTY: boolean }).isTTY = true;
  return { stdin: new PassThrough(), stdout, stderr, out: () => out, err: () => err };
}
