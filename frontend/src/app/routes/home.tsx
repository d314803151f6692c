import { Link } from 'react-router';
import { PlacesList } from '@/features/places/components/places-list';
import { paths } from '@/lib/paths';

export function HomeRoute() {
  return (
    <>
      <title>Kickstart – welcoming spaces where people meet, mix and belong</title>
      <section className="hero" aria-labelledby="hero-title">
        <p className="eyebrow">Social infrastructure, planned together</p>
        <h1 id="hero-title" className="hero__title">
          Welcoming spaces where people meet, mix and belong
        </h1>
        <p className="hero__lead">
          Kickstart helps councils, charities, faith groups and local businesses map the spaces they have, plan the
          ones they need, and see honestly where things are getting better.
        </p>
      </section>

      <section className="section" aria-labelledby="places-title">
        <div className="section__header">
          <h2 id="places-title">Places in the programme</h2>
          <Link to={paths.places} className="section__link">
            All places
          </Link>
        </div>
        <PlacesList headingLevel={3} />
      </section>
    </>
  );
}
