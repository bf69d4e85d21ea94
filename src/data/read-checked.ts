/**
 * Reads a data file or a stored record with the shared zod schema's result, without loading zod for
 * a valid one: each value first gets the check generated from its schema at build time
 * (src/data/schema/checks.generated.ts, src/data/schema/plain-check.ts), which passes only what zod
 * would return as it is; a value that fails it is read by zod itself, loaded then (the schemas are
 * a lazy chunk), so that an upgraded value (a default put in, a legacy code renamed) comes out as
 * zod gives it and an invalid one gets zod's own error. What the page runs before its first chart
 * holds no zod (issue 21: ~8 kB gzip).
 */

import type { z } from 'zod/mini';

import type * as Schemas from './schema';
import { DESCRIPTIONS, type FirstChartName } from './schema/checks.generated';
import type { LaterName } from './schema/checks-later.generated';
import { type Check, compileCheck } from './schema/plain-check';

/** The schemas a value can be read with here: the first chart's (their checks in the page's first code) and the others (loaded on first use). */
export type CheckedName = FirstChartName | LaterName;

/** What zod's schema `name` returns. */
export type Checked<N extends CheckedName> = z.output<(typeof Schemas)[N]>;

const compiled = new Map<CheckedName, Check>();

/** The check of schema `name`, made once, on first use. */
export async function checkOf(name: CheckedName): Promise<Check> {
  let check = compiled.get(name);
  if (!check) {
    const description = Object.hasOwn(DESCRIPTIONS, name)
      ? DESCRIPTIONS[name as FirstChartName]
      : (await import('./schema/checks-later.generated')).DESCRIPTIONS[name as LaterName];
    check = compileCheck(description);
    compiled.set(name, check);
  }
  return check;
}

/** zod's schemas, loaded on the first value that fails its check. */
export function loadSchemas(): Promise<typeof Schemas> {
  return import('./schema');
}

/** `json` read with schema `name`: as it is when it passes the check, else parsed by zod (which throws zod's error). */
export async function parseChecked<N extends CheckedName>(name: N, json: unknown): Promise<Checked<N>> {
  if ((await checkOf(name))(json)) return json as Checked<N>;
  const schemas = await loadSchemas();
  return (schemas[name] as z.ZodMiniType).parse(json) as Checked<N>;
}

/**
 * A reader of the values `values` (the records of a store) with schema `name`, synchronous once
 * made: each value as it is when it passes the check, zod's result when zod reads it, null when
 * zod refuses it. zod is loaded only when some value of `values` fails the check.
 */
export async function checkedReader<N extends CheckedName>(
  name: N,
  values: readonly unknown[],
): Promise<(value: unknown) => Checked<N> | null> {
  const check = await checkOf(name);
  const schema = values.every(check) ? undefined : ((await loadSchemas())[name] as z.ZodMiniType);
  return (value) => {
    if (check(value)) return value as Checked<N>;
    const parsed = schema?.safeParse(value);
    return parsed?.success ? (parsed.data as Checked<N>) : null;
  };
}
