import { ImportBoundaries } from '@/features/neighbourhoods/components/import-boundaries';
import { ImportNeighbourhoods } from '@/features/neighbourhoods/components/import-neighbourhoods';
import { NeighbourhoodsTable } from '@/features/neighbourhoods/components/neighbourhoods-table';
import { useAccess } from '../use-access';
import { usePlaceHub } from './place-hub-context';

export function PlaceNeighbourhoodsRoute() {
  const { place } = usePlaceHub();
  const { isAdmin } = useAccess();
  return (
    <section className="neighbourhoods" aria-labelledby="neighbourhoods-title">
      <title>{`Neighbourhoods – ${place.name} – Kickstart`}</title>
      <h2 id="neighbourhoods-title">Neighbourhoods</h2>
      <p className="section__lead">
        The small areas (LSOAs, about 1,500 residents each) that make up {place.name}, and how deprived each is
        compared with all of England.
      </p>
      <NeighbourhoodsTable placeId={place.id} placeName={place.name} />
      {isAdmin ? (
        <div className="manage">
          <ImportNeighbourhoods placeId={place.id} placeName={place.name} />
          <ImportBoundaries placeId={place.id} placeName={place.name} />
        </div>
      ) : null}
    </section>
  );
}
