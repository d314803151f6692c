/** The Place Standard's scale: 1 (a lot of room for improvement) to 7 (very little). */
export const SCALE_MIN = 1;
export const SCALE_MAX = 7;

export interface Point {
  x: number;
  y: number;
}

export interface CompassGeometry {
  /** Centre of the compass. */
  cx: number;
  cy: number;
  /** Radius of the rim (a score of 7). */
  radius: number;
}

/** The angle of theme `index` of `count`, in radians: the first at the top, then clockwise. */
export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/** How far from the centre a score sits: 1 at the centre, 7 on the rim (clamped to the scale). */
export function scoreRadius(score: number, radius: number): number {
  const clamped = Math.min(SCALE_MAX, Math.max(SCALE_MIN, score));
  return (radius * (clamped - SCALE_MIN)) / (SCALE_MAX - SCALE_MIN);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The point of a score on theme `index`'s axis. */
export function scorePoint(index: number, count: number, score: number, geometry: CompassGeometry): Point {
  const angle = axisAngle(index, count);
  const r = scoreRadius(score, geometry.radius);
  return { x: round(geometry.cx + r * Math.cos(angle)), y: round(geometry.cy + r * Math.sin(angle)) };
}

/** The end of theme `index`'s axis, `beyond` past the rim (for its label). */
export function axisEnd(index: number, count: number, geometry: CompassGeometry, beyond = 0): Point {
  const angle = axisAngle(index, count);
  const r = geometry.radius + beyond;
  return { x: round(geometry.cx + r * Math.cos(angle)), y: round(geometry.cy + r * Math.sin(angle)) };
}

/** Where a label sits against its point: left of it, centred on it, or right of it. */
export function labelAnchor(index: number, count: number): 'start' | 'middle' | 'end' {
  const cos = Math.cos(axisAngle(index, count));
  if (Math.abs(cos) < 0.2) return 'middle';
  return cos > 0 ? 'start' : 'end';
}

/** SVG `points` for a list of points. */
export function toPoints(points: readonly Point[]): string {
  return points.map((point) => `${String(point.x)},${String(point.y)}`).join(' ');
}

export interface CompassShape {
  /** Closed when every theme has a score: the filled shape. */
  polygon: Point[] | null;
  /** Otherwise the runs of neighbouring themes that have scores, drawn as open lines. */
  lines: Point[][];
  /** Every scored theme's point, with its index. */
  points: (Point & { index: number })[];
}

/**
 * The compass shape for the themes' scores (`undefined` where a theme has no score to show). A
 * missing theme breaks the outline there rather than being drawn as if it were at the centre.
 */
export function compassShape(scores: readonly (number | undefined)[], geometry: CompassGeometry): CompassShape {
  const count = scores.length;
  const points = scores.flatMap((score, index) =>
    score === undefined ? [] : [{ ...scorePoint(index, count, score, geometry), index }],
  );
  if (count > 0 && points.length === count) return { polygon: points.map(({ x, y }) => ({ x, y })), lines: [], points };
  const lines: Point[][] = [];
  const firstGap = scores.findIndex((score) => score === undefined);
  if (firstGap === -1) return { polygon: null, lines, points };
  // Walk once round the compass starting just after a gap, so a run never straddles the start.
  let run: Point[] = [];
  for (let step = 1; step <= count; step += 1) {
    const index = (firstGap + step) % count;
    const score = scores[index];
    if (score === undefined) {
      if (run.length > 1) lines.push(run);
      run = [];
    } else {
      run.push(scorePoint(index, count, score, geometry));
    }
  }
  if (run.length > 1) lines.push(run);
  return { polygon: null, lines, points };
}
