/**
 * A full garbage collection, now. For the extract command's one moment where it pays: the index
 * step of a national run (src/cli/extract/index-spill.ts) parses 241,000 entries and drops them.
 * Without it, the main heap at that step's end held 881 MB in one run and 567 MB in another for
 * about 400 MB alive, and V8 collected the rest when it chose: in the first run after the downloads'
 * thread had grown beside it, and that run peaked at 1.60 GB RSS (1.37 GB the other). With it, the
 * heap there holds ~400 MB and the national runs since peaked at 1.24–1.43 GB (README "Every local
 * government"; the runs' loads differed, so these are not a controlled comparison).
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
