import type { ReactNode } from 'react';
import { factHref, href } from '../router.ts';
import { typeColor, typeLabel } from '../colors.ts';
import type { EntityRefT } from '../types.ts';

/** An entity as a colour-keyed chip linking to its page. */
export function EntityChip({ entity, extra }: { entity: EntityRefT; extra?: ReactNode }) {
  return (
    <a className="chip" href={href(`/entities/${entity.id}`)} style={{ ['--c' as string]: typeColor(entity.type) }} title={typeLabel(entity.type)}>
      <span className="dot" aria-hidden="true" />{entity.name}{extra !== undefined && <span className="chip-extra">{extra}</span>}
    </a>
  );
}

/** Any figure or fact shown in the UI: a link that opens the reader at its sentence. */
export function FactLink({ documentId, factRef, children, title }: { documentId: number; factRef: string; children: ReactNode; title?: string }) {
  return <a className="fact" href={factHref(documentId, factRef)} data-fact-link={factRef} title={title ?? `open ${factRef} in its document`}>{children}</a>;
}

export function fmtNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export function TypeBadge({ type }: { type: string }) {
  return <span className="badge" style={{ ['--c' as string]: typeColor(type) }}>{typeLabel(type)}</span>;
}
