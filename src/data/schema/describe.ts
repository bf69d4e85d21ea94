/**
 * A zod schema as a plain description (src/data/schema/plain-check.ts), written at build time
 * into checks.generated.ts so that the page checks its data files without loading zod. The zod
 * schema stays the one source: the description is read from it, never written beside it, and a
 * schema holding anything not known here (a transform, an inline refinement, a string format zod
 * checks otherwise than by its pattern) is refused with the path to it, so that the build fails
 * rather than the page checking less than zod does. A cross-field refinement is known when it runs
 * a function of invariants.ts (src/data/schema/refinements.ts); a transform when the function that makes it
 * declares what it returns unchanged ({@link declareDescription}).
 */

import type { z } from 'zod/mini';

import type { CheckDef } from './columns';
import type { Description, ValueCheck } from './plain-check';
import { refinementInvariant } from './refinements';

type Schema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string; checks?: unknown[] };

const declared = new WeakMap<object, Description>();

/**
 * `schema`, with the description of the inputs it accepts and returns unchanged, declared where the
 * schema is made because a transform's function cannot be read: a legacy code is renamed (zod
 * reads it), a current one passes as it is.
 */
export function declareDescription<T extends object>(schema: T, description: Description): T {
  declared.set(schema, description);
  return schema;
}

/** Formats zod checks by their pattern alone (a regex, an ISO date-time). */
const PATTERN_FORMATS = new Set(['regex', 'datetime']);

function describeCheck(check: object, at: string): ValueCheck {
  const invariant = refinementInvariant(check);
  if (invariant) return { check: 'invariant', run: invariant };
  const def = (check as { _zod: { def: CheckDef } })._zod.def;
  const kind = def.check ?? '';
  const refuse = (): never => {
    throw new Error(`${at}: no plain check for zod's ${kind}${def.format ? ` (${def.format})` : ''}`);
  };
  switch (kind) {
    case 'number_format':
      return def.format === 'safeint' ? { check: 'int' } : refuse();
    case 'greater_than':
    case 'less_than':
      if (typeof def.value !== 'number') return refuse();
      return { check: kind === 'greater_than' ? 'min' : 'max', value: def.value, inclusive: def.inclusive === true };
    case 'min_length':
      return typeof def.minimum === 'number' ? { check: 'minLength', value: def.minimum } : refuse();
    case 'max_length':
      return typeof def.maximum === 'number' ? { check: 'maxLength', value: def.maximum } : refuse();
    case 'string_format':
      return def.pattern && PATTERN_FORMATS.has(def.format ?? '')
        ? { check: 'regex', source: def.pattern.source, flags: def.pattern.flags }
        : refuse();
    default:
      return refuse();
  }
}

/** The description of `schema`; `at` names where it is, for the error. */
export function describe(schema: Schema, at = 'schema'): Description {
  const known = declared.get(schema);
  if (known) return known;
  const def = schema._zod.def as unknown as Def;
  // A format (z.int(), z.iso.datetime()) is a schema that is also its own first check.
  const own = 'check' in def ? [schema] : [];
  const checkList = [...own, ...(def.checks ?? [])].map((check) => describeCheck(check as object, at));
  const checks = checkList.length > 0 ? { checks: checkList } : {};
  const inner = (key: string, path: string) => describe(def[key] as Schema, `${at}${path}`);
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return { type: def.type, ...checks };
    case 'enum':
      return { type: 'literal', values: Object.values(def.entries as Record<string, string | number>), ...checks };
    case 'literal':
      return { type: 'literal', values: def.values as (string | number | boolean | null)[], ...checks };
    case 'nullable':
    case 'optional':
    case 'default':
      return { type: def.type, inner: inner('innerType', ''), ...checks };
    case 'union':
      return { type: 'union', options: (def.options as Schema[]).map((option, i) => describe(option, `${at}|${i}`)), ...checks };
    case 'array':
      return { type: 'array', element: inner('element', '[]'), ...checks };
    case 'tuple':
      if (def.rest !== null) break;
      return { type: 'tuple', items: (def.items as Schema[]).map((item, i) => describe(item, `${at}[${i}]`)), ...checks };
    case 'record':
      // A record of a closed list of keys (an enum's) is parsed in the list's order: not known here.
      if ((def.keyType as Schema)._zod.values) break;
      return { type: 'record', key: inner('keyType', '{key}'), value: inner('valueType', '{}'), ...checks };
    case 'object':
      if (def.catchall !== undefined) break;
      return {
        type: 'object',
        shape: Object.fromEntries(
          Object.entries(def.shape as Record<string, Schema>).map(([key, field]) => [key, describe(field, `${at}.${key}`)]),
        ),
        ...checks,
      };
  }
  throw new Error(`${at}: no plain check for zod's ${def.type}`);
}
