import type { ReadLimits } from '../limits.ts';

/** What a format reader gets out of a file, before normalization. Null means "the format does not say". */
export interface RawDocument {
  text: string;
  title: string | null;
  publishedDate: string | null;
}

/**
 * Reads one format. `path` is the file's name as it may be printed (control characters escaped);
 * `limits` bound what reading may cost.
 */
export type FormatReader = (bytes: Uint8Array, path: string, limits: ReadLimits) => Promise<RawDocument>;
