import { Link } from 'react-router';
import { ButtonLink } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { useAuth } from '@/lib/auth';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { hasStatus } from '@/lib/problem';
import { usePartner } from '../api/get-partner';
import type { Partner } from '../types';
import { DeletePartner } from './delete-partner';
import { PartnerTypeBadge } from './partner-type-badge';

export interface PartnerDetailsProps {
  id: string;
  /** Whether the person may edit and delete this partner (the API decides in the end). */
  canEdit: (partner: Partner) => boolean;
  onDeleted: (partner: Partner) => void;
}

/** Only http(s) addresses become links; anything else is shown as text. */
function safeWebsite(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function displayWebsite(value: string): string {
  return value.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** A partner: what it is, where, how to reach it (signed in), and the partnerships it is in. */
export function PartnerDetails({ id, canEdit, onDeleted }: PartnerDetailsProps) {
  const { data: partner, error, isPending, isError, refetch, isRefetching } = usePartner(id);
  const { status } = useAuth();

  if (isPending) return <Loading label="Loading the partner…" />;
  if (isError) {
    return (
      <>
        {hasStatus(error, 404) ? <title>Partner not found – Kickstart</title> : null}
        <ErrorPanel
          error={error}
          headingLevel={1}
          {...(hasStatus(error, 404)
            ? { title: 'Partner not found' }
            : { onRetry: () => void refetch(), retrying: isRefetching })}
        />
      </>
    );
  }

  const website = partner.website ? safeWebsite(partner.website) : undefined;
  const hasContact = partner.contactName !== undefined || partner.email !== undefined || partner.phone !== undefined;
  const places = partner.places ?? [];
  const editable = canEdit(partner);

  return (
    <article className="partner">
      <title>{`${partner.name} – Kickstart`}</title>
      <header className="page-header">
        <p className="eyebrow">Partner</p>
        <h1 className="page-header__title">{partner.name}</h1>
        <PartnerTypeBadge type={partner.type} />
      </header>

      {partner.description ? (
        <section className="prose" aria-label="What it does">
          <p>{partner.description}</p>
        </section>
      ) : null}

      <dl className="facts facts--list partner__facts">
        {partner.website ? (
          <div className="facts__item">
            <dt>Website</dt>
            <dd>
              {website ? (
                <a href={website} rel="noopener noreferrer" target="_blank">
                  {displayWebsite(partner.website)}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              ) : (
                partner.website
              )}
            </dd>
          </div>
        ) : null}
        {partner.registeredNumber ? (
          <div className="facts__item">
            <dt>Charity or company number</dt>
            <dd className="code">{partner.registeredNumber}</dd>
          </div>
        ) : null}
        {partner.address || partner.postcode ? (
          <div className="facts__item">
            <dt>Address</dt>
            <dd className="address">
              {partner.address ? <span className="address__lines">{partner.address}</span> : null}
              {partner.postcode ? <span className="address__postcode">{partner.postcode}</span> : null}
            </dd>
          </div>
        ) : null}
      </dl>

      <section className="section section--tight" aria-labelledby="partner-contact">
        <h2 id="partner-contact">Contact</h2>
        {hasContact ? (
          <dl className="facts facts--list">
            {partner.contactName ? (
              <div className="facts__item">
                <dt>Contact name</dt>
                <dd>{partner.contactName}</dd>
              </div>
            ) : null}
            {partner.email ? (
              <div className="facts__item">
                <dt>Email</dt>
                <dd>
                  <a href={`mailto:${partner.email}`}>{partner.email}</a>
                </dd>
              </div>
            ) : null}
            {partner.phone ? (
              <div className="facts__item">
                <dt>Phone</dt>
                <dd>
                  <a href={`tel:${partner.phone.replace(/[^0-9+]/g, '')}`}>{partner.phone}</a>
                </dd>
              </div>
            ) : null}
          </dl>
        ) : (
          <p className="muted">
            {status === 'signed-in'
              ? 'No contact details recorded.'
              : 'Contact details are only shown to people who are signed in.'}
          </p>
        )}
      </section>

      <section className="section section--tight" aria-labelledby="partner-partnerships">
        <h2 id="partner-partnerships">Partnerships</h2>
        {places.length > 0 ? (
          <ul className="link-list">
            {places.map((place) => (
              <li key={place.id}>
                <Link to={paths.placePartnership(place.slug)}>{place.name} partnership</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Not part of any place’s partnership yet.</p>
        )}
      </section>

      <p className="meta">Last updated {formatDate(partner.updatedAt)}</p>

      {editable ? (
        <section className="manage" aria-labelledby="manage-partner">
          <h2 id="manage-partner">Manage this partner</h2>
          <div className="button-row">
            <ButtonLink to={paths.editPartner(partner.id)} variant="secondary">
              Edit partner
            </ButtonLink>
            <DeletePartner partner={partner} onDeleted={onDeleted} onReload={() => void refetch()} />
          </div>
        </section>
      ) : null}
    </article>
  );
}
