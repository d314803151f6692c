import type { SpaceStatus } from '../types';
import { STATUS_LETTERS } from './lifecycle';

/**
 * How each lifecycle stage looks on maps, legends and badges: a colour, a shape and a letter,
 * so the stage never depends on colour alone. Every colour has at least 4.5:1 contrast with the
 * white letter on it, and a white outline keeps the marker visible on any map background.
 */
export const STATUS_COLOURS: Record<SpaceStatus, string> = {
  idea: '#6d3fa0',
  planned: '#1d5fa6',
  in_development: '#9a4d00',
  open: '#0f6b5c',
  closed: '#4b5563',
};

export type SymbolShape = 'hexagon' | 'square' | 'diamond' | 'circle' | 'octagon';

export const STATUS_SHAPES: Record<SpaceStatus, SymbolShape> = {
  idea: 'hexagon',
  planned: 'square',
  in_development: 'diamond',
  open: 'circle',
  closed: 'octagon',
};

/** Marker size in CSS pixels (at least 24 by 24, so it is a comfortable target). */
export const SYMBOL_SIZE = 28;

function polygon(sides: number, radius: number, rotateDegrees: number): string {
  const points: string[] = [];
  for (let i = 0; i < sides; i += 1) {
    const angle = ((rotateDegrees + (360 / sides) * i) * Math.PI) / 180;
    points.push(`${(14 + radius * Math.cos(angle)).toFixed(2)},${(14 + radius * Math.sin(angle)).toFixed(2)}`);
  }
  return points.join(' ');
}

/** The shape's SVG element in a 28 × 28 box, as tag name and attributes. */
export function shapeGeometry(shape: SymbolShape): { tag: 'circle' | 'rect' | 'polygon'; attributes: Record<string, string> } {
  switch (shape) {
    case 'circle':
      return { tag: 'circle', attributes: { cx: '14', cy: '14', r: '11.5' } };
    case 'square':
      return { tag: 'rect', attributes: { x: '3', y: '3', width: '22', height: '22', rx: '2.5' } };
    case 'diamond':
      return { tag: 'polygon', attributes: { points: '14,1.5 26.5,14 14,26.5 1.5,14' } };
    case 'hexagon':
      return { tag: 'polygon', attributes: { points: polygon(6, 12.5, 30) } };
    case 'octagon':
      return { tag: 'polygon', attributes: { points: polygon(8, 12.5, 22.5) } };
  }
}

/**
 * The symbol as SVG markup, for Leaflet's marker icons. Uses presentation attributes only (no
 * inline `style`), which the app's Content Security Policy allows.
 */
export function statusSymbolMarkup(status: SpaceStatus): string {
  const { tag, attributes } = shapeGeometry(STATUS_SHAPES[status]);
  const shapeAttributes = Object.entries(attributes)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');
  return (
    `<svg class="status-symbol" width="${String(SYMBOL_SIZE)}" height="${String(SYMBOL_SIZE)}" viewBox="0 0 28 28" aria-hidden="true" focusable="false">` +
    `<${tag} ${shapeAttributes} fill="${STATUS_COLOURS[status]}" stroke="#ffffff" stroke-width="2"/>` +
    `<text x="14" y="18.6" text-anchor="middle" font-size="13" font-weight="700" font-family="system-ui, sans-serif" fill="#ffffff">${STATUS_LETTERS[status]}</text>` +
    `</svg>`
  );
}
