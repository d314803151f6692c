import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ButtonLink } from '@/components/button';
import { formatCount, formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useManagingPartner } from '../api/get-partner';
import { useNeighbourhoodSearch } from '../api/list-neighbourhoods';
import { formatCoordinate } from '../lib/geo';
import { COST_LABELS, KIND_LABELS, MODE_LABELS, languageLabel } from '../lib/labels';
import type { Space } from '../types';
import { ChangeStatus } from './change-status';
import { DeleteSpace } from './delete-space';
import { FeatureBadges } from './feature-badges';
import { MapFrame, PointMap } from './map/lazy-maps';
import { OpeningHoursTable } from './opening-hours-table';
import { StatusBadge } from './status-badge';
import { StatusTimeline } from './status-timeline';
import '../spaces.css';

export interface SpaceDetailsProps {
  space: Space;
  /** The space's place, once loaded (for its name). */
  placeName?: string | undefined;
  /** Admins, and organisers of the space's place, may change it. */
  canWrite: boolean;
  onDeleted: (space: Space) => void;
  onReload: () => void;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="space-facts__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ManagingPartnerName({ id }: { id: string }) {
  const partner = useManagingPartner(id);
  if (partner.isPending) return <span className="muted">Loading…</span>;
  if (partner.isError) return <span className="muted">Not available</span>;
  return <Link to={paths.partner(partner.data.id)}>{partner.data.name}</Link>;
}

function NeighbourhoodName({ placeId, code }: { placeId: string; code: string }) {
  const found = useNeighbourhoodSearch(placeId, code);
  const neighbourhood = found.data?.items.find((item) => item.code === code);
  return <>{neighbourhood ? `${neighbourhood.name} (${code})` : code}</>;
}

/** Everything about a space, its status history and — for those who may — changing, editing and deleting it. */
export function SpaceDetails({ space, placeName, canWrite, onDeleted, onReload }: SpaceDetailsProps) {
  const online = space.mode !== 'physical';
  const inPerson = space.mode !== 'virtual';
  return (
    <article className="space">
      <header className="page-header space__header">
        <p className="eyebrow">
          {KIND_LABELS[space.kind]}
          {placeName ? ` in ${placeName}` : ''}
        </p>
        <h1 className="page-header__title">{space.name}</h1>
        <p className="space__badges">
          <StatusBadge status={space.status} />
          <span className={online ? 'badge badge--online' : 'badge'}>{MODE_LABELS[space.mode]}</span>
        </p>
        {space.description ? <p className="page-header__lead space__description">{space.description}</p> : null}
      </header>

      {canWrite ? (
        <div className="button-row space__actions">
          <ButtonLink to={paths.editSpace(space.id)} variant="secondary">
            Edit space
          </ButtonLink>
          <DeleteSpace space={space} onDeleted={onDeleted} onReload={onReload} />
        </div>
      ) : null}

      <div className="space__grid">
        <div className="space__main">
          <section aria-labelledby="space-details-title">
            <h2 id="space-details-title">Details</h2>
            <dl className="space-facts">
              {inPerson ? (
                <Fact label="Address">
                  {space.address || space.postcode ? (
                    <>
                      {space.address ? <span className="space-facts__address">{space.address}</span> : null}
                      {space.postcode ? <span className="space-facts__postcode">{space.postcode}</span> : null}
                    </>
                  ) : (
                    <span className="muted">Not given</span>
                  )}
                </Fact>
              ) : null}
              {online ? (
                <Fact label="Join online">
                  {space.url ? (
                    <>
                      <a href={space.url} rel="noopener noreferrer" target="_blank">
                        {space.platform ? `Join on ${space.platform}` : 'Join online'}
                        <span className="visually-hidden"> (opens in a new tab)</span>
                      </a>
                      <span className="space-facts__url">{hostOf(space.url)}</span>
                    </>
                  ) : (
                    <span className="muted">{space.platform ? `On ${space.platform}; no link given` : 'No link given'}</span>
                  )}
                </Fact>
              ) : null}
              {space.neighbourhoodCode ? (
                <Fact label="Neighbourhood">
                  <NeighbourhoodName placeId={space.placeId} code={space.neighbourhoodCode} />
                </Fact>
              ) : null}
              <Fact label="Managing partner">
                {space.managingPartnerId ? <ManagingPartnerName id={space.managingPartnerId} /> : <span className="muted">Not given</span>}
              </Fact>
              <Fact label="Capacity">
                {space.capacity === undefined ? <span className="muted">Not given</span> : `${formatCount(space.capacity)} people`}
              </Fact>
              <Fact label="Cost">{space.cost ? COST_LABELS[space.cost] : <span className="muted">Not given</span>}</Fact>
              <Fact label="Languages spoken">
                {space.languages.length > 0 ? space.languages.map(languageLabel).join(', ') : <span className="muted">Not given</span>}
              </Fact>
            </dl>
          </section>

          <section aria-labelledby="space-hours-title">
            <h2 id="space-hours-title">Opening hours</h2>
            <OpeningHoursTable hours={space.openingHours} />
          </section>

          <section aria-labelledby="space-features-title">
            <h2 id="space-features-title">Accessibility and welcome</h2>
            <h3 className="space__subtitle">Accessibility</h3>
            <FeatureBadges features={space.accessibility} label="Accessibility" empty="No accessibility features recorded yet." />
            <h3 className="space__subtitle">Welcome</h3>
            <FeatureBadges features={space.welcome} label="Welcome" empty="No welcome features recorded yet." />
          </section>
        </div>

        <div className="space__side">
          <section aria-labelledby="space-where-title">
            <h2 id="space-where-title">Where it is</h2>
            {space.location ? (
              <figure className="space__map">
                <MapFrame size="small">
                  <PointMap point={space.location} status={space.status} />
                </MapFrame>
                <figcaption className="meta">
                  Latitude {formatCoordinate(space.location.lat)}, longitude {formatCoordinate(space.location.lon)}.{' '}
                  <a
                    href={`https://www.openstreetmap.org/?mlat=${String(space.location.lat)}&mlon=${String(space.location.lon)}#map=17/${String(space.location.lat)}/${String(space.location.lon)}`}
                    rel="noopener noreferrer"
                    target="_blank"
                  >
                    Open a larger map<span className="visually-hidden"> (OpenStreetMap, opens in a new tab)</span>
                  </a>
                </figcaption>
              </figure>
            ) : (
              <p>{inPerson ? 'Its location has not been given.' : 'It meets online only, so it has no place on the map.'}</p>
            )}
          </section>

          <section aria-labelledby="space-history-title">
            <h2 id="space-history-title">Status history</h2>
            <StatusTimeline history={space.history ?? []} />
          </section>

          {canWrite ? <ChangeStatus space={space} onReload={onReload} /> : null}
        </div>
      </div>

      <p className="meta">Last updated {formatDate(space.updatedAt)}</p>
    </article>
  );
}
