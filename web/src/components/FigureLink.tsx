import type { ReactNode } from 'react';
import type { Figure, FactSource } from '../types.ts';
import { FactLink, fmtNumber } from './links.tsx';

/** "about 45,000" as stated, linking to the sentence it came from. */
export function FigureLink({ figure, showUnit = true }: { figure: Figure; showUnit?: boolean }) {
  const q = figure.qualifier;
  const n = q === 'range' && figure.low !== null && figure.high !== null ? `${fmtNumber(figure.low)}–${fmtNumber(figure.high)}` : fmtNumber(figure.value);
  const prefix = q === 'exact' || q === 'range' ? '' : `${q.replace('_', ' ')} `;
  return (
    <FactLink documentId={figure.source.documentId} factRef={figure.source.ref} title={`“${figure.source.quote}”`}>
      {prefix}{n}{showUnit && figure.unit ? ` ${figure.unit}` : ''}
    </FactLink>
  );
}

/** A link to a source fact labelled with its quote or given text. */
export function SourceLink({ source, children }: { source: FactSource; children?: ReactNode }) {
  return <FactLink documentId={source.documentId} factRef={source.ref} title={`“${source.quote}”`}>{children ?? 'source'}</FactLink>;
}
