/**
 * Columns: the long arrays of the columnar files (a part's reports, a shard's places, an
 * indicator's values — tens of thousands of entries), validated by zod as any array is, with a
 * fast path for a column that is valid. zod parses each entry through its general machinery (a
 * result object per entry, its checks one by one; the page's CSP also forbids the compiled parsers
 * zod would otherwise build for objects): ~75 ms of the first chart's path at 3,000 places × 6 years
 * (issue 21). A column first gets one plain loop of a check made from its entry's own zod schema
 * (below: the same types, regexes, bounds and enums); when every entry passes, zod's result could
 * only be the same values, and the column is kept as it is. When an entry fails, zod parses the
 * column as it always did, so an invalid file gets exactly the error it got before.
 *
 * The check is derived from the schema, never written beside it, so that the two cannot drift: an
 * entry schema with anything this module does not know (a transform, a default, a refinement, an
 * object's own checks) gets no fast path, and zod alone parses the column — unless the function
 * that makes such a schema declares its check with it ({@link withEntryCheck}).
 *
 * The same derivation, stricter ({@link unchangedCheck}), lets the extract command skip zod's copy
 * of what it has just built: a value that passes is the very value zod would return, its keys in
 * the schema's order, so that its JSON is the JSON of zod's output (src/cli/compiled-schema.ts).
 */

import { z } from 'zod/mini';

type Check = (value: unknown) => boolean;
type Schema = z.core.$ZodType;

/**
 * What a check promises of a value it passes: `values`, that zod returns the same values (a
 * column's entries, kept as they are); `json`, that zod returns the very same value, its objects'
 * keys in the schema's order, so that the value serialises as zod's output does. `json` also
 * knows defaults (a value present), records and refinements, which zod runs on the value as it is.
 */
type Strictness = 'values' | 'json';

/** What a zod check's definition (`check._zod.def`) holds, as far as the columns' and the generated checks read it. */
export interface CheckDef {
  check?: string;
  format?: string;
  pattern?: RegExp;
  value?: unknown;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
}

/** A zod check: its definition, and how zod runs it on a value (`payload.issues` grows when it fails). */
interface ZodCheck {
  _zod: {
    def: CheckDef & { when?: (payload: CheckPayload) => boolean };
    check: (payload: CheckPayload) => unknown;
  };
}
interface CheckPayload {
  value: unknown;
  issues: unknown[];
}

/**
 * A refinement (z.refine, z.superRefine) run as zod runs it on a valid value: skipped when its
 * `when` says so, failed by any issue it adds. An asynchronous one is never passed (zod's sync
 * parse would throw for it).
 */
function refinementCheck(check: ZodCheck): Check {
  const { def } = check._zod;
  return (value) => {
    const payload: CheckPayload = { value, issues: [] };
    if (def.when && !def.when(payload)) return true;
    const result = check._zod.check(payload);
    return !(result instanceof Promise) && payload.issues.length === 0;
  };
}

/** A check of one of zod's own checks on a number or a string, or undefined when it is not one of those known here. */
function checkOf(check: ZodCheck, strictness: Strictness): Check | undefined {
  const def = check._zod.def;
  // Any other check (a refinement unless `json`, a string format zod checks otherwise) is unknown here.
  const kind: string = def.check ?? '';
  switch (kind) {
    case 'custom':
      return strictness === 'json' ? refinementCheck(check) : undefined;
    case 'number_format':
      return def.format === 'safeint' ? (value) => Number.isSafeInteger(value) : undefined;
    case 'greater_than': {
      const bound = def.value;
      if (typeof bound !== 'number') return undefined;
      return def.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
    }
    case 'less_than': {
      const bound = def.value;
      if (typeof bound !== 'number') return undefined;
      return def.inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound;
    }
    case 'string_format': {
      const pattern = def.pattern;
      if (def.format !== 'regex' || !pattern) return undefined;
      return (value) => {
        // As zod's own regex check: a global or sticky pattern starts from the beginning each time.
        pattern.lastIndex = 0;
        return pattern.test(value as string);
      };
    }
    case 'min_length': {
      const minimum = def.minimum;
      return typeof minimum === 'number' ? (value) => (value as string).length >= minimum : undefined;
    }
    case 'max_length': {
      const maximum = def.maximum;
      return typeof maximum === 'number' ? (value) => (value as string).length <= maximum : undefined;
    }
    default:
      return undefined;
  }
}

/** `base`, then every check in order; undefined when one of them is unknown. */
function withChecks(base: Check, checks: readonly Check[]): Check {
  if (checks.length === 0) return base;
  return (value) => {
    if (!base(value)) return false;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

const declaredChecks = new WeakMap<Schema, Check>();

/**
 * `schema`, with the check of the inputs it accepts and returns unchanged, declared where the
 * schema is made because it cannot be read from it (a transform's function is opaque): the input
 * of a transform that renames legacy values is kept as it is when it is already a current value.
 */
export function withEntryCheck<T extends z.core.SomeType>(schema: T, check: Check): T {
  declaredChecks.set(schema as unknown as Schema, check);
  return schema;
}

/**
 * The check of everything zod's `schema` accepts and returns unchanged, or undefined when the
 * schema holds something this module does not know (its entries then go through zod alone).
 */
export function entryCheck(schema: Schema): Check | undefined {
  return checkFor(schema, 'values');
}

/**
 * The check of every value zod's `schema` accepts and returns as it is, serialised alike (its
 * objects' keys in the schema's order, no key left undefined): a value that passes can stand for
 * zod's output. Undefined when the schema holds something this module does not know.
 */
export function unchangedCheck(schema: Schema): Check | undefined {
  return checkFor(schema, 'json');
}

function checkFor(schema: Schema, strictness: Strictness): Check | undefined {
  const declared = declaredChecks.get(schema);
  if (declared) return declared;
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  const ownChecks = (def.checks ?? []) as unknown as ZodCheck[];
  // A number format (z.int()) is a schema that is also its own first check.
  const formatCheck = def.type === 'number' && def.check === 'number_format' ? [schema as unknown as ZodCheck] : [];
  const checks = [...formatCheck, ...ownChecks].map((check) => checkOf(check, strictness));
  if (checks.some((check) => check === undefined)) return undefined;
  const known = checks as Check[];
  // Any other type (transforms, defaults, pipes, records…) is unknown here.
  const type: string = def.type;
  switch (type) {
    case 'number':
      return withChecks((value) => typeof value === 'number' && Number.isFinite(value), known);
    case 'string':
      return withChecks((value) => typeof value === 'string', known);
    case 'boolean':
      return known.length === 0 ? (value) => typeof value === 'boolean' : undefined;
    case 'enum': {
      const values = Object.values(def.entries as Record<string, unknown>);
      if (known.length > 0 || !values.every((value) => typeof value === 'string')) return undefined;
      const allowed = new Set<unknown>(values);
      return (value) => allowed.has(value);
    }
    case 'literal': {
      if (known.length > 0) return undefined;
      const allowed = new Set<unknown>(def.values as unknown[]);
      return (value) => allowed.has(value);
    }
    case 'nullable': {
      const inner = checkFor(def.innerType as Schema, strictness);
      return inner && known.length === 0 ? (value) => value === null || inner(value) : undefined;
    }
    case 'default': {
      // zod puts the default in for an absent value only: a value present is parsed as it is.
      const inner = checkFor(def.innerType as Schema, strictness);
      return strictness === 'json' && inner && known.length === 0 ? (value) => value !== undefined && inner(value) : undefined;
    }
    case 'union': {
      const options = (def.options as Schema[]).map((option) => checkFor(option, strictness));
      if (known.length > 0 || options.some((option) => option === undefined)) return undefined;
      const all = options as Check[];
      return (value) => all.some((option) => option(value));
    }
    case 'array': {
      const element = checkFor(def.element as Schema, strictness);
      if (!element || known.length > 0) return undefined;
      return (value) => Array.isArray(value) && value.every((entry) => element(entry));
    }
    case 'record':
      return strictness === 'json' && known.length === 0 ? recordCheck(def.keyType as Schema, def.valueType as Schema) : undefined;
    case 'tuple': {
      const items = (def.items as Schema[]).map((item) => checkFor(item, strictness));
      if (known.length > 0 || def.rest !== null || items.some((item) => item === undefined)) return undefined;
      const all = items as Check[];
      return (value) => Array.isArray(value) && value.length === all.length && all.every((item, i) => item(value[i]));
    }
    case 'object': {
      if (def.catchall !== undefined || (known.length > 0 && strictness !== 'json')) return undefined;
      // An object's own checks (a refinement across its fields) run on the object once its fields are valid.
      const fields = objectCheck(def.shape as Record<string, Schema>, strictness);
      return fields && withChecks(fields, known);
    }
    default:
      return undefined;
  }
}

/**
 * An object zod would return with the same keys and values: a plain object whose keys are all in
 * the shape (zod drops any other), each valid, an absent one only where the shape makes it optional;
 * for `json`, its keys in the shape's order too (zod's output has them in that order).
 */
function objectCheck(shape: Record<string, Schema>, strictness: Strictness): Check | undefined {
  const fields: { key: string; optional: boolean; check: Check }[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const def = field._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
    const optional = def.type === 'optional';
    const check = checkFor(optional ? (def.innerType as Schema) : field, strictness);
    if (!check || (optional && (def.checks ?? []).length > 0)) return undefined;
    fields.push({ key, optional, check });
  }
  if (strictness === 'json') {
    // One walk of the object's keys beside the shape's: each key the next field present, in order,
    // a field passed over only when it is optional. `for…in` rather than Object.keys: no array is
    // made for each object checked (most of the check's time on a detail file went to them), and a
    // key it adds (an inherited enumerable one, which Object.keys leaves out) only refuses more.
    return (value) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const record = value as Record<string, unknown>;
      let at = 0;
      for (const key in record) {
        while (at < fields.length && fields[at]!.key !== key) {
          if (!fields[at]!.optional) return false;
          at += 1;
        }
        const field = fields[at];
        if (field === undefined) return false;
        at += 1;
        const entry = record[key];
        if (entry === undefined || !field.check(entry)) return false;
      }
      for (; at < fields.length; at += 1) if (!fields[at]!.optional) return false;
      return true;
    };
  }
  const keys = new Set(fields.map((field) => field.key));
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    for (const key in record) if (!keys.has(key)) return false;
    for (const field of fields) {
      const entry = record[field.key];
      if (entry === undefined ? !(field.optional && !(field.key in record)) : !field.check(entry)) return false;
    }
    return true;
  };
}

/**
 * A record zod would return as it is: a plain object (zod refuses any other) whose keys and values
 * are valid; zod keeps the keys in their own order. A record of a closed list of keys (an enum's),
 * which zod parses in the list's order, is not known here; nor are symbol keys or `__proto__`.
 */
function recordCheck(keyType: Schema, valueType: Schema): Check | undefined {
  const isKey = keyType._zod.values ? undefined : checkFor(keyType, 'json');
  const isValue = checkFor(valueType, 'json');
  if (!isKey || !isValue) return undefined;
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const prototype: unknown = Object.getPrototypeOf(value);
    if ((prototype !== Object.prototype && prototype !== null) || Object.getOwnPropertySymbols(value).length > 0) return false;
    for (const [key, entry] of Object.entries(value)) {
      if (key === '__proto__' || !isKey(key) || entry === undefined || !isValue(entry)) return false;
    }
    return true;
  };
}

/**
 * zod's array of `entry`, which keeps a column whose entries all pass {@link entryCheck} as it is
 * (the JSON's own array) instead of parsing it entry by entry; any other input is parsed by zod.
 */
export function column<const T extends z.core.SomeType>(entry: T): z.ZodMiniArray<T> {
  const schema = z.array(entry);
  const isEntry = entryCheck(entry as unknown as Schema);
  if (!isEntry) return schema;
  const internals = schema._zod;
  const parse = internals.parse;
  // An array without checks of its own runs its parse directly; one with checks would need them run too.
  if (internals.run !== parse) throw new Error('a column with checks of its own has no fast path');
  const fast: typeof parse = (payload, context) => {
    const input = payload.value;
    if (Array.isArray(input)) {
      let valid = true;
      for (let i = 0; i < input.length && valid; i += 1) valid = isEntry(input[i]);
      if (valid) return payload;
    }
    return parse(payload, context);
  };
  internals.parse = fast;
  internals.run = fast;
  return schema;
}
