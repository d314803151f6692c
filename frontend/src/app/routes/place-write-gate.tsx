import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RequireSignIn } from '@/components/require-role';
import { Loading } from '@/components/spinner';
import type { Place } from '@/features/places/types';
import { paths } from '@/lib/paths';
import { useAccess } from '../use-access';

/** Shows its children only to people who may change things in this place (admins and its organisers). */
export function PlaceWriteGate({ place, children }: { place: Place; children: ReactNode }) {
  const access = useAccess();
  return (
    <RequireSignIn headingLevel={2}>
      {!access.ready ? (
        <Loading label="Checking what you can change…" />
      ) : access.canWriteInPlace(place.id) ? (
        children
      ) : (
        <div className="panel">
          <h2 className="panel__title">You can’t change {place.name}’s partnership</h2>
          <p className="panel__body">
            Only programme admins and {place.name}’s organisers can. Ask a programme admin if you think you should be
            one. <Link to={paths.placePartnership(place.slug)}>See the partnership</Link>.
          </p>
        </div>
      )}
    </RequireSignIn>
  );
}
