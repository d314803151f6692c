import { Link } from 'react-router';
import { formatCount } from '@/lib/format';
import { paths } from '@/lib/paths';
import type { Place } from '../types';

export function PlaceCard({ place, headingLevel }: { place: Place; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className="place-card">
      <Heading className="place-card__title">
        <Link to={paths.place(place.slug)} className="place-card__link">
          {place.name}
        </Link>
      </Heading>
      <p className="place-card__region">{place.region}</p>
      <dl className="facts facts--compact">
        <div className="facts__item">
          <dt>Population</dt>
          <dd>{place.population === undefined ? 'Not recorded' : formatCount(place.population)}</dd>
        </div>
        <div className="facts__item">
          <dt>GSS code</dt>
          <dd className="code">{place.gssCode}</dd>
        </div>
      </dl>
    </li>
  );
}
