/**
 * Where the partner network puts its nodes: the country in the middle, its partners in two columns
 * (left and right), one row each, with each label on the outer side of its node. Drawn at zoom 1,
 * every label keeps its font size and no two labels share a row, so none overlap however many
 * partners there are: the picture grows taller instead of shrinking its text.
 */
export interface FanInput { id: string; label: string; size: number }
export interface FanNode { id: string; x: number; y: number; side: 'left' | 'right' }
export interface FanLayout { nodes: FanNode[]; center: { x: number; y: number }; height: number; labelMaxWidth: number }

export const FAN = { fontSize: 12, margin: 14, gap: 8, minRow: 26, centerGap: 90 } as const;

export function fanLayout(partners: FanInput[], width: number, measure: (text: string) => number): FanLayout {
  const maxSize = Math.max(0, ...partners.map((p) => p.size));
  const row = Math.max(FAN.minRow, maxSize + 4);
  // Alternate sides in the given order (busiest first), so both columns start with the big partners.
  const left = partners.filter((_, i) => i % 2 === 0);
  const right = partners.filter((_, i) => i % 2 === 1);
  const rows = Math.max(left.length, right.length, 1);
  const height = rows * row + 2 * FAN.margin + 20;
  // Labels may take what is left between the outer edge and the node column.
  const labelMaxWidth = Math.max(60, Math.floor(width / 2 - FAN.centerGap - FAN.margin - FAN.gap - maxSize));
  const widest = (list: FanInput[]) => Math.min(labelMaxWidth, Math.max(0, ...list.map((p) => measure(p.label))));
  const leftX = FAN.margin + widest(left) + FAN.gap + maxSize / 2;
  const rightX = width - FAN.margin - widest(right) - FAN.gap - maxSize / 2;
  const column = (list: FanInput[], x: number, side: 'left' | 'right') => {
    const top = FAN.margin + 10 + (rows - list.length) * row / 2;
    return list.map((p, i) => ({ id: p.id, x, y: top + i * row + row / 2, side }));
  };
  return { nodes: [...column(left, leftX, 'left'), ...column(right, rightX, 'right')], center: { x: width / 2, y: height / 2 }, height, labelMaxWidth };
}
