/** The database the CLI uses when --db is not given: a SQLite path or a postgres:// URL. */
export const DEFAULT_DB = process.env.ATLAS_DB || './atlas.db';
