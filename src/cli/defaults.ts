/** The database the CLI uses when --db is not given. */
export const DEFAULT_DB = process.env.ATLAS_DB || './atlas.db';
