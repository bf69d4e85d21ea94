// Entry of an extraction worker thread: the CLI runs from TypeScript sources through tsx, and a
// worker thread does not inherit the main thread's loader, so it registers tsx itself first.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
