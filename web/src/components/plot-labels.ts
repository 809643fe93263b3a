/**
 * Room for a chart's axis labels. A fixed marginLeft clipped long labels on the left edge
 * ("armored combat vehicles" drawn as "red combat vehicles"); the margin is measured from the
 * labels instead, capped at a share of the chart, and a label longer than the cap is shortened at a
 * word boundary with an ellipsis, never clipped.
 */
const PLOT_FONT = '10px system-ui, sans-serif'; // Observable Plot's default
const TICK = 12; // tick line, its padding and a little air

let ctx: CanvasRenderingContext2D | null | undefined;
export function textWidth(text: string): number {
  if (ctx === undefined) {
    ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (ctx) ctx.font = PLOT_FONT;
  }
  return ctx ? Math.ceil(ctx.measureText(text).width) : Math.ceil(text.length * 6);
}

/** Shortens a label to fit `max` pixels at a word boundary, with an ellipsis. */
export function fitLabel(label: string, max: number, width: (s: string) => number = textWidth): string {
  if (width(label) <= max) return label;
  const words = label.split(' ');
  while (words.length > 1) {
    words.pop();
    const shorter = `${words.join(' ').replace(/[\s,;:(-]+$/, '')}…`;
    if (width(shorter) <= max) return shorter;
  }
  return `${[...label].slice(0, Math.max(1, Math.floor(max / 7))).join('')}…`;
}

/** marginLeft for labels on the y axis, and the tick format that keeps each within it. */
export function yAxisRoom(labels: string[], chartWidth: number, cap = 0.4): { marginLeft: number; tickFormat: (d: unknown) => string } {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l)));
  const marginLeft = Math.ceil(Math.min(widest + TICK, Math.max(80, chartWidth * cap)));
  const room = marginLeft - TICK;
  return { marginLeft, tickFormat: (d: unknown) => fitLabel(String(d), room) };
}
