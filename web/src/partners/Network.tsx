import { useEffect, useRef } from 'react';
import type { PartnersView } from '../types.ts';

/**
 * The country at the centre and its partners around it; edge width is the number of cooperation
 * events, node colour the partner's vector. Clicking a partner calls onPick with its entity id.
 */
export function PartnerNetwork({ view, colorOf, onPick }: { view: PartnersView; colorOf: (vector: string) => string; onPick: (id: number) => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cy: { destroy(): void } | null = null;
    let live = true;
    import('cytoscape').then(({ default: cytoscape }) => {
      if (!live || !box.current) return;
      const center = view.country ?? { id: 0, name: 'country', type: 'PLACE' };
      const max = Math.max(1, ...view.partners.map((p) => p.count));
      const inst = cytoscape({
        container: box.current,
        elements: [
          { data: { id: `n${center.id}`, label: center.name, color: '#0f172a', size: 46 } },
          ...view.partners.flatMap((p) => [
            { data: { id: `n${p.partner.id}`, label: `${p.partner.name} (${p.count})`, color: colorOf(p.vector), size: 22 + 24 * (p.count / max), entity: p.partner.id } },
            { data: { id: `e${p.partner.id}`, source: `n${center.id}`, target: `n${p.partner.id}`, width: 1 + 9 * (p.count / max), color: colorOf(p.vector) } },
          ]),
        ],
        style: [
          { selector: 'node', style: { 'background-color': 'data(color)', label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 13, color: '#0f172a', 'text-valign': 'bottom', 'text-margin-y': 4, 'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': '2px' } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', opacity: 0.55, 'curve-style': 'straight' } },
        ],
        layout: { name: 'concentric', concentric: (n: { data(k: string): unknown }) => (n.data('entity') ? 1 : 2), levelWidth: () => 1, minNodeSpacing: 30, animate: false },
        userZoomingEnabled: true,
        boxSelectionEnabled: false,
      });
      inst.on('tap', 'node', (e) => { const id = e.target.data('entity'); if (id) onPick(Number(id)); });
      cy = inst;
    });
    return () => { live = false; cy?.destroy(); };
  }, [view, colorOf, onPick]);
  return <div className="network" ref={box} role="img" aria-label="partner network: the country and its partners, edges weighted by cooperation events" />;
}
