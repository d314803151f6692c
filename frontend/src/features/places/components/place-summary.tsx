import { formatCount } from '@/lib/format';
import type { Place } from '../types';

/** A place's name and key facts: the top of every page about the place. */
export function PlaceSummary({ place }: { place: Place }) {
  return (
    <>
      <header className="page-header page-header--tight">
        <p className="eyebrow">{place.region}</p>
        <h1 className="page-header__title">{place.name}</h1>
      </header>

      <dl className="facts facts--place">
        <div className="facts__item">
          <dt>Population</dt>
          <dd>{place.population === undefined ? 'Not recorded' : formatCount(place.population)}</dd>
        </div>
        <div className="facts__item">
          <dt>
            <abbr title="Government Statistical Service">GSS</abbr> code
          </dt>
          <dd className="code">{place.gssCode}</dd>
        </div>
        <div className="facts__item">
          <dt>Region</dt>
          <dd>{place.region}</dd>
        </div>
      </dl>
    </>
  );
}
