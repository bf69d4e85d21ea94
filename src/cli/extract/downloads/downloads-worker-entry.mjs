// Entry of the downloads' worker thread (src/cli/extract/downloads/downloads-thread.ts): like the
// extraction workers', it registers tsx itself, since a worker does not inherit the main thread's loader.
import { register } from 'tsx/esm/api';

register();
await import('./downloads-worker.ts');
