import type { Kysely } from 'kysely';

/** One schema step. Versions are applied in ascending order, each once, each in its own transaction. */
export interface Migration {
  version: number;
  name: string;
  // Migrations see the database untyped: they create the shapes the typed code relies on.
  up(db: Kysely<any>): Promise<void>;
  /**
   * Runs with foreign key enforcement off (checked again before commit): SQLite can only change a
   * table's constraints by rebuilding it, and dropping the old table would cascade to its children.
   */
  withoutForeignKeys?: boolean;
}
