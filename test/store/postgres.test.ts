import { storeConformance } from './conformance.js';
import { newPgDb, PG_SKIP } from './backends.js';

if (PG_SKIP) process.stderr.write(`store conformance (postgres): ${PG_SKIP}\n`);
storeConformance('postgres', newPgDb, PG_SKIP);
