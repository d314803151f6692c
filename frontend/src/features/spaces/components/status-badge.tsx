import { STATUS_LABELS } from '../lib/lifecycle';
import type { SpaceStatus } from '../types';
import { StatusSymbol } from './status-symbol';

/** A space's lifecycle stage: its map symbol and its name, e.g. “In development”. */
export function StatusBadge({ status }: { status: SpaceStatus }) {
  return (
    <span className={`status-badge status-badge--${status}`}>
      <StatusSymbol status={status} size={18} />
      <span className="visually-hidden">Status: </span>
      {STATUS_LABELS[status]}
    </span>
  );
}
