/**
 * A schema's invariant across fields as a zod refinement that names it ({@link INVARIANTS}), so
 * that the page's check generated from the schema (src/data/schema/describe.ts) can call the very
 * same function: a refinement written inline is a closure the generator cannot name, and it
 * refuses such a schema.
 */

import { z } from 'zod/mini';

import { type InvariantName, INVARIANTS, type Issue } from './invariants';

const names = new WeakMap<object, InvariantName>();

type InvariantInput<N extends InvariantName> = Parameters<(typeof INVARIANTS)[N]>[0];

/** zod's refinement running the invariant `name`: each issue it reports is a zod issue at its path. */
export function refinement<N extends InvariantName>(name: N): z.core.$ZodCheck<InvariantInput<N>> {
  const invariant = INVARIANTS[name] as (value: InvariantInput<N>, issue: Issue) => void;
  const check = z.superRefine((value: InvariantInput<N>, ctx) =>
    invariant(value, (path, message) => ctx.addIssue({ code: 'custom', path: [...path], message })),
  );
  names.set(check, name);
  return check;
}

/** The invariant a zod check runs, when it was made by {@link refinement}. */
export function refinementName(check: object): InvariantName | undefined {
  return names.get(check);
}
