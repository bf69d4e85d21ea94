/**
 * The downloads' columns, typed once for the Parquet schema and for `datapackage.json`: the tidy
 * table's columns (src/data/tidy-rows.ts), in its order and with its names, so that a script
 * written against the dashboard's CSV reads these files too.
 */

import { COLUMN_DOCS } from '../../../data/export-bundle';
import { type QuoteStatus, TIDY_COLUMNS, type TidyColumn, type TidyRow, type TidyValueStatus } from '../../../data/tidy-rows';

/** A column's type in the Frictionless table schema; the Parquet type follows from it. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

/**
 * Everything not listed is text. `division_code` especially: read as a number it loses nothing
 * today, but a reader that guesses would turn 110101 into 110101.0 and sort codes as numbers.
 */
const TYPED: Partial<Record<TidyColumn, FieldType>> = {
  year: 'integer',
  value: 'number',
  original_value: 'number',
  synthetic: 'boolean',
};

export function fieldTypeOf(column: TidyColumn): FieldType {
  return TYPED[column] ?? 'string';
}

/** Columns that are never empty: a reader may rely on them (Frictionless `required`). */
const REQUIRED = new Set<TidyColumn>([
  'jurisdiction',
  'indicator_id',
  'value',
  'value_status',
  'unit',
  'value_type',
  'quote_status',
  'source_file',
  'report_id',
  'extraction_id',
  'synthetic',
  'review_status',
]);

const VALUE_TYPES: readonly NonNullable<TidyRow['value_type']>[] = ['reported', 'derived'];
const QUOTE_STATUSES: readonly QuoteStatus[] = ['quoted', 'derived', 'not_loaded'];
const VALUE_STATUSES: readonly TidyValueStatus[] = ['reported', 'not_reported', 'no_report'];

/** A Frictionless table-schema field. */
export interface TableField {
  readonly name: TidyColumn;
  readonly type: FieldType;
  readonly description: string;
  readonly constraints?: { readonly required?: true; readonly enum?: readonly string[] };
}

/** The table schema's fields, one per column, described in Chinese and English (the dashboard's README words). */
export function tableFields(): TableField[] {
  return TIDY_COLUMNS.map((name) => {
    const [zh, en] = COLUMN_DOCS[name];
    const allowed =
      name === 'value_type' ? VALUE_TYPES : name === 'quote_status' ? QUOTE_STATUSES : name === 'value_status' ? VALUE_STATUSES : undefined;
    const constraints = {
      ...(REQUIRED.has(name) ? { required: true as const } : {}),
      ...(allowed ? { enum: allowed } : {}),
    };
    return { name, type: fieldTypeOf(name), description: `${en} / ${zh}`, ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
  });
}

/** The Parquet type of each column (hyparquet-writer's basic types): doubles for values, text for codes. */
export function parquetTypeOf(column: TidyColumn): 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN' {
  const type = fieldTypeOf(column);
  return type === 'integer' ? 'INT32' : type === 'number' ? 'DOUBLE' : type === 'boolean' ? 'BOOLEAN' : 'STRING';
}
