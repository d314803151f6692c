import { Link } from 'react-router';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { paths } from '@/lib/paths';
import { hasStatus } from '@/lib/problem';
import { useMembership } from '../api/get-membership';
import { usePutMembership } from '../api/put-membership';
import type { Membership } from '../types';
import { MembershipForm } from './membership-form';
import { PartnerTypeBadge } from './partner-type-badge';

export interface EditMembershipProps {
  placeId: string;
  placeSlug: string;
  partnerId: string;
  onSaved: (membership: Membership) => void;
}

/** Change a partner's membership, with `If-Match` from the version read. */
export function EditMembership({ placeId, placeSlug, partnerId, onSaved }: EditMembershipProps) {
  const query = useMembership(placeId, partnerId);
  const mutation = usePutMembership();

  if (query.isPending) return <Loading label="Loading the membership…" />;
  if (query.isError) {
    return hasStatus(query.error, 404) ? (
      <div className="panel">
        <h2 className="panel__title">This partner is not in the partnership</h2>
        <p className="panel__body">
          It may have been removed. <Link to={paths.placePartnership(placeSlug)}>Back to the partnership</Link>.
        </p>
      </div>
    ) : (
      <ErrorPanel error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />
    );
  }

  const membership = query.data;
  return (
    <section aria-labelledby="edit-membership-title">
      <title>{`Edit ${membership.partner.name}’s membership – Kickstart`}</title>
      <header className="section__header section__header--stacked">
        <h2 id="edit-membership-title">Edit {membership.partner.name}’s membership</h2>
        <PartnerTypeBadge type={membership.partner.type} />
      </header>
      <MembershipForm
        key={String(membership.version)}
        partnerName={membership.partner.name}
        initial={membership}
        submitLabel="Save changes"
        pendingLabel="Saving…"
        pending={mutation.isPending}
        error={mutation.error}
        cancel={
          <Link to={paths.placePartnership(placeSlug)} className="button button--quiet">
            Cancel
          </Link>
        }
        onReload={() => {
          mutation.reset();
          void query.refetch();
        }}
        onSubmit={(input) => {
          mutation.mutate(
            { placeId, partnerId, version: membership.version, input },
            { onSuccess: onSaved },
          );
        }}
      />
    </section>
  );
}
