import { createElement } from 'react';
import { STATUS_LETTERS } from '../lib/lifecycle';
import { STATUS_COLOURS, STATUS_SHAPES, shapeGeometry } from '../lib/symbols';
import type { SpaceStatus } from '../types';

/** The stage's map symbol — colour, shape and letter — for legends and badges. Decorative: say the stage in words too. */
export function StatusSymbol({ status, size = 20 }: { status: SpaceStatus; size?: number }) {
  const { tag, attributes } = shapeGeometry(STATUS_SHAPES[status]);
  return (
    <svg className="status-symbol" width={size} height={size} viewBox="0 0 28 28" aria-hidden="true" focusable="false">
      {createElement(tag, { ...attributes, fill: STATUS_COLOURS[status], stroke: '#ffffff', strokeWidth: 2 })}
      <text x="14" y="18.6" textAnchor="middle" fontSize="13" fontWeight="700" fontFamily="system-ui, sans-serif" fill="#ffffff">
        {STATUS_LETTERS[status]}
      </text>
    </svg>
  );
}
