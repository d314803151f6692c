import { useId } from 'react';
import { formatCount } from '@/lib/format';
import { STATUSES, STATUS_LABELS } from '../lib/lifecycle';
import type { SpaceStatus } from '../types';
import { StatusSymbol } from './status-symbol';

/** What the marker symbols mean, with how many of each are on the map. */
export function MapLegend({ counts }: { counts?: Partial<Record<SpaceStatus, number>> }) {
  const titleId = useId();
  return (
    <div className="map-legend">
      <h3 className="map-legend__title" id={titleId}>
        Key
      </h3>
      <ul className="map-legend__list" aria-labelledby={titleId}>
        {STATUSES.map((status) => (
          <li key={status} className="map-legend__item">
            <StatusSymbol status={status} size={22} />
            <span>
              {STATUS_LABELS[status]}
              {counts ? <span className="map-legend__count"> ({formatCount(counts[status] ?? 0)})</span> : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
