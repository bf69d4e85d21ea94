/**
 * A zod/mini schema rebuilt so that its objects parse with zod's compiled parser ($ZodObjectJIT, the
 * one classic zod's `z.object` uses): the same checks, defaults and output, key order included, in
 * half the time on a detail file. zod/mini's objects never compile, and the site could not let them
 * (its Content-Security-Policy forbids eval); the command line can, and validates every detail it
 * writes with it (src/cli/extract/process-file.ts). Nothing is dropped: only the object parser changes.
 *
 * What the command validates it has just built, in the schema's shape: zod's output would be a copy
 * of it, the same values with their keys in the same order. So a value that passes the check derived
 * from the same schema ({@link unchangedCheck}: its types, bounds, regexes, enums and refinements,
 * the provenance invariant included) is returned as it is, in a third of the parse's time and with
 * nothing copied; any other value is parsed, and an invalid one gets zod's own error.
 */
import * as core from 'zod/v4/core';

import { unchangedCheck } from '../data/schema/columns';

type AnySchema = core.$ZodType;

function isSchema(value: unknown): value is AnySchema {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Each schema of the tree rebuilt once (a schema used twice stays one). */
function rebuilt(schema: AnySchema, done: Map<AnySchema, AnySchema>): AnySchema {
  const known = done.get(schema);
  if (known) return known;
  const def: Record<string, unknown> = { ...schema._zod.def };
  // The schemas a definition holds: an object's shape, an array's element, the inner type of an
  // optional, nullable or default, a pipe's two ends, a union's options.
  for (const [key, value] of Object.entries(def)) {
    if (isSchema(value)) def[key] = rebuilt(value, done);
    else if (Array.isArray(value) && key !== 'checks' && value.every(isSchema)) def[key] = value.map((item) => rebuilt(item, done));
    else if (key === 'shape' && typeof value === 'object' && value !== null)
      def[key] = Object.fromEntries(Object.entries(value).map(([name, item]) => [name, rebuilt(item as AnySchema, done)]));
  }
  const Rebuilt = (def.type === 'object' ? core.$ZodObjectJIT : schema.constructor) as new (def: unknown) => AnySchema;
  const copy = new Rebuilt(def);
  done.set(schema, copy);
  return copy;
}

/** `schema` with every object of its tree parsed by the compiled parser. */
export function compiledSchema<T extends AnySchema>(schema: T): T {
  return rebuilt(schema, new Map()) as T;
}

/**
 * A parser of `schema`'s values with compiled objects: throws as `schema.parse` would, returns what
 * it would (the value itself when zod would return it unchanged, serialised alike).
 */
export function compiledParser<T extends AnySchema>(schema: T): (value: unknown) => core.output<T> {
  const compiled = compiledSchema(schema);
  const isUnchanged = unchangedCheck(schema) ?? (() => false);
  return (value) => (isUnchanged(value) ? (value as core.output<T>) : core.parse(compiled, value));
}
