/**
 * CLI entry point. Each command lives in src/cli/commands/<name>.ts and is imported only when used,
 * so that `claimledger parse` does not pay for loading the store or the web server.
 */
export interface CommandIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

type CommandModule = { run(args: string[], io: CommandIO): Promise<number> };

const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  parse: { summary: 'read texts (one per line) from stdin; print quantities and time expressions as JSONL', load: () => import('./commands/parse.js') },
  extract: { summary: 'extract claims from article files', load: () => import('./commands/extract.js') },
  ingest: { summary: 'read files, folders, URLs, feeds or JSONL into the store', load: () => import('./commands/ingest.js') },
  analyze: { summary: 'syndication, stories and the reconciled ledger for sources, in memory', load: () => import('./commands/analyze.js') },
  export: { summary: 'write the stored ledger as json, csv or claimreview', load: () => import('./commands/export.js') },
  serve: { summary: 'web app and HTTP API', load: () => import('./commands/serve.js') },
  worker: { summary: 'ingestion worker taking jobs from the PostgreSQL queue', load: () => import('./commands/worker.js') },
};

export function usage(): string {
  const lines = ['usage: claimledger <command> [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(9)} ${c.summary}`);
  lines.push('', 'run `claimledger <command> --help` for the options of a command.');
  return lines.join('\n') + '\n';
}

export async function main(argv: string[], io: CommandIO = process): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    const { ENGINE_VERSION } = await import('../version.js');
    io.stdout.write(`claimledger ${ENGINE_VERSION}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.stderr.write(`claimledger: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    const mod = await command.load();
    return await mod.run(rest, io);
  } catch (err) {
    io.stderr.write(`claimledger ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.CLAIMLEDGER_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    return 1;
  }
}
