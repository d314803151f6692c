import { InsightsDashboard } from '@/features/insights/components/insights-dashboard';
import { useAccess } from '../use-access';
import { usePlaceHub } from './place-hub-context';

/** `/places/:slug/insights` — the place's dashboard: what is changing, for whom, with how much certainty, and where the gaps are. */
export function PlaceInsightsRoute() {
  const { place } = usePlaceHub();
  const access = useAccess();
  return (
    <>
      <title>{`Insights – ${place.name} – Kickstart`}</title>
      <header className="section__header">
        <div>
          <h2>Insights for {place.name}</h2>
          <p className="muted">
            What residents say about belonging and loneliness, how many people events reach, and where new spaces could matter most —
            with how sure we can be about each figure.
          </p>
        </div>
      </header>
      <InsightsDashboard place={place} signedIn={access.signedIn} />
    </>
  );
}
