import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { KIND_LABELS, formatDistance } from '../lib/labels';
import type { Space } from '../types';
import { StatusBadge } from './status-badge';

export interface SpacesListProps {
  spaces: readonly Space[];
  selectedId: string | undefined;
  /** Set when the selection came from the map, so the list scrolls to it. */
  revealId?: string | undefined;
  onSelect: (id: string) => void;
}

/** The spaces as a list: name, kind, stage, online or distance; each can be shown on the map. */
export function SpacesList({ spaces, selectedId, revealId, onSelect }: SpacesListProps) {
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!revealId) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-space-id="${revealId}"]`);
    item?.scrollIntoView({ block: 'nearest' });
  }, [revealId]);

  return (
    <ol className="space-list" aria-label="Spaces" ref={listRef}>
      {spaces.map((space) => {
        const selected = space.id === selectedId;
        return (
          <li
            key={space.id}
            data-space-id={space.id}
            className={selected ? 'space-item space-item--selected' : 'space-item'}
            aria-current={selected ? 'true' : undefined}
          >
            <h3 className="space-item__name">
              <Link to={paths.space(space.id)}>{space.name}</Link>
            </h3>
            <p className="space-item__meta">
              <span className="space-item__kind">{KIND_LABELS[space.kind]}</span>
              <StatusBadge status={space.status} />
              {space.mode === 'virtual' ? <span className="badge badge--online">Online</span> : null}
              {space.mode === 'hybrid' ? <span className="badge badge--online">Also online</span> : null}
              {space.distanceMetres === undefined ? null : (
                <span className="space-item__distance">{formatDistance(space.distanceMetres)} away</span>
              )}
            </p>
            {space.address || space.postcode ? (
              <p className="space-item__address">{[space.address, space.postcode].filter(Boolean).join(', ')}</p>
            ) : null}
            {space.location ? (
              <button
                type="button"
                className="button button--quiet button--small space-item__show"
                aria-pressed={selected}
                onClick={() => {
                  onSelect(space.id);
                }}
              >
                Show on map<span className="visually-hidden">: {space.name}</span>
              </button>
            ) : (
              <p className="space-item__note">Online only, so not on the map.</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
