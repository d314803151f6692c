import { useNavigate } from 'react-router';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { RequireSignIn } from '@/components/require-role';
import { CreatePartnerForm } from '@/features/partners/components/create-partner-form';
import { paths } from '@/lib/paths';
import { useAccess } from '../use-access';

export function NewPartnerRoute() {
  const navigate = useNavigate();
  const { canCreatePartner } = useAccess();
  return (
    <>
      <title>Add a partner – Kickstart</title>
      <RequireSignIn>
        <Breadcrumbs items={[{ to: paths.partners, label: 'Partners' }]} />
        {canCreatePartner ? (
          <>
            <header className="page-header">
              <h1 className="page-header__title">Add a partner</h1>
              <p className="page-header__lead">
                An organisation taking part, or ready to. You can add it to a place’s partnership from that place’s
                Partnership page.
              </p>
            </header>
            <CreatePartnerForm
              onCreated={(partner) => {
                void navigate(paths.partner(partner.id));
              }}
            />
          </>
        ) : (
          <div className="panel">
            <h1 className="panel__title">You can’t add partners with your account</h1>
            <p className="panel__body">Programme admins and organisers can. Ask a programme admin if you think you should.</p>
          </div>
        )}
      </RequireSignIn>
    </>
  );
}
