/** Runs the CLI from the TypeScript sources (tests spawn it with `node --import tsx`; no build needed). */
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
