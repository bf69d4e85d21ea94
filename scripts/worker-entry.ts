/** The extraction worker's path as one module, for bundling two builds side by side (scripts/bench-worker-ab.mjs). */
export { processFile, startReading } from '../src/cli/extract/process-file';
