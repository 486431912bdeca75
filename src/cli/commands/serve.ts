/**
 * `claimledger serve`: the web app and HTTP API. Opens (and migrates) the store, loads the fictional demo corpus
 * into an empty one, and listens on 127.0.0.1:8080 by default. Bound anywhere but loopback, writes need a token;
 * without --token or CLAIMLEDGER_TOKEN a random one is made and printed, so the server is never open by accident.
 */
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import type { CommandIO } from '../main.js';

const HELP = `usage: claimledger serve [options]

  --host HOST          address to bind (default 127.0.0.1)
  --port PORT          port (default 8080; 0 picks a free one)
  --db FILE|URL        SQLite file or postgres://... (default $CLAIMLEDGER_DB or ./claimledger.sqlite)
  --allow-private      let URL and feed ingestion reach loopback, private and link-local addresses
  --token TOKEN        require this token for writes (default: env CLAIMLEDGER_TOKEN; generated when
                       bound to a non-loopback address)
  --read-only          refuse all writes
  --no-demo            do not load the demo corpus into an empty store
`;

export async function run(args: string[], io: CommandIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '8080' },
        db: { type: 'string' },
        'allow-private': { type: 'boolean', default: false },
        token: { type: 'string' },
        'read-only': { type: 'boolean', default: false },
        'no-demo': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (err) {
    io.stderr.write(`claimledger serve: ${err instanceof Error ? err.message : String(err)}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr.write(`claimledger serve: --port must be a number from 0 to 65535, not "${values.port}"\n`);
    return 2;
  }
  const host = values.host!;
  const { isLoopbackHost } = await import('../../server/security.js');
  const loopback = isLoopbackHost(host);
  let token = values.token ?? process.env.CLAIMLEDGER_TOKEN ?? null;
  let generated = false;
  if (!loopback && !token && !values['read-only']) {
    token = randomBytes(18).toString('base64url');
    generated = true;
  }

  const { openStore, resolveDb, redact } = await import('../../store/open.js');
  const db = resolveDb(values.db);
  const store = await openStore(db);
  await store.migrate();
  if (!values['no-demo']) {
    const { loadDemo } = await import('../../server/demo.js');
    const demo = await loadDemo(store);
    if (demo.loaded) io.stdout.write(`loaded the fictional demo corpus: ${demo.added} articles${demo.failed.length ? `, ${demo.failed.length} failed:\n  ${demo.failed.join('\n  ')}` : ''}\n`);
  }
  const { createApp } = await import('../../server/app.js');
  const { serve } = await import('@hono/node-server');
  const app = createApp({ store, allowPrivate: values['allow-private'], token, readOnly: values['read-only'] });

  const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
    // One write, so that a reader waiting for the "serving" line also has the token notice.
    const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    const lines = [`claimledger serving ${redact(db)} on http://${shown}:${info.port}/`];
    if (values['read-only']) lines.push('read-only: all writes are refused');
    else if (token) {
      lines.push(`writes require the token${loopback ? '' : ` (bound to ${host}, not loopback)`}: send "Authorization: Bearer <token>" or fill it in on the Add page`);
      if (generated) lines.push(`generated token: ${token}`, '(set --token or CLAIMLEDGER_TOKEN to choose one)');
    }
    if (values['allow-private']) lines.push('--allow-private: URL ingestion may reach loopback and private addresses');
    io.stdout.write(lines.join('\n') + '\n');
  });
  return await new Promise<number>((resolve) => {
    server.on('error', (err: NodeJS.ErrnoException) => {
      io.stderr.write(`claimledger serve: cannot listen on ${host}:${port}: ${err.code === 'EADDRINUSE' ? 'address in use' : err.message}\n`);
      void store.close().finally(() => resolve(1));
    });
    const stop = () => {
      server.close();
      void store.close().finally(() => resolve(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
