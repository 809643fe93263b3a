import type { AtlasStore } from '../store/store.ts';

export interface UploadedFile {
  filename: string;
  data: Buffer;
}

/** What the routes need from the outside: the store and, for uploads, the lead's ingest function. */
export interface ApiContext {
  store: AtlasStore;
  ingest?: (file: UploadedFile) => Promise<unknown>;
  maxUploadBytes: number;
}
