import { formatDateTime } from '../lib/times';
import type { StatusHistoryEntry } from '../types';
import { StatusBadge } from './status-badge';

/** The space's path through the lifecycle, oldest first: from → to, who, when and why. */
export function StatusTimeline({ history }: { history: readonly StatusHistoryEntry[] }) {
  if (history.length === 0) return <p className="muted">No changes recorded yet.</p>;
  return (
    <ol className="timeline">
      {history.map((entry, index) => (
        <li key={`${entry.at}-${String(index)}`} className="timeline__entry">
          <p className="timeline__change">
            {entry.from ? (
              <>
                <span className="visually-hidden">From </span>
                <StatusBadge status={entry.from} />
                <span aria-hidden="true" className="timeline__arrow">
                  →
                </span>
                <span className="visually-hidden"> to </span>
                <StatusBadge status={entry.to} />
              </>
            ) : (
              <>
                Added as <StatusBadge status={entry.to} />
              </>
            )}
          </p>
          <p className="timeline__meta">
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            {entry.by ? <> by {entry.by}</> : null}
          </p>
          {entry.note && !(entry.from === undefined && entry.note === 'Added') ? <p className="timeline__note">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
