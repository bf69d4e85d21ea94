/**
 * A full garbage collection, now. For the extract command's one moment where it pays: the index
 * step of a national run (src/cli/extract/index-spill.ts) parses 241,000 entries and drops them,
 * and its end found the main heap at 881 MB used for about 450 MB alive; V8 collects that when it
 * chooses, which in one run of two was after the downloads' thread had grown beside it, and the
 * process peaked at 1.63 GB RSS instead of 1.37 (README "Every local government"). Collecting
 * first costs about a second at that size.
 */

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null = null;

export function collectGarbage(): void {
  if (collect === null) {
    // `gc` is only given to contexts made after the flag is set: a new one, once.
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
