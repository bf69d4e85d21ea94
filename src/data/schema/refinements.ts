/**
 * A schema's invariant across fields (src/data/schema/invariants.ts) as a zod refinement that
 * remembers which function it runs, so that the check generated from the schema
 * (src/data/schema/describe.ts) calls the very same function: a refinement written inline is a
 * closure the generator cannot name, and it refuses such a schema.
 */

import { z } from 'zod/mini';

import type { Issue } from './invariants';

/** One of invariants.ts's functions. */
export type Invariant<T> = (value: T, issue: Issue) => void;

const invariantOf = new WeakMap<object, Invariant<never>>();

/** zod's refinement running `invariant`: each issue it reports is a zod issue at its path. */
export function refinement<T>(invariant: Invariant<T>): z.core.$ZodCheck<T> {
  const check = z.superRefine((value: T, ctx) =>
    invariant(value, (path, message) => ctx.addIssue({ code: 'custom', path: [...path], message })),
  );
  invariantOf.set(check, invariant);
  return check;
}

/** The invariant a zod check runs, when it was made by {@link refinement}. */
export function refinementInvariant(check: object): Invariant<never> | undefined {
  return invariantOf.get(check);
}
