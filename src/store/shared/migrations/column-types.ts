import type { ColumnDataType, ColumnDefinitionBuilder, CreateTableBuilder, Expression } from 'kysely';

// kysely's addColumn type argument (its own alias is not exported).
type DataTypeExpression = ColumnDataType | Expression<unknown>;

/** How each dialect spells the column types the shared schema uses. */
export interface ColumnTypes {
  /** An auto-incrementing integer primary key: its type and its constraints. */
  serial: DataTypeExpression;
  serialKey: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  /** An 8-byte float. */
  real: DataTypeExpression;
  /** Text that compares and sorts byte-wise, as SQLite's BINARY collation does. */
  text: DataTypeExpression;
  /** Whether event_participants needs a `rowid` column of its own (SQLite has one implicitly). */
  explicitRowid: boolean;
}

type TableBuilder<T extends string> = CreateTableBuilder<T, never>;

// The evidence columns every fact table shares (span, quote anchor with context, rule, run).
export function evidenceColumns(types: ColumnTypes) {
  return <T extends string>(t: TableBuilder<T>): TableBuilder<T> => t
    .addColumn('id', types.serial, types.serialKey)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('quote', types.text, (c) => c.notNull())
    .addColumn('prefix', types.text, (c) => c.notNull())
    .addColumn('suffix', types.text, (c) => c.notNull())
    .addColumn('rule', types.text, (c) => c.notNull())
    .addColumn('confidence', types.real, (c) => c.notNull())
    .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id'));
}

export function dateColumns(types: ColumnTypes) {
  return <T extends string>(t: TableBuilder<T>, prefix: string, required = false): TableBuilder<T> => {
    const cols = ['start', 'end', 'precision'] as const;
    return cols.reduce((b, c) => b.addColumn(`${prefix}_${c}`, types.text, (col) => (required ? col.notNull() : col)), t);
  };
}
