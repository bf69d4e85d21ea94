/**
 * The source of src/data/schema/checks.generated.ts: the description of each schema the page reads
 * a file or a stored record with (src/data/read-checked.ts), read from the zod schemas
 * (src/data/schema/describe.ts). Written by every vite build and dev server (vite.config.ts) and
 * by `npm run gen:checks`; a test holds the committed file to it.
 */

import * as schemas from '../schema';
import { describe } from './describe';
import type { Description } from './plain-check';

/** The schemas checked without zod, by their name in src/data/schema.ts. */
export const CHECKED_SCHEMAS = [
  'shardManifestSchema',
  'shardPlacesSchema',
  'shardReportsSchema',
  'compactCatalogSchema',
  'compactValuesSchema',
  'compactReviewQueueSchema',
  'indexFileSchema',
  'detailFileSchema',
  'placeSearchFileSchema',
  'aboutFileSchema',
  'populationFileSchema',
  'downloadsIndexSchema',
  'reviewDecisionRecordSchema',
  'localReportFileSchema',
] as const satisfies readonly (keyof typeof schemas)[];

export const GENERATED_CHECKS_PATH = 'src/data/schema/checks.generated.ts';

/** A subtree written once and named when it appears again (a place, a review mark…): the page's code stays small. */
const SHARED_MIN_LENGTH = 40;

/**
 * The descriptions as TypeScript: each subtree that appears more than once (and is not tiny)
 * written once as a constant, children before their parents, and named where it appears.
 */
function writeShared(descriptions: Readonly<Record<string, Description>>): { constants: string[]; root: Record<string, string> } {
  const counts = new Map<string, number>();
  const count = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const json = JSON.stringify(node);
    counts.set(json, (counts.get(json) ?? 0) + 1);
    Object.values(node).forEach(count);
  };
  Object.values(descriptions).forEach(count);
  const names = new Map<string, string>();
  const constants: string[] = [];
  const source = (node: unknown): string => {
    if (typeof node !== 'object' || node === null) return JSON.stringify(node);
    const json = JSON.stringify(node);
    const named = names.get(json);
    if (named) return named;
    const text = Array.isArray(node)
      ? `[${node.map(source).join(',')}]`
      : `{${Object.entries(node)
          .map(([key, value]) => `${JSON.stringify(key)}:${source(value)}`)
          .join(',')}}`;
    // Only a description is named (not a shape or a list of checks): the constant is typed as one.
    if (!('type' in node) || (counts.get(json) ?? 0) < 2 || json.length < SHARED_MIN_LENGTH) return text;
    const name = `d${names.size}`;
    names.set(json, name);
    constants.push(`const ${name}: Description = ${text};`);
    return name;
  };
  const root = Object.fromEntries(Object.entries(descriptions).map(([name, description]) => [name, source(description)]));
  return { constants, root };
}

export function checksSource(): string {
  const descriptions = Object.fromEntries(CHECKED_SCHEMAS.map((name) => [name, describe(schemas[name], name)]));
  const { constants, root } = writeShared(descriptions);
  return [
    `// Generated from the zod schemas by src/data/schema/checks-source.ts (every vite build, or npm run gen:checks): do not edit.`,
    `import type { Description } from './plain-check';`,
    ``,
    ...constants,
    ``,
    `export const DESCRIPTIONS: Readonly<Record<CheckedName, Description>> = {`,
    ...Object.entries(root).map(([name, text]) => `  ${name}: ${text},`),
    `};`,
    ``,
    `export type CheckedName = ${CHECKED_SCHEMAS.map((name) => `'${name}'`).join(' | ')};`,
    ``,
  ].join('\n');
}
