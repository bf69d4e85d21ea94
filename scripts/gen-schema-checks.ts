/**
 * Writes the page's generated checks (src/data/schema/checks.generated.ts, checks-later.generated.ts)
 * from the zod schemas (src/data/schema/checks-source.ts). `vite build` and the dev server write
 * them too (vite.config.ts); this is for a changed schema before a test or a type check.
 *
 *   npm run gen:checks
 */
import { writeFileSync } from 'node:fs';

import { checksSource, GENERATED_CHECKS } from '../src/data/schema/checks-source';

for (const part of ['first', 'later'] as const) {
  writeFileSync(GENERATED_CHECKS[part].path, checksSource(part));
  console.log(`wrote ${GENERATED_CHECKS[part].path}`);
}
