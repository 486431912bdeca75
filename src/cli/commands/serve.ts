import type { CommandIO } from '../main.js';

// STUB: the "serve" command is not built yet.
export async function run(_args: string[], io: CommandIO): Promise<number> {
  io.stderr.write('claimledger serve: not implemented yet\n');
  return 2;
}
