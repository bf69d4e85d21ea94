/**
 * A check of a zod schema's values that runs without zod: made from the schema's description
 * (src/data/schema/describe.ts writes it at build time into checks.generated.ts), it says whether
 * zod would accept a value and return it as it is (the same values: no default put in, no unknown
 * key stripped, no legacy code renamed). The page reads its data files with it before zod is
 * loaded (src/data/read-checked.ts): a file that passes is the file zod would give; any other is
 * parsed by zod, for its result or its clear error. So the check may refuse what zod accepts (zod
 * then reads it), never accept what zod refuses.
 */

import type { Issue } from './invariants';

/** One of a schema's checks on its value, as the description names it. */
export type ValueCheck =
  | { readonly check: 'int' }
  | { readonly check: 'min' | 'max'; readonly value: number; readonly inclusive: boolean }
  | { readonly check: 'minLength' | 'maxLength'; readonly value: number }
  | { readonly check: 'regex'; readonly source: string; readonly flags: string }
  /** A function of src/data/schema/invariants.ts (the generated checks import it by name). */
  | { readonly check: 'invariant'; readonly run: (value: never, issue: Issue) => void };

/** A schema as a plain value: its type, what it holds, and its checks (run in order once its type holds). */
export type Description = (
  | { readonly type: 'string' | 'number' | 'boolean' }
  /** z.literal and z.enum: one of `values`. */
  | { readonly type: 'literal'; readonly values: readonly (string | number | boolean | null)[] }
  | { readonly type: 'nullable' | 'optional'; readonly inner: Description }
  /** z._default: a value present (zod puts the default in for an absent one only). */
  | { readonly type: 'default'; readonly inner: Description }
  | { readonly type: 'union'; readonly options: readonly Description[] }
  | { readonly type: 'array'; readonly element: Description }
  | { readonly type: 'tuple'; readonly items: readonly Description[] }
  | { readonly type: 'record'; readonly key: Description; readonly value: Description }
  | { readonly type: 'object'; readonly shape: Readonly<Record<string, Description>> }
) & { readonly checks?: readonly ValueCheck[] };

export type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function valueCheck(check: ValueCheck): Check {
  switch (check.check) {
    case 'int':
      return (value) => Number.isSafeInteger(value);
    case 'min':
      return check.inclusive ? (value) => (value as number) >= check.value : (value) => (value as number) > check.value;
    case 'max':
      return check.inclusive ? (value) => (value as number) <= check.value : (value) => (value as number) < check.value;
    case 'minLength':
      return (value) => (value as { length: number }).length >= check.value;
    case 'maxLength':
      return (value) => (value as { length: number }).length <= check.value;
    case 'regex': {
      const pattern = new RegExp(check.source, check.flags);
      return (value) => {
        // As zod's own regex check: a global or sticky pattern starts from the beginning each time.
        pattern.lastIndex = 0;
        return pattern.test(value as string);
      };
    }
    case 'invariant': {
      const invariant = check.run as (value: unknown, issue: Issue) => void;
      return (value) => {
        let valid = true;
        invariant(value, () => {
          valid = false;
        });
        return valid;
      };
    }
  }
}

function typeCheck(description: Description): Check {
  switch (description.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'literal': {
      const allowed = new Set<unknown>(description.values);
      return (value) => allowed.has(value);
    }
    case 'nullable': {
      const inner = compileCheck(description.inner);
      return (value) => value === null || inner(value);
    }
    case 'optional': {
      const inner = compileCheck(description.inner);
      return (value) => value === undefined || inner(value);
    }
    case 'default': {
      const inner = compileCheck(description.inner);
      return (value) => value !== undefined && inner(value);
    }
    case 'union': {
      const options = description.options.map(compileCheck);
      return (value) => options.some((option) => option(value));
    }
    case 'array': {
      const element = compileCheck(description.element);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const entry of value) if (!element(entry)) return false;
        return true;
      };
    }
    case 'tuple': {
      const items = description.items.map(compileCheck);
      return (value) => Array.isArray(value) && value.length === items.length && items.every((item, i) => item(value[i]));
    }
    case 'record': {
      const isKey = compileCheck(description.key);
      const isValue = compileCheck(description.value);
      // zod refuses anything but a plain object, and keeps its keys; a symbol or `__proto__` key is not read here.
      return (value) => {
        if (!isObject(value)) return false;
        const prototype: unknown = Object.getPrototypeOf(value);
        if ((prototype !== Object.prototype && prototype !== null) || Object.getOwnPropertySymbols(value).length > 0) return false;
        for (const [key, entry] of Object.entries(value))
          if (key === '__proto__' || !isKey(key) || entry === undefined || !isValue(entry)) return false;
        return true;
      };
    }
    case 'object': {
      const fields = Object.entries(description.shape).map(([key, field]) => [key, compileCheck(field)] as const);
      const keys = new Set(Object.keys(description.shape));
      // zod drops a key the shape does not name: such an object is not returned as it is.
      return (value) => {
        if (!isObject(value)) return false;
        for (const key in value) if (!keys.has(key)) return false;
        for (const [key, field] of fields) if (!field(value[key])) return false;
        return true;
      };
    }
  }
}

/** The check of `description`: its type, then each of its checks in order. */
export function compileCheck(description: Description): Check {
  const base = typeCheck(description);
  const checks = (description.checks ?? []).map(valueCheck);
  if (checks.length === 0) return base;
  return (value) => {
    if (!base(value)) return false;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}
