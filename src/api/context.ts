import type { FactSnapshot } from '../analysis/context/fact-snapshot.ts';
import type { AtlasStore } from '../store/store.ts';
import type { ResultCache } from './result-cache.ts';
import type { ReviewedOf } from './reviewed-views.ts';
import type { UploadedFile, UploadOutcome } from '../services/ingest-upload.ts';

export type { UploadedFile, UploadOutcome };

/** What the routes need from the outside: the store and, for uploads, an ingest function. */
export interface ApiContext {
  store: AtlasStore;
  ingest?: (file: UploadedFile) => Promise<UploadOutcome>;
  maxUploadBytes: number;
  /** The server's fact snapshot at the store's current generation (refreshed per changed document), when it keeps one. */
  snapshot?: () => Promise<FactSnapshot | null>;
  /** Views and entity pages already computed at the store's current generation. */
  results: ResultCache;
  /** The view routes' count of reviewed facts in a view object (reviewed-views.ts). */
  reviewedOf?: ReviewedOf;
  /** Cheap liveness facts for /api/health; never touches the store. */
  health(): HealthInfo;
}

export interface HealthInfo {
  uptimeSeconds: number;
  ingest: { running: number; queued: number };
  warmUp: 'off' | 'running' | 'done' | 'failed';
}
