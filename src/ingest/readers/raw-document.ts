/** What a format reader gets out of a file, before normalization. Null means "the format does not say". */
export interface RawDocument {
  text: string;
  title: string | null;
  publishedDate: string | null;
}

export type FormatReader = (bytes: Uint8Array, path: string) => Promise<RawDocument>;
