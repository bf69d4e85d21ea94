/**
 * Writes src/data/schema/checks.generated.ts from the zod schemas (src/data/schema/checks-source.ts).
 * `vite build` and the dev server write it too (vite.config.ts); this is for a checkout without one.
 *
 *   npm run gen:checks
 */
import { writeFileSync } from 'node:fs';

import { checksSource, GENERATED_CHECKS_PATH } from '../src/data/schema/checks-source';

writeFileSync(GENERATED_CHECKS_PATH, checksSource());
console.log(`wrote ${GENERATED_CHECKS_PATH}`);
