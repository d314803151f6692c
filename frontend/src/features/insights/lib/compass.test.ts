import { describe, expect, it } from 'vitest';
import { axisAngle, axisEnd, compassShape, labelAnchor, scorePoint, scoreRadius, toPoints, type CompassGeometry } from './compass';

const geometry: CompassGeometry = { cx: 100, cy: 100, radius: 60 };

describe('the Place Standard compass geometry', () => {
  it('puts 1 at the centre and 7 on the rim, clamping anything outside the scale', () => {
    expect(scoreRadius(1, 60)).toBe(0);
    expect(scoreRadius(4, 60)).toBe(30);
    expect(scoreRadius(7, 60)).toBe(60);
    expect(scoreRadius(0, 60)).toBe(0);
    expect(scoreRadius(9, 60)).toBe(60);
  });

  it('starts the first theme at the top and goes clockwise', () => {
    expect(axisAngle(0, 14)).toBeCloseTo(-Math.PI / 2);
    // The rim of theme 1 is straight up (SVG y grows downwards).
    expect(scorePoint(0, 14, 7, geometry)).toEqual({ x: 100, y: 40 });
    // Theme 8 of 14 is straight down, a quarter of 4 themes is to the right.
    expect(scorePoint(7, 14, 7, geometry)).toEqual({ x: 100, y: 160 });
    expect(scorePoint(1, 4, 7, geometry)).toEqual({ x: 160, y: 100 });
    expect(scorePoint(3, 4, 4, geometry)).toEqual({ x: 70, y: 100 });
    // Every score of 1 sits at the centre, whatever the theme.
    expect(scorePoint(5, 14, 1, geometry)).toEqual({ x: 100, y: 100 });
    expect(axisEnd(0, 14, geometry, 16)).toEqual({ x: 100, y: 24 });
  });

  it('anchors labels away from the compass', () => {
    expect(labelAnchor(0, 4)).toBe('middle');
    expect(labelAnchor(1, 4)).toBe('start');
    expect(labelAnchor(2, 4)).toBe('middle');
    expect(labelAnchor(3, 4)).toBe('end');
  });

  it('closes the shape when every theme has a score', () => {
    const shape = compassShape([7, 4, 7, 1], geometry);
    expect(shape.polygon).toEqual([
      { x: 100, y: 40 },
      { x: 130, y: 100 },
      { x: 100, y: 160 },
      { x: 100, y: 100 },
    ]);
    expect(shape.lines).toEqual([]);
    expect(toPoints(shape.polygon ?? [])).toBe('100,40 130,100 100,160 100,100');
  });

  it('breaks the outline where a theme has no score, joining across the start', () => {
    // Themes 1, 2 and 4 of 4 scored; 3 withheld: one run 4 → 1 → 2, never through the gap.
    const shape = compassShape([7, 7, undefined, 7], geometry);
    expect(shape.polygon).toBeNull();
    expect(shape.lines).toEqual([
      [
        { x: 40, y: 100 },
        { x: 100, y: 40 },
        { x: 160, y: 100 },
      ],
    ]);
    expect(shape.points.map((point) => point.index)).toEqual([0, 1, 3]);
    // Lone points are kept as points but draw no line.
    const sparse = compassShape([7, undefined, 7, undefined], geometry);
    expect(sparse.lines).toEqual([]);
    expect(sparse.points).toHaveLength(2);
    expect(compassShape([undefined, undefined], geometry)).toEqual({ polygon: null, lines: [], points: [] });
  });
});
