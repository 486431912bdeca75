/** graphile-worker's log messages on our stderr, without its debug chatter unless CLAIMLEDGER_DEBUG is set. */
import { Logger } from 'graphile-worker';

export function queueLogger(out: NodeJS.WritableStream, prefix = 'worker'): Logger {
  const debug = !!process.env.CLAIMLEDGER_DEBUG;
  return new Logger(() => (level, message) => {
    if (level === 'debug' && !debug) return;
    out.write(`${prefix}: ${level === 'info' ? '' : `${level}: `}${message}\n`);
  });
}
