/** One run of text drawn at (x, y) in points, y measured from the bottom of the page. */
export interface PdfText {
  x: number;
  y: number;
  text: string;
  size?: number;
}

export interface PdfSpec {
  /** Each page is a list of text runs; an empty list makes a page with no text layer. */
  pages: PdfText[][];
  title?: string;
  creationDate?: string;
}

function pdfString(s: string): string {
  return `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/**
 * Writes a minimal valid PDF by hand: one Helvetica font, one BT/ET text object per run,
 * an Info dictionary, and an xref table whose byte offsets are computed from the output.
 */
export function buildPdf(spec: PdfSpec): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body); // object n is objects[n - 1]
  const pageCount = spec.pages.length;
  const firstPage = 4;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const kids = spec.pages.map((_, i) => `${firstPage + i * 2} 0 R`).join(' ');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (const [i, runs] of spec.pages.entries()) {
    const content = runs.length
      ? runs.map((r) => `BT /F1 ${r.size ?? 12} Tf ${r.x} ${r.y} Td ${pdfString(r.text)} Tj ET`).join('\n')
      : '0 0 1 rg 72 600 200 100 re f'; // a drawn rectangle: content, but no text
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> ` +
        `/Contents ${firstPage + i * 2 + 1} 0 R >>`,
    );
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  }
  const info: string[] = [];
  if (spec.title) info.push(`/Title ${pdfString(spec.title)}`);
  if (spec.creationDate) info.push(`/CreationDate ${pdfString(spec.creationDate)}`);
  add(`<< ${info.join(' ')} >>`);
  const infoRef = objects.length;

  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoRef} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
