import { storeConformance } from './conformance.js';
import { newSqliteDb } from './backends.js';

storeConformance('sqlite', newSqliteDb);
