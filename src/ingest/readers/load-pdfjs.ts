/**
 * pdf.js, loaded on the first PDF rather than with the readers. Its legacy build (the one that runs
 * on Node 20) brings core-js polyfills that replace Array.prototype.push and JSON.parse with
 * JavaScript versions for the whole thread: every push in extraction and storing then cost a
 * function call (about 4 % of an ingest's CPU, loaded or not, PDF or not). The native ones differ
 * only in corner cases pdf.js never meets (a frozen array's length, a reviver's source text), so
 * they are put back once it has loaded.
 */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const push = Array.prototype.push;
    const parse = JSON.parse;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(JSON, 'parse', { value: parse, writable: true, configurable: true, enumerable: false });
    return pdfjs;
  })();
  return loading;
}
