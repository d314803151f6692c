import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { hasStatus } from '@/lib/problem';
import { useDeletePlace } from '../api/delete-place';
import type { Place } from '../types';

export interface DeletePlaceProps {
  place: Place;
  onDeleted: (place: Place) => void;
  /** Called when the place changed meanwhile, to fetch it again. */
  onReload: () => void;
}

/** A delete button that asks for confirmation first. */
export function DeletePlace({ place, onDeleted, onReload }: DeletePlaceProps) {
  const [confirming, setConfirming] = useState(false);
  const mutation = useDeletePlace();
  const confirmRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  const wasConfirming = useRef(false);

  // Focus the question when it opens, and return focus to the button when it closes.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) triggerRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <Button
        ref={triggerRef}
        variant="danger"
        onClick={() => {
          setConfirming(true);
        }}
      >
        Delete place
      </Button>
    );
  }

  const changedMeanwhile = hasStatus(mutation.error, 412);
  return (
    <div className="confirm" ref={confirmRef} tabIndex={-1} role="group" aria-labelledby={titleId}>
      <h3 className="confirm__title" id={titleId}>
        Delete {place.name}?
      </h3>
      <p>This removes the place for everyone. It can’t be undone.</p>
      {mutation.isError ? (
        changedMeanwhile ? (
          <div className="panel panel--warning" role="alert">
            <h4 className="panel__title">Someone else changed this place</h4>
            <p className="panel__body">It has not been deleted. Reload it to see the latest version, then decide again.</p>
            <Button
              variant="secondary"
              onClick={() => {
                mutation.reset();
                setConfirming(false);
                onReload();
              }}
            >
              Reload this place
            </Button>
          </div>
        ) : (
          <ErrorPanel error={mutation.error} headingLevel={4} title="The place was not deleted" />
        )
      ) : null}
      <div className="button-row">
        <Button
          variant="danger"
          busy={mutation.isPending}
          onClick={() => {
            mutation.mutate(place, {
              onSuccess: () => {
                onDeleted(place);
              },
            });
          }}
        >
          {mutation.isPending ? 'Deleting…' : 'Yes, delete it'}
        </Button>
        <Button
          variant="quiet"
          onClick={() => {
            mutation.reset();
            setConfirming(false);
          }}
        >
          Cancel
        </Button>
      </div>
    </div>
  );
}
