/** The extractor core as one module, for bundling two builds side by side (scripts/bench-core-ab.mjs). */
export { extractReport, normalizeForMatching } from '../src/extract';
export { recogniseReport } from '../src/ingest/recognise';
