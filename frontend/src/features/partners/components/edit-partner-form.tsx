import { Link } from 'react-router';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { paths } from '@/lib/paths';
import { usePartner } from '../api/get-partner';
import { useUpdatePartner } from '../api/update-partner';
import type { Partner } from '../types';
import { PartnerForm } from './partner-form';

/** The edit form for a partner, wired to `PUT /api/v1/partners/{id}` with If-Match. */
export function EditPartnerForm({ id, onSaved }: { id: string; onSaved: (partner: Partner) => void }) {
  const partnerQuery = usePartner(id);
  const mutation = useUpdatePartner();

  if (partnerQuery.isPending) return <Loading label="Loading the partner…" />;
  if (partnerQuery.isError) {
    return <ErrorPanel error={partnerQuery.error} onRetry={() => void partnerQuery.refetch()} retrying={partnerQuery.isRefetching} />;
  }

  const partner = partnerQuery.data;
  return (
    <PartnerForm
      // A fresh version after “Reload” starts the form again from the server's values.
      key={`${partner.id}:${String(partner.version)}`}
      initial={partner}
      submitLabel="Save changes"
      pendingLabel="Saving…"
      pending={mutation.isPending}
      error={mutation.error}
      cancel={
        <Link to={paths.partner(partner.id)} className="button button--quiet">
          Cancel
        </Link>
      }
      onReload={() => {
        mutation.reset();
        void partnerQuery.refetch();
      }}
      onSubmit={(input) => {
        mutation.mutate({ partner, input }, { onSuccess: onSaved });
      }}
    />
  );
}
