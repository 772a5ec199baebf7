export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  text: string;
  /** The point the label belongs to. */
  anchorX: number;
  anchorY: number;
  /** Preferred side: labels of good moments above their point, of bad moments below. */
  prefer: 'above' | 'below';
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Centre of the text's baseline. */
  x: number;
  y: number;
  box: Box;
}

/** Rough advance width of text at `fontSize` in a humanist sans: good enough to avoid overlaps. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const char of text) units += /[mwMW]/.test(char) ? 0.85 : /[il.,'’ ]/.test(char) ? 0.3 : /[A-Z]/.test(char) ? 0.65 : 0.55;
  return units * fontSize;
}

export function overlaps(a: Box, b: Box, gap = 2): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** What, besides the labels' own points, a label must keep clear of. */
export interface PlacementOptions {
  fontSize: number;
  /** Radius of the dot drawn at each label's anchor. */
  pointRadius: number;
  /** Further boxes no label may cover: points without a label, larger markers, other text. */
  obstacles?: readonly Box[] | undefined;
}

/**
 * Places labels greedily beside their points, trying the preferred side first, then the other,
 * then further out; a label that fits nowhere inside `bounds` is left out (the data table still
 * has it). The result never has two overlapping labels, nor a label over a point or obstacle.
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box, options: PlacementOptions): PlacedLabel[] {
  const { fontSize, pointRadius } = options;
  const height = fontSize * 1.2;
  const obstacles: Box[] = [
    ...requests.map((request) => ({
      x: request.anchorX - pointRadius,
      y: request.anchorY - pointRadius,
      width: pointRadius * 2,
      height: pointRadius * 2,
    })),
    ...(options.obstacles ?? []),
  ];
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const width = estimateTextWidth(request.text, fontSize);
    // A label wider than the chart cannot be placed anywhere without leaving it.
    if (width > bounds.width) continue;
    const near = pointRadius + 4;
    const far = near + height + 2;
    const offsets = request.prefer === 'above' ? [-near, near + height, -far, far + height] : [near + height, -near, far + height, -far];
    for (const offset of offsets) {
      const baseline = request.anchorY + offset;
      const x = Math.min(Math.max(request.anchorX, bounds.x + width / 2), bounds.x + bounds.width - width / 2);
      const box = { x: x - width / 2, y: baseline - fontSize, width, height };
      const inside = box.y >= bounds.y && box.y + box.height <= bounds.y + bounds.height;
      if (inside && !obstacles.some((obstacle) => overlaps(box, obstacle, 1)) && !placed.some((label) => overlaps(box, label.box))) {
        placed.push({ id: request.id, text: request.text, x, y: baseline, box });
        break;
      }
    }
  }
  return placed;
}
