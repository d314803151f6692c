import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { useCreatePartner } from '../api/create-partner';
import type { Partner } from '../types';
import { PartnerForm } from './partner-form';

/** The “Add a partner” form, wired to `POST /api/v1/partners`. */
export function CreatePartnerForm({ onCreated }: { onCreated: (partner: Partner) => void }) {
  const mutation = useCreatePartner();
  return (
    <PartnerForm
      submitLabel="Add partner"
      pendingLabel="Adding the partner…"
      pending={mutation.isPending}
      error={mutation.error}
      cancel={
        <Link to={paths.partners} className="button button--quiet">
          Cancel
        </Link>
      }
      onSubmit={(input) => {
        mutation.mutate(input, { onSuccess: onCreated });
      }}
    />
  );
}
