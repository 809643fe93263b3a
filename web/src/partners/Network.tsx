import { useEffect, useRef, useState } from 'react';
import type { PartnersView } from '../types.ts';
import { FAN, fanLayout } from './layout.ts';

const FONT = `${FAN.fontSize}px system-ui, -apple-system, "Segoe UI", sans-serif`;

/** Label widths as the canvas will draw them. */
function measurer(): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return (t) => t.length * FAN.fontSize * 0.6;
  ctx.font = FONT;
  return (t) => Math.ceil(ctx.measureText(t).width);
}

/**
 * The country at the centre and its partners in two columns around it (layout.ts); edge width is
 * the number of cooperation events, node colour the partner's vector. Drawn at zoom 1 so labels
 * keep their size. Clicking a partner calls onPick with its entity id.
 */
export function PartnerNetwork({ view, colorOf, onPick }: { view: PartnersView; colorOf: (vector: string) => string; onPick: (id: number) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(300);
  useEffect(() => {
    let cy: { destroy(): void } | null = null;
    let live = true;
    import('cytoscape').then(({ default: cytoscape }) => {
      const el = box.current;
      if (!live || !el) return;
      const center = view.country ?? { id: 0, name: 'country', type: 'PLACE' };
      const max = Math.max(1, ...view.partners.map((p) => p.count));
      const partners = view.partners.map((p) => ({ p, id: `n${p.partner.id}`, label: `${p.partner.name} (${p.count})`, size: 10 + 14 * (p.count / max) }));
      const layout = fanLayout(partners, el.clientWidth, measurer());
      el.style.height = `${layout.height}px`;
      setHeight(layout.height);
      const at = new Map(layout.nodes.map((n) => [n.id, n]));
      const inst = cytoscape({
        container: el,
        elements: [
          { data: { id: `n${center.id}`, label: center.name, color: '#0f172a', size: 30, side: 'center' }, position: layout.center },
          ...partners.flatMap(({ p, id, label, size }) => [
            { data: { id, label, color: colorOf(p.vector), size, entity: p.partner.id, side: at.get(id)!.side }, position: { x: at.get(id)!.x, y: at.get(id)!.y } },
            { data: { id: `e${p.partner.id}`, source: `n${center.id}`, target: id, width: 1 + 7 * (p.count / max), color: colorOf(p.vector) } },
          ]),
        ],
        style: [
          {
            selector: 'node',
            style: {
              'background-color': 'data(color)', label: 'data(label)', width: 'data(size)', height: 'data(size)',
              'font-size': FAN.fontSize, 'font-family': FONT.slice(FONT.indexOf(' ') + 1), color: '#0f172a',
              'text-valign': 'center', 'text-wrap': 'ellipsis', 'text-max-width': `${layout.labelMaxWidth}px`,
              'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': '1px',
            },
          },
          { selector: 'node[side = "left"]', style: { 'text-halign': 'left', 'text-margin-x': -FAN.gap } },
          { selector: 'node[side = "right"]', style: { 'text-halign': 'right', 'text-margin-x': FAN.gap } },
          { selector: 'node[side = "center"]', style: { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -6, 'font-weight': 'bold' } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', opacity: 0.5, 'curve-style': 'straight' } },
        ],
        layout: { name: 'preset', fit: false },
        zoom: 1, pan: { x: 0, y: 0 },
        minZoom: 0.5, maxZoom: 3,
        userZoomingEnabled: false, userPanningEnabled: false, boxSelectionEnabled: false, autoungrabify: true,
      });
      inst.on('tap', 'node', (e) => { const id = e.target.data('entity'); if (id) onPick(Number(id)); });
      cy = inst;
    });
    return () => { live = false; cy?.destroy(); };
  }, [view, colorOf, onPick]);
  return <div className="network" ref={box} style={{ height }} role="img" aria-label="partner network: the country and its partners, edges weighted by cooperation events" />;
}
