import { useNavigate, useParams } from 'react-router';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { RequireSignIn } from '@/components/require-role';
import { Loading } from '@/components/spinner';
import { usePartner } from '@/features/partners/api/get-partner';
import { EditPartnerForm } from '@/features/partners/components/edit-partner-form';
import { paths } from '@/lib/paths';
import { useAccess } from '../use-access';

export function EditPartnerRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const access = useAccess();
  // Shares the form's query, so this costs no extra request.
  const { data: partner } = usePartner(id);
  const allowed = !partner || access.canEditPartner(partner);
  return (
    <>
      <title>{partner ? `Edit ${partner.name} – Kickstart` : 'Edit partner – Kickstart'}</title>
      <RequireSignIn>
        <Breadcrumbs
          items={[
            { to: paths.partners, label: 'Partners' },
            { to: paths.partner(id), label: partner?.name ?? 'This partner' },
          ]}
        />
        <header className="page-header">
          <h1 className="page-header__title">{partner ? `Edit ${partner.name}` : 'Edit partner'}</h1>
        </header>
        {!access.ready ? (
          <Loading label="Checking what you can change…" />
        ) : allowed ? (
          <EditPartnerForm
            id={id}
            onSaved={(saved) => {
              void navigate(paths.partner(saved.id), { replace: true });
            }}
          />
        ) : (
          <div className="panel">
            <h2 className="panel__title">You can’t edit this partner</h2>
            <p className="panel__body">
              Programme admins can, and organisers of a place whose partnership it is in. Ask one of them to make the
              change.
            </p>
          </div>
        )}
      </RequireSignIn>
    </>
  );
}
