import Database from 'better-sqlite3';

// Columns that hold the time of the run, which two runs never share.
const CLOCK_COLUMNS = new Set(['ingested_at', 'started_at', 'applied_at']);

/** Every row of every table (FTS5 tables by their rowid and text; their shadow tables are implied), timestamps blanked. */
export function dumpSqlite(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
      AND name NOT LIKE '%_fts_%' ORDER BY name`).all() as { name: string }[];
    const out: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      const rows = db.prepare(`SELECT rowid AS _rowid, * FROM "${name}" ORDER BY rowid`).all() as Record<string, unknown>[];
      out[name] = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, CLOCK_COLUMNS.has(k) ? null : v])));
    }
    return out;
  } finally {
    db.close();
  }
}
