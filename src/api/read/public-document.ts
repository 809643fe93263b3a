/**
 * How a document's source shows through the API: uploads as `upload:ID/NAME`, files as their base
 * name. The absolute path a file was ingested from stays on the server.
 */
export function publicSource(sourcePath: string): string {
  if (sourcePath.startsWith('upload:')) return sourcePath;
  return sourcePath.split(/[\\/]/).filter(Boolean).pop() ?? sourcePath;
}

export function publicDocument<T extends { sourcePath: string }>(doc: T): T {
  return { ...doc, sourcePath: publicSource(doc.sourcePath) };
}
