/**
 * The source of the page's generated checks (src/data/read-checked.ts): the description of each
 * schema the page reads a file or a stored record with, read from the zod schemas
 * (src/data/schema/describe.ts), in two modules: those the first chart reads (the sharded layout's
 * files), part of the page's first code, and the others, loaded when one is first read. Written by
 * every vite build and dev server (vite.config.ts) and by `npm run gen:checks`; a test holds the
 * committed files to them.
 */

import * as schemas from '../schema';
import { describe } from './describe';
import * as layoutInvariants from './invariants';
import type { Description } from './plain-check';
import * as recordInvariants from './record-invariants';

/** The modules of invariants, by the path the generated modules import them from. */
const INVARIANT_MODULES = { './invariants': layoutInvariants, './record-invariants': recordInvariants } as const;

/** The schemas the first chart's files are read with (src/data/get-data-source.ts, get-shards.ts). */
export const FIRST_CHART_SCHEMAS = ['shardManifestSchema', 'shardPlacesSchema', 'shardReportsSchema', 'compactValuesSchema'] as const;

/** The other schemas checked without zod: older layouts, side files, details, the browser's stores. */
export const LATER_SCHEMAS = [
  'compactCatalogSchema',
  'compactReviewQueueSchema',
  'indexFileSchema',
  'detailFileSchema',
  'placeSearchFileSchema',
  'aboutFileSchema',
  'populationFileSchema',
  'downloadsIndexSchema',
  'reviewDecisionRecordSchema',
  'localReportFileSchema',
] as const;

type SchemaName = keyof typeof schemas;
FIRST_CHART_SCHEMAS satisfies readonly SchemaName[];
LATER_SCHEMAS satisfies readonly SchemaName[];

export const GENERATED_CHECKS = {
  first: { path: 'src/data/schema/checks.generated.ts', names: FIRST_CHART_SCHEMAS },
  later: { path: 'src/data/schema/checks-later.generated.ts', names: LATER_SCHEMAS },
} as const;

/** An invariant's module and name (the generated module imports it by that name). */
function invariantOf(run: unknown): { module: string; name: string } {
  for (const [module, exports] of Object.entries(INVARIANT_MODULES)) {
    const name = Object.entries(exports).find(([, value]) => value === run)?.[0];
    if (name) return { module, name };
  }
  throw new Error('a refinement runs a function that is not an export of src/data/schema/invariants.ts or record-invariants.ts');
}

/** A subtree written once and named when it appears again (a place, a review mark…): the page's code stays small. */
const SHARED_MIN_LENGTH = 40;

/** JSON of a description with its invariants by name (so that two invariants never read alike). */
const keyOf = (node: unknown): string =>
  JSON.stringify(node, (_, value: unknown) => (typeof value === 'function' ? `fn:${invariantOf(value).name}` : value));

/**
 * The descriptions as TypeScript: each subtree that appears more than once (and is not tiny)
 * written once as a constant, children before their parents, and named where it appears; each
 * invariant by its name, imported.
 */
function writeDescriptions(descriptions: Readonly<Record<string, Description>>): {
  constants: string[];
  root: Record<string, string>;
  used: Map<string, Set<string>>;
} {
  const counts = new Map<string, number>();
  const count = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const key = keyOf(node);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    Object.values(node).forEach(count);
  };
  Object.values(descriptions).forEach(count);
  const names = new Map<string, string>();
  const constants: string[] = [];
  const used = new Map<string, Set<string>>();
  const source = (node: unknown): string => {
    if (typeof node === 'function') {
      const { module, name } = invariantOf(node);
      used.set(module, (used.get(module) ?? new Set()).add(name));
      return name;
    }
    if (typeof node !== 'object' || node === null) return JSON.stringify(node);
    const key = keyOf(node);
    const named = names.get(key);
    if (named) return named;
    const text = Array.isArray(node)
      ? `[${node.map(source).join(',')}]`
      : `{${Object.entries(node)
          .map(([field, value]) => `${JSON.stringify(field)}:${source(value)}`)
          .join(',')}}`;
    // Only a description is named (not a shape or a list of checks): the constant is typed as one.
    if (!('type' in node) || (counts.get(key) ?? 0) < 2 || key.length < SHARED_MIN_LENGTH) return text;
    const name = `d${names.size}`;
    names.set(key, name);
    constants.push(`const ${name}: Description = ${text};`);
    return name;
  };
  const root = Object.fromEntries(Object.entries(descriptions).map(([name, description]) => [name, source(description)]));
  return { constants, root, used };
}

/** The module of one of {@link GENERATED_CHECKS}. */
export function checksSource(part: keyof typeof GENERATED_CHECKS): string {
  const { names } = GENERATED_CHECKS[part];
  const descriptions = Object.fromEntries(names.map((name) => [name, describe(schemas[name], name)]));
  const { constants, root, used } = writeDescriptions(descriptions);
  const typeName = part === 'first' ? 'FirstChartName' : 'LaterName';
  return [
    `// Generated from the zod schemas by src/data/schema/checks-source.ts (every vite build, or npm run gen:checks): do not edit.`,
    ...[...used]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([module, names]) => `import { ${[...names].sort().join(', ')} } from '${module}';`),
    `import type { Description } from './plain-check';`,
    ``,
    ...constants,
    ``,
    `export const DESCRIPTIONS: Readonly<Record<${typeName}, Description>> = {`,
    ...Object.entries(root).map(([name, text]) => `  ${name}: ${text},`),
    `};`,
    ``,
    `export type ${typeName} = ${names.map((name) => `'${name}'`).join(' | ')};`,
    ``,
  ].join('\n');
}
