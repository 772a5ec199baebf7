export interface XY {
  x: number;
  y: number;
}

/**
 * An SVG path through the points as a monotone cubic (Fritsch–Carlson): smooth like a hand-drawn
 * curve, but never overshooting a peak or a valley, so the line never suggests an emotion
 * beyond what any touchpoint has. Points must be sorted by x.
 */
export function monotonePath(points: readonly XY[]): string {
  const n = points.length;
  if (n === 0) return '';
  const f = (value: number) => Number(value.toFixed(2));
  if (n === 1) return `M${f(points[0]!.x)},${f(points[0]!.y)}`;
  const dx: number[] = [];
  const slopes: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    dx.push(points[i + 1]!.x - points[i]!.x);
    slopes.push((points[i + 1]!.y - points[i]!.y) / (dx[i] || 1));
  }
  const tangents: number[] = [slopes[0]!];
  for (let i = 1; i < n - 1; i++) {
    const before = slopes[i - 1]!;
    const after = slopes[i]!;
    tangents.push(before * after <= 0 ? 0 : (3 * (dx[i - 1]! + dx[i]!)) / ((2 * dx[i]! + dx[i - 1]!) / before + (dx[i]! + 2 * dx[i - 1]!) / after));
  }
  tangents.push(slopes[n - 2]!);
  let path = `M${f(points[0]!.x)},${f(points[0]!.y)}`;
  for (let i = 0; i < n - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const third = dx[i]! / 3;
    path += `C${f(a.x + third)},${f(a.y + tangents[i]! * third)} ${f(b.x - third)},${f(b.y - tangents[i + 1]! * third)} ${f(b.x)},${f(b.y)}`;
  }
  return path;
}
